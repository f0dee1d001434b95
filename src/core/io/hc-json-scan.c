/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-json-scan-private.h"

/* ───────────────────────── The scan ─────────────────────────
 *
 * One linear pass over the bytes checks JSON's grammar strictly, with the
 * LINE:COLUMN of the token at fault, and builds the tree as it goes: of
 * what the reader reads (its HcJsonShape), and for anything else a raw
 * value that points at its text.  It
 * keeps its own stack of open arrays and objects instead of recursing, so
 * no input can overflow the C stack, and it refuses what json-glib 1.6
 * would have let through or misread: comments, 'single quotes', 0x1F, 010,
 * ".5", "1.", several top-level values, lone surrogates and "\u0000". */

/* What the grammar allows next. */
typedef enum
{
  EXPECT_VALUE,
  EXPECT_VALUE_OR_CLOSE,  /* just after "[" */
  EXPECT_NAME_OR_CLOSE,   /* just after "{" */
  EXPECT_NAME,            /* after "," in an object */
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE,
  EXPECT_END,             /* the document's value is complete */
} HcExpect;

/* Integers of this many digits or more may not fit 64 bits (json-glib,
 * which this loader replaced, wrapped them around 2^64).  They are read as
 * they always were, as "ddd…de03": a double of about the same value, which
 * every range check then rejects with its path. */
#define LONG_INTEGER_DIGITS 19

/* A hand-edited file repeats a name or two; more than this many repeats in
 * one object is refused, so that nothing pays for thousands of them. */
#define MAX_REPEATED_NAMES 16

/* Up to this many members, a repeated name is found by comparing with
 * each; from then on through a hash table, so that an object with many
 * members costs linear time. */
#define MAX_MEMBERS_UNINDEXED 16

/* One open array or object. */
typedef struct
{
  HcJsonType         type;     /* HC_JSON_OBJECT or HC_JSON_ARRAY */
  const HcJsonShape *shape;    /* of the values it holds; NULL in raw text */
  HcJsonValue       *value;    /* NULL in raw text */
  HcJsonValue *last;       /* its last element or member so far */
  const char  *name;       /* of the member whose value comes next */
  HcJsonValue *repeated;   /* the earlier member of that name, if any */
  guint        repeats;
  gboolean     indexed;    /* names are in the level's hash table */
} HcScanLevel;

typedef struct
{
  const char     *data;
  gsize           len;
  gsize           pos;
  guint           line;
  gsize           line_start;  /* offset of the current line's first byte */
  HcExpect        expect;
  HcJsonDocument *document;
  guint           depth;
  HcScanLevel     levels[HC_PLAN_MAX_DEPTH];
  GHashTable     *names[HC_PLAN_MAX_DEPTH];  /* name → member, when indexed */
  const HcJsonShape *shape;    /* of the document's value */
  /* The raw value being scanned (checked, not built), if any: it started
   * at raw_start, at depth raw_depth. */
  HcJsonValue    *raw;
  gsize           raw_start;
  guint           raw_depth;
  HcJsonValue     scratch;     /* for the scalars of raw text */
} HcScan;

static inline int
scan_peek (HcScan *s)
{
  return s->pos < s->len ? (guchar) s->data[s->pos] : -1;
}

/* The column of @offset on the current line, in characters, from 1.  Only
 * an error needs it, so it is counted then, not kept up to date. */
static guint
scan_column (HcScan *s,
             gsize   offset)
{
  guint column = 1;

  for (gsize i = s->line_start; i < offset; i++)
    if (((guchar) s->data[i] & 0xC0) != 0x80) /* not a UTF-8 continuation byte */
      column++;
  return column;
}

static gboolean scan_fail_at (HcScan      *s,
                              gsize        offset,
                              HcPlanError  code,
                              GError     **error,
                              const char  *format,
                              ...) G_GNUC_PRINTF (5, 6);

/* @offset is on the current line: no token spans a line break. */
static gboolean
scan_fail_at (HcScan      *s,
              gsize        offset,
              HcPlanError  code,
              GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, HC_PLAN_ERROR, code, "%u:%u: %s",
               s->line, scan_column (s, offset), message);
  return FALSE;
}

static int
hex_value (int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u" at @pos; FALSE if they are not. */
static gboolean
read_unicode_escape (HcScan *s,
                     gsize   pos,
                     guint  *unit)
{
  *unit = 0;
  if (pos + 6 > s->len || s->data[pos] != '\\' || s->data[pos + 1] != 'u')
    return FALSE;
  for (guint i = 2; i < 6; i++)
    {
      int v = hex_value ((guchar) s->data[pos + i]);

      if (v < 0)
        return FALSE;
      *unit = (*unit << 4) | (guint) v;
    }
  return TRUE;
}

/* A "\u" escape at s->pos, as a character: json-glib would have turned a
 * lone surrogate into bytes that are not UTF-8, and "\u0000" into a string
 * cut short, so both are refused. */
static gboolean
scan_u_escape (HcScan    *s,
               gunichar  *c,
               GError   **error)
{
  gsize start = s->pos;
  guint unit, low;

  if (!read_unicode_escape (s, start, &unit))
    return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error,
                         _("“\\u” must be followed by four hexadecimal digits"));
  if (unit == 0)
    return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error,
                         _("a string cannot contain the character U+0000"));
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error,
                         _("“\\u%04X” is half of a surrogate pair"), unit);
  s->pos += 6;
  *c = unit;
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      if (!read_unicode_escape (s, s->pos, &low) || low < 0xDC00 || low > 0xDFFF)
        return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error,
                             _("“\\u%04X” is half of a surrogate pair"), unit);
      s->pos += 6;
      *c = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
  return TRUE;
}

/* The escape at s->pos, appended to @out (which has room: no escape is
 * shorter than the UTF-8 it stands for), or only checked if *@out is NULL. */
static gboolean
scan_escape (HcScan   *s,
             char    **out,
             GError  **error)
{
  int next = s->pos + 1 < s->len ? (guchar) s->data[s->pos + 1] : -1;
  gunichar c = 0;

  if (next == 'u')
    {
      if (!scan_u_escape (s, &c, error))
        return FALSE;
      if (*out != NULL)
        *out += g_unichar_to_utf8 (c, *out);
      return TRUE;
    }
  if (next < 0 || next == 0 || strchr ("\"\\/bfnrt", next) == NULL)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                         _("unknown escape sequence in a string"));
  if (*out == NULL)
    next = 0; /* only checking */
  switch (next)
    {
    case 0: break;
    case 'b': *(*out)++ = '\b'; break;
    case 'f': *(*out)++ = '\f'; break;
    case 'n': *(*out)++ = '\n'; break;
    case 'r': *(*out)++ = '\r'; break;
    case 't': *(*out)++ = '\t'; break;
    default:  *(*out)++ = (char) next; /* " \ / */
    }
  s->pos += 2;
  return TRUE;
}

/* Where the string at s->pos ends: the offset of its closing quote, or of
 * the control character or the end of the data that stops it (which
 * scan_string_escaped() then reports).  Escapes are skipped, not checked;
 * no escape is shorter than the UTF-8 it stands for, so the string's text
 * is never longer than this. */
static gsize
find_string_end (HcScan   *s,
                 gboolean *has_escape)
{
  gsize i = s->pos + 1;

  *has_escape = FALSE;
  while (i < s->len)
    {
      guchar c = (guchar) s->data[i];

      if (c == '"' || c < 0x20)
        return i;
      if (c == '\\')
        {
          *has_escape = TRUE;
          i++;
        }
      i++;
    }
  return s->len;
}

/* The general case: unescapes into @text as it checks (only checks if
 * @text is NULL). */
static gboolean
scan_string_escaped (HcScan  *s,
                     char    *text,
                     GError **error)
{
  gsize start = s->pos;
  char *out = text;

  s->pos++; /* the opening quote */
  while (s->pos < s->len)
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          if (out != NULL)
            *out = '\0';
          s->pos++;
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                             _("a string cannot contain a control character "
                               "(write a line break as \\n)"));
      if (c == '\\')
        {
          if (!scan_escape (s, &out, error))
            return FALSE;
          continue;
        }
      if (out != NULL)
        *out++ = (char) c;
      s->pos++;
    }
  return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error,
                       _("this string is not closed"));
}

/* The string at s->pos, unescaped, in the document's memory. */
static const char *
scan_string (HcScan  *s,
             GError **error)
{
  gboolean has_escape;
  gsize end = find_string_end (s, &has_escape);
  gsize n = end - s->pos - 1;
  char *text = _hc_json_document_alloc (s->document, n + 1);

  if (has_escape || end >= s->len || s->data[end] != '"')
    return scan_string_escaped (s, text, error) ? text : NULL;
  memcpy (text, s->data + s->pos + 1, n);
  text[n] = '\0';
  s->pos = end + 1;
  return text;
}

/* The string at s->pos, checked but not kept: raw text. */
static gboolean
scan_string_check (HcScan  *s,
                   GError **error)
{
  gboolean has_escape;
  gsize end = find_string_end (s, &has_escape);

  if (has_escape || end >= s->len || s->data[end] != '"')
    return scan_string_escaped (s, NULL, error);
  s->pos = end + 1;
  return TRUE;
}

static guint
scan_digits (HcScan *s)
{
  guint n = 0;

  while (g_ascii_isdigit (scan_peek (s)))
    {
      s->pos++;
      n++;
    }
  return n;
}

/* A number's text as g_ascii_strtod() reads it, NUL-terminated (the data
 * need not be); a long integer is read as "ddd…de03", see above. */
static double
number_value (const char *text,
              gsize       len,
              gboolean    long_integer)
{
  char small[64];
  g_autofree char *big = NULL;
  char *copy = len < sizeof small ? small : (big = g_malloc (len + 1));

  memcpy (copy, text, len);
  copy[len] = '\0';
  if (long_integer)
    memcpy (copy + len - 3, "e03", 3);
  return g_ascii_strtod (copy, NULL);
}

/* Integers of fewer than LONG_INTEGER_DIGITS digits, exactly as json-glib
 * read them (so "-0" is 0, not -0.0). */
static gint64
integer_value (const char *text,
               gsize       len)
{
  gboolean negative = text[0] == '-';
  gint64 value = 0;

  for (gsize i = negative ? 1 : 0; i < len; i++)
    value = value * 10 + (text[i] - '0');
  return negative ? -value : value;
}

/* JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
scan_number (HcScan       *s,
             HcJsonValue  *value,
             GError      **error)
{
  gsize start = s->pos;
  gboolean integral = TRUE;
  guint int_digits;

  if (scan_peek (s) == '-')
    s->pos++;
  if (scan_peek (s) == '0')
    {
      s->pos++;
      int_digits = 1;
    }
  else
    int_digits = scan_digits (s);
  if (int_digits == 0 || g_ascii_isdigit (scan_peek (s)))
    goto bad;
  if (scan_peek (s) == '.')
    {
      integral = FALSE;
      s->pos++;
      if (scan_digits (s) == 0)
        goto bad;
    }
  if (scan_peek (s) == 'e' || scan_peek (s) == 'E')
    {
      integral = FALSE;
      s->pos++;
      if (scan_peek (s) == '+' || scan_peek (s) == '-')
        s->pos++;
      if (scan_digits (s) == 0)
        goto bad;
    }
  if (integral && int_digits < LONG_INTEGER_DIGITS)
    {
      value->type = HC_JSON_INTEGER;
      value->v.integer = integer_value (s->data + start, s->pos - start);
    }
  else
    {
      value->type = HC_JSON_DOUBLE;
      value->v.number = number_value (s->data + start, s->pos - start, integral);
    }
  return TRUE;

bad:
  return scan_fail_at (s, start, HC_PLAN_ERROR_SYNTAX, error, _("not a valid number"));
}

static gboolean
scan_unexpected (HcScan  *s,
                 GError **error)
{
  const char *p = s->data + s->pos;
  gunichar c = g_utf8_get_char (p);

  if (c < 0x20 || c == 0x7F)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                         _("unexpected character U+%04X"), c);
  /* Quoted, these would show as “” (a second byte order mark, a
   * zero-width space, a no-break space): named instead. */
  if (c == 0xFEFF)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                         _("unexpected byte order mark (U+FEFF); a file has one at most, at its start"));
  if (g_unichar_type (c) == G_UNICODE_FORMAT || g_unichar_type (c) == G_UNICODE_CONTROL ||
      g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_LINE_SEPARATOR ||
      g_unichar_type (c) == G_UNICODE_PARAGRAPH_SEPARATOR)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                         _("unexpected invisible character U+%04X"), c);
  return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                       _("unexpected character “%.*s”"),
                       (int) (g_utf8_next_char (p) - p), p);
}

static gboolean
scan_literal (HcScan       *s,
              HcJsonValue  *value,
              GError      **error)
{
  static const struct { const char *text; HcJsonType type; gboolean boolean; } literals[] = {
    { "true", HC_JSON_BOOLEAN, TRUE },
    { "false", HC_JSON_BOOLEAN, FALSE },
    { "null", HC_JSON_NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i].text);

      if (s->len - s->pos >= n && memcmp (s->data + s->pos, literals[i].text, n) == 0)
        {
          s->pos += n;
          value->type = literals[i].type;
          value->v.boolean = literals[i].boolean;
          return TRUE;
        }
    }
  return scan_unexpected (s, error);
}

static gboolean
scan_expected (HcScan      *s,
               const char  *what,
               GError     **error)
{
  return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error, _("expected %s"), what);
}

/* ───────────────────────── Building the tree ───────────────────────── */

static void
index_member (HcScan      *s,
              guint        level,
              HcJsonValue *member)
{
  g_hash_table_insert (s->names[level], (gpointer) member->name, member);
}

/* From MAX_MEMBERS_UNINDEXED members on, names are looked up by hash. */
static void
start_index (HcScan *s,
             guint   level)
{
  if (s->names[level] == NULL)
    s->names[level] = g_hash_table_new (g_str_hash, g_str_equal);
  else
    g_hash_table_remove_all (s->names[level]);
  for (HcJsonValue *m = s->levels[level].value->v.first; m != NULL; m = m->next)
    index_member (s, level, m);
  s->levels[level].indexed = TRUE;
}

static HcJsonValue *
find_member (HcScan     *s,
             guint       level,
             const char *name)
{
  HcScanLevel *l = &s->levels[level];

  if (l->indexed)
    return g_hash_table_lookup (s->names[level], name);
  for (HcJsonValue *m = l->value->v.first; m != NULL; m = m->next)
    if (strcmp (m->name, name) == 0)
      return m;
  return NULL;
}

static void
append_child (HcScan      *s,
              HcJsonValue *value)
{
  HcScanLevel *l = &s->levels[s->depth - 1];
  HcJsonValue *container = l->value;

  value->name = l->name;
  if (l->last == NULL)
    container->v.first = value;
  else
    l->last->next = value;
  l->last = value;
  container->n_children++;
  if (container->type != HC_JSON_OBJECT)
    return;
  if (l->indexed)
    index_member (s, s->depth - 1, value);
  else if (container->n_children > MAX_MEMBERS_UNINDEXED)
    start_index (s, s->depth - 1);
}

/* The value that comes next: the document's, a new element or member, or
 * the earlier member of a repeated name, whose value the new one replaces
 * in its place (as json_object_set_member() did). */
static HcJsonValue *
new_value (HcScan *s)
{
  HcScanLevel *l = s->depth > 0 ? &s->levels[s->depth - 1] : NULL;
  HcJsonValue *value;

  if (s->raw != NULL)
    return &s->scratch;
  if (l != NULL && l->repeated != NULL)
    {
      value = g_steal_pointer (&l->repeated);
      value->n_children = 0;
      value->v.first = NULL;
      return value;
    }
  value = _hc_json_document_alloc (s->document, sizeof (HcJsonValue));
  memset (value, 0, sizeof *value);
  if (l == NULL)
    _hc_json_document_set_root (s->document, value);
  else
    append_child (s, value);
  return value;
}

/* ───────────────────────── Raw text ───────────────────────── */

static const HcJsonShape scalar_shape = { HC_JSON_SHAPE_SCALAR, NULL, 0, NULL, NULL };
static const HcJsonShape any_shape = { HC_JSON_SHAPE_ANY, NULL, 0, NULL, NULL };

/* The shape of the value that comes next; NULL for a member the reader
 * does not know. */
static const HcJsonShape *
slot_shape (HcScan *s)
{
  const HcScanLevel *l;
  int index;

  if (s->depth == 0)
    return s->shape;
  l = &s->levels[s->depth - 1];
  switch (l->shape->kind)
    {
    case HC_JSON_SHAPE_OBJECT:
      index = _hc_member_spec_find (l->shape->members, l->shape->n_members, l->name);
      if (index < 0)
        return NULL;
      if (l->shape->member_shapes == NULL || l->shape->member_shapes[index] == NULL)
        return &scalar_shape;
      return l->shape->member_shapes[index];
    case HC_JSON_SHAPE_ARRAY:
      return l->shape->element != NULL ? l->shape->element : &scalar_shape;
    case HC_JSON_SHAPE_ANY:
    case HC_JSON_SHAPE_SCALAR: /* a container there is raw: not reached */
    default:
      return &any_shape;
    }
}

/* Whether the value that starts with @c is kept as text: a member the
 * reader does not know, or a container where it expects something else
 * (which it then reports by its type, as it would a wrong scalar). */
static gboolean
slot_is_raw (const HcJsonShape *shape,
             int                c)
{
  if (shape == NULL)
    return TRUE;
  switch (shape->kind)
    {
    case HC_JSON_SHAPE_SCALAR:
      return c == '{' || c == '[';
    case HC_JSON_SHAPE_OBJECT:
      return c == '[';
    case HC_JSON_SHAPE_ARRAY:
      return c == '{';
    case HC_JSON_SHAPE_ANY:
    default:
      return FALSE;
    }
}

static void
begin_raw (HcScan *s)
{
  HcJsonValue *value = new_value (s);

  value->type = HC_JSON_RAW;
  s->raw = value;
  s->raw_start = s->pos;
  s->raw_depth = s->depth;
}

/* ───────────────────────── The grammar ───────────────────────── */

/* After a complete value: what its container allows next. */
static void
scan_value_done (HcScan *s)
{
  if (s->raw != NULL && s->depth == s->raw_depth)
    {
      /* The loader refuses files over 64 MB: the length fits. */
      s->raw->v.raw = s->data + s->raw_start;
      s->raw->n_children = (guint) (s->pos - s->raw_start);
      s->raw = NULL;
    }
  s->expect = s->depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
}

static gboolean
scan_open (HcScan  *s,
           int      c,
           GError **error)
{
  HcJsonType type = c == '{' ? HC_JSON_OBJECT : HC_JSON_ARRAY;
  const HcJsonShape *shape = NULL;
  HcJsonValue *value = NULL;
  HcScanLevel *l;

  if (s->depth >= HC_PLAN_MAX_DEPTH)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_TOO_LARGE, error,
                         _("nested too deeply"));
  if (s->raw == NULL)
    {
      shape = slot_shape (s);
      value = new_value (s);
      value->type = type;
    }
  l = &s->levels[s->depth++];
  *l = (HcScanLevel) { type, shape, value, NULL, NULL, NULL, 0, FALSE };
  s->expect = c == '{' ? EXPECT_NAME_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
  s->pos++;
  return TRUE;
}

static gboolean
scan_close (HcScan  *s,
            int      c,
            GError **error)
{
  HcJsonType type = c == '}' ? HC_JSON_OBJECT : HC_JSON_ARRAY;

  if (s->depth == 0 || s->levels[s->depth - 1].type != type)
    return scan_unexpected (s, error);
  s->depth--;
  s->pos++;
  scan_value_done (s);
  return TRUE;
}

/* A value: an object, an array, a string or a scalar. */
static gboolean
scan_value (HcScan  *s,
            int      c,
            GError **error)
{
  HcJsonValue *value;
  gboolean ok;

  if (s->raw == NULL && slot_is_raw (slot_shape (s), c))
    begin_raw (s);
  if (c == '{' || c == '[')
    return scan_open (s, c, error);
  value = new_value (s);
  switch (c)
    {
    case '"':
      if (s->raw != NULL)
        {
          ok = scan_string_check (s, error);
          break;
        }
      value->type = HC_JSON_STRING;
      value->v.string = scan_string (s, error);
      ok = value->v.string != NULL;
      break;
    case 't': case 'f': case 'n':
      ok = scan_literal (s, value, error);
      break;
    default:
      ok = scan_number (s, value, error);
    }
  if (ok)
    scan_value_done (s);
  return ok;
}

static gboolean
scan_after_value (HcScan  *s,
                  int      c,
                  GError **error)
{
  gboolean in_object = s->levels[s->depth - 1].type == HC_JSON_OBJECT;

  if (c == ',')
    {
      s->expect = in_object ? EXPECT_NAME : EXPECT_VALUE;
      s->pos++;
      return TRUE;
    }
  if (c == (in_object ? '}' : ']'))
    return scan_close (s, c, error);
  return scan_expected (s, in_object ? _("“,” or “}”") : _("“,” or “]”"), error);
}

static gboolean
scan_member_name (HcScan  *s,
                  GError **error)
{
  HcScanLevel *l = &s->levels[s->depth - 1];
  gsize start = s->pos;
  const char *name;

  if (s->raw != NULL)
    {
      s->expect = EXPECT_COLON;
      return scan_string_check (s, error);
    }
  name = scan_string (s, error);
  if (name == NULL)
    return FALSE;
  s->expect = EXPECT_COLON;
  l->name = name;
  l->repeated = find_member (s, s->depth - 1, name);
  if (l->repeated != NULL && ++l->repeats > MAX_REPEATED_NAMES)
    return scan_fail_at (s, start, HC_PLAN_ERROR_TOO_LARGE, error,
                         _("more than %d member names of this object are repeats"),
                         MAX_REPEATED_NAMES);
  return TRUE;
}

static gboolean
scan_name (HcScan  *s,
           int      c,
           GError **error)
{
  if (c == '}' && s->expect == EXPECT_NAME_OR_CLOSE)
    return scan_close (s, c, error);
  if (c != '"')
    return scan_expected (s, s->expect == EXPECT_NAME_OR_CLOSE
                             ? _("a member name in double quotes, or “}”")
                             : _("a member name in double quotes"), error);
  return scan_member_name (s, error);
}

/* One token, where the grammar says what may come. */
static gboolean
scan_token (HcScan  *s,
            int      c,
            GError **error)
{
  if (c == 0 || strchr ("{}[],:\"-0123456789tfn", c) == NULL)
    return scan_unexpected (s, error);
  switch (s->expect)
    {
    case EXPECT_VALUE_OR_CLOSE:
      if (c == ']')
        return scan_close (s, c, error);
      G_GNUC_FALLTHROUGH;
    case EXPECT_VALUE:
      if (strchr ("}],:", c) != NULL)
        return scan_expected (s, _("a value"), error);
      return scan_value (s, c, error);
    case EXPECT_NAME_OR_CLOSE:
    case EXPECT_NAME:
      return scan_name (s, c, error);
    case EXPECT_COLON:
      if (c != ':')
        return scan_expected (s, _("“:” after the member name"), error);
      s->expect = EXPECT_VALUE;
      s->pos++;
      return TRUE;
    case EXPECT_COMMA_OR_CLOSE:
      return scan_after_value (s, c, error);
    case EXPECT_END:
    default:
      return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                           _("unexpected text after the end of the document"));
    }
}

/* Skips blanks; the only place a line can end outside a string. */
static int
scan_skip_blanks (HcScan *s)
{
  for (; s->pos < s->len; s->pos++)
    {
      char c = s->data[s->pos];

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->pos + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        return (guchar) c;
    }
  return -1;
}

static gboolean
scan_document (HcScan  *s,
               GError **error)
{
  int c;

  while ((c = scan_skip_blanks (s)) >= 0)
    if (!scan_token (s, c, error))
      return FALSE;
  if (s->expect == EXPECT_VALUE && s->depth == 0)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error, _("the file is empty"));
  if (s->expect != EXPECT_END)
    return scan_fail_at (s, s->pos, HC_PLAN_ERROR_SYNTAX, error,
                         _("the file ends in the middle of the document"));
  return TRUE;
}

/* Line and column (in characters) of @offset. */
static void
position_of_offset (const char *data,
                    gsize       offset,
                    guint      *line,
                    guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        (*column)++;
    }
}

/* g_utf8_validate() refuses NUL bytes too. */
static gboolean
check_utf8 (const char  *data,
            gsize        len,
            GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (g_utf8_validate (data, len, &end))
    return TRUE;
  position_of_offset (data, end - data, &line, &column);
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_ENCODING,
               _("%u:%u: the file is not valid UTF-8 text"), line, column);
  return FALSE;
}

HcJsonDocument *
_hc_json_parse (const char         *data,
                gsize               len,
                const HcJsonShape  *shape,
                GError            **error)
{
  g_autoptr(HcJsonDocument) document = NULL;
  HcScan *s;
  gboolean scanned;

  if (!check_utf8 (data, len, error))
    return NULL;
  document = _hc_json_document_new ();
  /* About 2 KB: on the heap, as a worker thread's stack may be small. */
  s = g_new0 (HcScan, 1);
  s->data = data;
  s->len = len;
  s->line = 1;
  s->expect = EXPECT_VALUE;
  s->document = document;
  s->shape = shape != NULL ? shape : &any_shape;
  scanned = scan_document (s, error);
  for (guint i = 0; i < HC_PLAN_MAX_DEPTH; i++)
    g_clear_pointer (&s->names[i], g_hash_table_unref);
  g_free (s);
  return scanned ? g_steal_pointer (&document) : NULL;
}
