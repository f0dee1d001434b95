/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <math.h>
#include <string.h>

#include "hc-defaults-private.h"
#include "hc-error.h"
#include "hc-extras-private.h"
#include "hc-json-writer-private.h"
#include "hc-plan-io.h"

/* ───────────────────────── The pre-scan ─────────────────────────
 *
 * json-glib 1.6 recurses once per nesting level (a file of 100 000 "["
 * overflows the stack), accepts much that is not JSON (comments, 'single
 * quotes', 0x1F, 010 read as 8, ".5", "1.", several top-level values),
 * wraps integers beyond 2^64 (-18446744073709551615 reads as 1), and
 * reports a missing comma at the token before it.  One linear pass over
 * the bytes, before json-glib sees them, checks JSON's grammar strictly,
 * with the LINE:COLUMN of the token at fault, and the nesting depth. */

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

/* Digits from which an integer literal may not fit json-glib's guint64. */
#define LONG_INTEGER_DIGITS 19

/* json-glib looks for a repeated member name with a linear search of the
 * object's members, so each repeat costs as much as the object is big: a
 * few MB of repeats take minutes.  A hand-edited file repeats a name or
 * two; more than this many in one object is refused. */
#define MAX_REPEATED_NAMES 16

typedef struct
{
  const char *data;
  gsize       len;
  gsize       pos;
  guint       line;
  guint       column;         /* of data[pos], in characters, from 1 */
  GArray     *long_integers;  /* gsize: offsets of their first digit */
  GArray     *long_lengths;   /* gsize: their numbers of digits */
  guint       depth;
  char        open[HC_PLAN_MAX_DEPTH]; /* '{' or '[' of each open level */
  HcExpect    expect;
  /* Of each open object: its member names so far, and how many repeats. */
  GHashTable *names[HC_PLAN_MAX_DEPTH];
  guint       repeats[HC_PLAN_MAX_DEPTH];
} HcScan;

static inline void
scan_advance (HcScan *s)
{
  guchar c = (guchar) s->data[s->pos++];

  if (c == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if ((c & 0xC0) != 0x80) /* not a UTF-8 continuation byte */
    {
      s->column++;
    }
}

static inline int
scan_peek (HcScan *s)
{
  return s->pos < s->len ? (guchar) s->data[s->pos] : -1;
}

static gboolean scan_fail (HcScan      *s,
                           guint        line,
                           guint        column,
                           HcPlanError  code,
                           GError     **error,
                           const char  *format,
                           ...) G_GNUC_PRINTF (6, 7);

static gboolean
scan_fail (HcScan      *s,
           guint        line,
           guint        column,
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
  g_set_error (error, HC_PLAN_ERROR, code, "%u:%u: %s", line, column, message);
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

/* Reads the four hex digits after "\u"; s->pos is at the backslash. */
static gboolean
scan_unicode_escape (HcScan  *s,
                     guint   *unit)
{
  *unit = 0;
  if (s->pos + 6 > s->len || s->data[s->pos] != '\\' || s->data[s->pos + 1] != 'u')
    return FALSE;
  for (guint i = 2; i < 6; i++)
    {
      int v = hex_value ((guchar) s->data[s->pos + i]);

      if (v < 0)
        return FALSE;
      *unit = (*unit << 4) | (guint) v;
    }
  for (guint i = 0; i < 6; i++)
    scan_advance (s);
  return TRUE;
}

/* A "\u" escape: json-glib would turn a lone surrogate into bytes that
 * are not UTF-8, and "\u0000" into a string cut short. */
static gboolean
scan_u_escape (HcScan  *s,
               GError **error)
{
  guint line = s->line, column = s->column;
  guint unit;

  if (!scan_unicode_escape (s, &unit))
    return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                      _("“\\u” must be followed by four hexadecimal digits"));
  if (unit == 0)
    return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                      _("a string cannot contain the character U+0000"));
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                      _("“\\u%04X” is half of a surrogate pair"), unit);
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      guint low;

      if (!scan_unicode_escape (s, &low) || low < 0xDC00 || low > 0xDFFF)
        return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                          _("“\\u%04X” is half of a surrogate pair"), unit);
    }
  return TRUE;
}

static gboolean
scan_escape (HcScan  *s,
             GError **error)
{
  int next = s->pos + 1 < s->len ? (guchar) s->data[s->pos + 1] : -1;

  if (next == 'u')
    return scan_u_escape (s, error);
  if (next < 0 || strchr ("\"\\/bfnrt", next) == NULL)
    return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                      _("unknown escape sequence in a string"));
  scan_advance (s);
  scan_advance (s);
  return TRUE;
}

static gboolean
scan_string (HcScan  *s,
             GError **error)
{
  guint line = s->line, column = s->column;

  scan_advance (s); /* the opening quote */
  while (s->pos < s->len)
    {
      guchar c = (guchar) s->data[s->pos];

      if (c == '"')
        {
          scan_advance (s);
          return TRUE;
        }
      if (c < 0x20)
        return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                          _("a string cannot contain a control character "
                            "(write a line break as \\n)"));
      if (c == '\\')
        {
          if (!scan_escape (s, error))
            return FALSE;
          continue;
        }
      scan_advance (s);
    }
  return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                    _("this string is not closed"));
}

static guint
scan_digits (HcScan *s)
{
  guint n = 0;

  while (g_ascii_isdigit (scan_peek (s)))
    {
      scan_advance (s);
      n++;
    }
  return n;
}

/* JSON's number grammar, strictly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static gboolean
scan_number (HcScan  *s,
             GError **error)
{
  guint line = s->line, column = s->column;
  gboolean integral = TRUE;
  gsize first_digit;
  guint int_digits;

  if (scan_peek (s) == '-')
    scan_advance (s);
  first_digit = s->pos;
  if (scan_peek (s) == '0')
    {
      scan_advance (s);
      int_digits = 1;
    }
  else
    int_digits = scan_digits (s);
  if (int_digits == 0 || g_ascii_isdigit (scan_peek (s)))
    goto bad;
  if (scan_peek (s) == '.')
    {
      integral = FALSE;
      scan_advance (s);
      if (scan_digits (s) == 0)
        goto bad;
    }
  if (scan_peek (s) == 'e' || scan_peek (s) == 'E')
    {
      integral = FALSE;
      scan_advance (s);
      if (scan_peek (s) == '+' || scan_peek (s) == '-')
        scan_advance (s);
      if (scan_digits (s) == 0)
        goto bad;
    }
  if (integral && int_digits >= LONG_INTEGER_DIGITS)
    {
      gsize digits = int_digits;

      g_array_append_val (s->long_integers, first_digit);
      g_array_append_val (s->long_lengths, digits);
    }
  return TRUE;

bad:
  return scan_fail (s, line, column, HC_PLAN_ERROR_SYNTAX, error,
                    _("not a valid number"));
}

static gboolean
scan_unexpected (HcScan  *s,
                 GError **error)
{
  const char *p = s->data + s->pos;
  gunichar c = g_utf8_get_char (p);

  if (c < 0x20 || c == 0x7F)
    return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                      _("unexpected character U+%04X"), c);
  return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                    _("unexpected character “%.*s”"),
                    (int) (g_utf8_next_char (p) - p), p);
}

static gboolean
scan_literal (HcScan  *s,
              GError **error)
{
  static const char *const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (s->len - s->pos >= n && memcmp (s->data + s->pos, literals[i], n) == 0)
        {
          for (gsize j = 0; j < n; j++)
            scan_advance (s);
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
  return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                    _("expected %s"), what);
}

/* After a complete value: what its container allows next. */
static void
scan_value_done (HcScan *s)
{
  s->expect = s->depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
}

static gboolean
scan_open (HcScan  *s,
           int      c,
           GError **error)
{
  if (s->depth >= HC_PLAN_MAX_DEPTH)
    return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_TOO_LARGE, error,
                      _("nested too deeply"));
  if (c == '{')
    {
      if (s->names[s->depth] == NULL)
        s->names[s->depth] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      else
        g_hash_table_remove_all (s->names[s->depth]);
      s->repeats[s->depth] = 0;
    }
  s->open[s->depth++] = (char) c;
  s->expect = c == '{' ? EXPECT_NAME_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
  scan_advance (s);
  return TRUE;
}

static gboolean
scan_close (HcScan  *s,
            int      c,
            GError **error)
{
  char opener = c == '}' ? '{' : '[';

  if (s->depth == 0 || s->open[s->depth - 1] != opener)
    return scan_unexpected (s, error);
  s->depth--;
  scan_advance (s);
  scan_value_done (s);
  return TRUE;
}

/* A value: an object, an array, a string or a scalar. */
static gboolean
scan_value (HcScan  *s,
            int      c,
            GError **error)
{
  gboolean ok;

  switch (c)
    {
    case '{': case '[':
      return scan_open (s, c, error);
    case '"':
      ok = scan_string (s, error);
      break;
    case 't': case 'f': case 'n':
      ok = scan_literal (s, error);
      break;
    default:
      ok = scan_number (s, error);
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
  gboolean in_object = s->open[s->depth - 1] == '{';

  if (c == ',')
    {
      s->expect = in_object ? EXPECT_NAME : EXPECT_VALUE;
      scan_advance (s);
      return TRUE;
    }
  if (c == (in_object ? '}' : ']'))
    return scan_close (s, c, error);
  return scan_expected (s, in_object ? _("“,” or “}”") : _("“,” or “]”"), error);
}

/* The text of a string token whose escapes the scan has checked. */
static char *
unescape_string (const char *p,
                 const char *end)
{
  GString *out = g_string_sized_new (end - p);

  while (p < end)
    {
      guint unit = 0;

      if (*p != '\\')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      switch (p[1])
        {
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          for (guint i = 2; i < 6; i++)
            unit = (unit << 4) | (guint) hex_value ((guchar) p[i]);
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              guint low = 0;

              for (guint i = 8; i < 12; i++)
                low = (low << 4) | (guint) hex_value ((guchar) p[i]);
              unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, unit);
          p += 4;
          break;
        default: g_string_append_c (out, p[1]); /* " \ / */
        }
      p += 2;
    }
  return g_string_free (out, FALSE);
}

static gboolean
scan_member_name (HcScan  *s,
                  GError **error)
{
  guint line = s->line, column = s->column;
  gsize start = s->pos;
  GHashTable *names = s->names[s->depth - 1];
  char *name;

  if (!scan_string (s, error))
    return FALSE;
  s->expect = EXPECT_COLON;
  name = unescape_string (s->data + start + 1, s->data + s->pos - 1);
  if (g_hash_table_add (names, name))
    return TRUE;
  if (++s->repeats[s->depth - 1] > MAX_REPEATED_NAMES)
    return scan_fail (s, line, column, HC_PLAN_ERROR_TOO_LARGE, error,
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
      scan_advance (s);
      return TRUE;
    case EXPECT_COMMA_OR_CLOSE:
      return scan_after_value (s, c, error);
    case EXPECT_END:
    default:
      return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                        _("unexpected text after the end of the document"));
    }
}

static gboolean
scan_document (HcScan  *s,
               GError **error)
{
  for (;;)
    {
      int c;

      while ((c = scan_peek (s)) == ' ' || c == '\t' || c == '\n' || c == '\r')
        scan_advance (s);
      if (c < 0)
        break;
      if (!scan_token (s, c, error))
        return FALSE;
    }
  if (s->expect == EXPECT_VALUE && s->depth == 0)
    return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
                      _("the file is empty"));
  if (s->expect != EXPECT_END)
    return scan_fail (s, s->line, s->column, HC_PLAN_ERROR_SYNTAX, error,
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

/* json-glib would wrap these integers around 2^64; written as the same
 * number of characters "ddd…de03" they read as a double of about the same
 * value, which every range check then rejects with its path, and no
 * line or column of any later error moves. */
static char *
rewrite_long_integers (const HcScan *s)
{
  char *copy = g_memdup2 (s->data, s->len);

  for (guint i = 0; i < s->long_integers->len; i++)
    {
      gsize first = g_array_index (s->long_integers, gsize, i);
      gsize digits = g_array_index (s->long_lengths, gsize, i);

      memcpy (copy + first + digits - 3, "e03", 3);
    }
  return copy;
}

/* ───────────────────────── Parsing ───────────────────────── */

/* Turns json-glib's "<data>:LINE:POS: Parse error: reason" into
 * "LINE:COLUMN: reason" with the column in characters. */
static void
set_syntax_error (const char   *data,
                  gsize         len,
                  const GError *parse_error,
                  GError      **error)
{
  const char *message = parse_error->message;
  const char *p = strstr (message, ">:");
  guint line = 1, byte_pos = 0, column = 0;
  const char *reason = message;
  const char *line_start = data;
  char *end;

  if (p != NULL)
    {
      line = (guint) g_ascii_strtoull (p + 2, &end, 10);
      if (*end == ':')
        byte_pos = (guint) g_ascii_strtoull (end + 1, &end, 10);
      if (*end == ':')
        reason = end + 1;
      reason += strspn (reason, " ");
      if (g_str_has_prefix (reason, "Parse error: "))
        reason += strlen ("Parse error: ");
    }
  for (guint l = 1; l < line && line_start < data + len; l++)
    {
      const char *nl = memchr (line_start, '\n', data + len - line_start);

      line_start = nl != NULL ? nl + 1 : data + len;
    }
  /* json-glib's position is how many bytes of the line it had read: the
   * last one belongs to the token it stumbled on. */
  for (guint i = 0; i < byte_pos && line_start + i < data + len; i++)
    if (((guchar) line_start[i] & 0xC0) != 0x80)
      column++;
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_SYNTAX, "%u:%u: %s",
               MAX (line, 1), MAX (column, 1), reason);
}

static JsonNode *
parse_json (const char  *data,
            gsize        len,
            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *rewritten = NULL;
  HcScan s = { data, len, 0, 1, 1, NULL, NULL, 0, { 0 }, EXPECT_VALUE, { NULL }, { 0 } };
  gboolean scanned;
  JsonNode *root;

  s.long_integers = g_array_new (FALSE, FALSE, sizeof (gsize));
  s.long_lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  scanned = scan_document (&s, error);
  if (scanned && s.long_integers->len > 0)
    data = rewritten = rewrite_long_integers (&s);
  g_array_unref (s.long_integers);
  g_array_unref (s.long_lengths);
  for (guint i = 0; i < HC_PLAN_MAX_DEPTH; i++)
    g_clear_pointer (&s.names[i], g_hash_table_unref);
  if (!scanned)
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, (gssize) len, &local_error))
    {
      set_syntax_error (data, len, local_error, error);
      return NULL;
    }
  root = json_parser_steal_root (parser);
  if (root == NULL)
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_SYNTAX,
                 "1:1: %s", _("the file is empty"));
  return root;
}

/* ───────────────────────── Reading values ─────────────────────────
 * Every reader gets the JSON path of its value, to name it in an error. */

static gboolean invalid (GString     *path,
                         GError     **error,
                         const char  *format,
                         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GString     *path,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
               "%s: %s", path->str, message);
  return FALSE;
}

static gsize
path_push_key (GString    *path,
               const char *key)
{
  gsize old_len = path->len;

  g_string_append_c (path, '.');
  g_string_append (path, key);
  return old_len;
}

static gsize
path_push_index (GString *path,
                 guint    index)
{
  gsize old_len = path->len;

  g_string_append_printf (path, "[%u]", index);
  return old_len;
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;
  return TRUE;
}

static gboolean
read_number (JsonNode  *node,
             GString   *path,
             double    *value,
             GError   **error)
{
  if (!node_get_number (node, value))
    return invalid (path, error, _("must be a number"));
  if (!isfinite (*value))
    return invalid (path, error, _("is too large a number"));
  return TRUE;
}

static gboolean
read_whole (JsonNode  *node,
            GString   *path,
            guint      min,
            guint      max,
            guint     *value,
            GError   **error)
{
  double v;

  if (!node_get_number (node, &v) || !isfinite (v) || v != floor (v) ||
      v < (double) min || v > (double) max)
    return invalid (path, error, _("must be a whole number from %u to %u"), min, max);
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_string (JsonNode    *node,
             GString     *path,
             const char **value,
             GError     **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (path, error, _("must be a string"));
  *value = json_node_get_string (node);
  return TRUE;
}

typedef gboolean (*HcFromString) (const char *str,
                                  int        *out);

/* An enumeration written as one of its stable identifiers. */
static gboolean
read_enum (JsonNode      *node,
           GString       *path,
           HcFromString   from_string,
           const char    *allowed,
           int           *value,
           GError       **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (!from_string (str, value))
    return invalid (path, error, _("must be one of %s"), allowed);
  return TRUE;
}

#define SKILL_NAMES _("“api”, “database”, “infrastructure”, “platform”")

static gboolean
read_skills (JsonNode  *node,
             GString   *path,
             HcSkills  *skills,
             GError   **error)
{
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (path, error, _("must be a list of skills (%s)"), SKILL_NAMES);
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  *skills = HC_SKILL_NONE;
  for (guint i = 0; i < n; i++)
    {
      gsize old_len = path_push_index (path, i);
      int skill;

      if (!read_enum (json_array_get_element (array, i), path,
                      (HcFromString) hc_skill_from_string, SKILL_NAMES, &skill, error))
        return FALSE;
      g_string_truncate (path, old_len);
      *skills |= (HcSkills) skill;
    }
  return TRUE;
}

/* The number written by @n_digits ASCII digits at @str, or -1. */
static int
parse_digits (const char *str,
              guint       n_digits)
{
  int value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (str[i]))
        return -1;
      value = value * 10 + (str[i] - '0');
    }
  return value;
}

static gboolean
read_date (JsonNode  *node,
           GString   *path,
           GDate     *date,
           GError   **error)
{
  const char *str;
  int year, month, day;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (strlen (str) != 10 || str[4] != '-' || str[7] != '-' ||
      (year = parse_digits (str, 4)) < 1 ||
      (month = parse_digits (str + 5, 2)) < 1 || month > 12 ||
      (day = parse_digits (str + 8, 2)) < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return invalid (path, error, _("must be a date written YYYY-MM-DD"));
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* Unknown members are kept as they are, but JSON cannot hold an infinite
 * number, and "1e999" parses as one: refuse it here, where a path can
 * still say where it is. */
static gboolean
check_numbers_finite (JsonNode  *node,
                      GString   *path,
                      GError   **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          gsize old_len = path_push_key (path, l->data);

          if (!check_numbers_finite (json_object_get_member (object, l->data), path, error))
            return FALSE;
          g_string_truncate (path, old_len);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize old_len = path_push_index (path, i);

          if (!check_numbers_finite (json_array_get_element (array, i), path, error))
            return FALSE;
          g_string_truncate (path, old_len);
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) &&
           json_node_get_value_type (node) == G_TYPE_DOUBLE &&
           !isfinite (json_node_get_double (node)))
    return invalid (path, error, _("is too large a number"));
  return TRUE;
}

/* ───────────────────────── Reading objects ─────────────────────────
 * Each kind of object has a table of its members, in the order they are
 * written; the same table tells the writer which extras to skip. */

typedef struct
{
  const char *name;
  gboolean    required;
} HcMemberSpec;

/* Reads the known member number @index of a table. */
typedef gboolean (*HcReadMember) (gpointer   target,
                                  guint      index,
                                  JsonNode  *node,
                                  GString   *path,
                                  GError   **error);

static int
find_member_spec (const HcMemberSpec *specs,
                  guint               n_specs,
                  const char         *name)
{
  for (guint i = 0; i < n_specs; i++)
    if (strcmp (specs[i].name, name) == 0)
      return (int) i;
  return -1;
}

static gboolean
keep_unknown_member (JsonObject **extras,
                     const char  *name,
                     JsonNode    *node,
                     GString     *path,
                     GError     **error)
{
  gsize old_len;

  if (extras == NULL)
    return TRUE; /* a range or a table by seniority: nowhere to keep it */
  old_len = path_push_key (path, name);
  if (!check_numbers_finite (node, path, error))
    return FALSE;
  g_string_truncate (path, old_len);
  if (*extras == NULL)
    *extras = json_object_new ();
  json_object_set_member (*extras, name, json_node_copy (node));
  return TRUE;
}

/* Walks the members of @node (which must be an object) in file order:
 * known ones go to @read_member, unknown ones into @extras (if not NULL),
 * and a missing required one is an error. */
static gboolean
read_members (JsonNode            *node,
              const HcMemberSpec  *specs,
              guint                n_specs,
              HcReadMember         read_member,
              gpointer             target,
              GString             *path,
              JsonObject         **extras,
              GError             **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  guint64 seen = 0;

  g_assert (n_specs <= 64);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (path, error, _("must be an object"));
  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *member = json_object_get_member (object, l->data);
      int index = find_member_spec (specs, n_specs, l->data);
      gsize old_len;

      if (index < 0)
        {
          if (!keep_unknown_member (extras, l->data, member, path, error))
            return FALSE;
          continue;
        }
      old_len = path_push_key (path, specs[index].name);
      if (!read_member (target, (guint) index, member, path, error))
        return FALSE;
      g_string_truncate (path, old_len);
      seen |= G_GUINT64_CONSTANT (1) << index;
    }
  for (guint i = 0; i < n_specs; i++)
    if (specs[i].required && (seen & (G_GUINT64_CONSTANT (1) << i)) == 0)
      {
        path_push_key (path, specs[i].name);
        return invalid (path, error, _("is missing"));
      }
  return TRUE;
}

/* Ranges: {"low": …, "high": …} */

static const HcMemberSpec range_members[] = { { "low", TRUE }, { "high", TRUE } };

static gboolean
read_range_member (gpointer   target,
                   guint      index,
                   JsonNode  *node,
                   GString   *path,
                   GError   **error)
{
  HcRange *range = target;

  return read_number (node, path, index == 0 ? &range->low : &range->high, error);
}

static gboolean
read_range (JsonNode  *node,
            GString   *path,
            HcRange   *range,
            GError   **error)
{
  return read_members (node, range_members, G_N_ELEMENTS (range_members),
                       read_range_member, range, path, NULL, error);
}

/* Tables by seniority: {"junior": R, "mid": R, "senior": R, "staff": R} */

static const HcMemberSpec seniority_members[HC_N_SENIORITIES] = {
  { "junior", TRUE }, { "mid", TRUE }, { "senior", TRUE }, { "staff", TRUE },
};

static gboolean
read_seniority_range (gpointer   target,
                      guint      index,
                      JsonNode  *node,
                      GString   *path,
                      GError   **error)
{
  HcRange *ranges = target;

  return read_range (node, path, &ranges[index], error);
}

static gboolean
read_seniority_table (JsonNode  *node,
                      GString   *path,
                      HcRange    ranges[HC_N_SENIORITIES],
                      GError   **error)
{
  return read_members (node, seniority_members, HC_N_SENIORITIES,
                       read_seniority_range, ranges, path, NULL, error);
}

/* Adds the JSON array @node of objects, each read by @read_item, to @store
 * in one splice: one items-changed signal instead of one per item. */
typedef GObject *(*HcReadItem) (JsonNode  *node,
                                GString   *path,
                                GError   **error);

static gboolean
read_list (JsonNode    *node,
           GString     *path,
           guint        max_items,
           HcReadItem   read_item,
           GListStore  *store,
           GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (path, error, _("must be a list"));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > max_items)
    return invalid (path, error, _("has %u items; at most %u are allowed"), n, max_items);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      gsize old_len = path_push_index (path, i);
      GObject *item = read_item (json_array_get_element (array, i), path, error);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
      g_string_truncate (path, old_len);
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  return TRUE;
}

static void
store_extras (gpointer    object,
              JsonObject *extras)
{
  if (extras != NULL)
    {
      _hc_extras_set (object, extras);
      json_object_unref (extras);
    }
}

/* Roles */

enum
{
  ROLE_ID, ROLE_NAME, ROLE_KIND, ROLE_SKILLS, ROLE_DESCRIPTION, ROLE_SALARY,
  ROLE_TIME_TO_HIRE, ROLE_RAMP_UP, N_ROLE_MEMBERS
};

static const HcMemberSpec role_members[N_ROLE_MEMBERS] = {
  { "id", TRUE }, { "name", TRUE }, { "kind", TRUE }, { "skills", FALSE },
  { "description", FALSE }, { "salary", TRUE }, { "time_to_hire_weeks", TRUE },
  { "ramp_up_weeks", TRUE },
};

static gboolean
read_role_member (gpointer   target,
                  guint      index,
                  JsonNode  *node,
                  GString   *path,
                  GError   **error)
{
  HcRole *role = target;
  const char *str;
  HcRange ranges[HC_N_SENIORITIES] = { { 0, 0 } };
  HcRange range = { 0, 0 };
  HcSkills skills;
  int kind;

  switch (index)
    {
    case ROLE_ID:
      return read_string (node, path, &str, error) && (hc_role_set_id (role, str), TRUE);
    case ROLE_NAME:
      return read_string (node, path, &str, error) && (hc_role_set_name (role, str), TRUE);
    case ROLE_KIND:
      if (!read_enum (node, path, (HcFromString) hc_role_kind_from_string,
                      _("“generalist”, “specialist”"), &kind, error))
        return FALSE;
      hc_role_set_kind (role, (HcRoleKind) kind);
      return TRUE;
    case ROLE_SKILLS:
      return read_skills (node, path, &skills, error) && (hc_role_set_skills (role, skills), TRUE);
    case ROLE_DESCRIPTION:
      return read_string (node, path, &str, error) && (hc_role_set_description (role, str), TRUE);
    case ROLE_SALARY:
      if (!read_seniority_table (node, path, ranges, error))
        return FALSE;
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        hc_role_set_salary (role, (HcSeniority) s, ranges[s]);
      return TRUE;
    case ROLE_TIME_TO_HIRE:
      return read_range (node, path, &range, error) && (hc_role_set_time_to_hire (role, range), TRUE);
    case ROLE_RAMP_UP:
      if (!read_seniority_table (node, path, ranges, error))
        return FALSE;
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        hc_role_set_ramp_up (role, (HcSeniority) s, ranges[s]);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static GObject *
read_role (JsonNode  *node,
           GString   *path,
           GError   **error)
{
  g_autoptr(HcRole) role = hc_role_new ("", "", HC_ROLE_KIND_GENERALIST);
  JsonObject *extras = NULL;

  if (!read_members (node, role_members, N_ROLE_MEMBERS, read_role_member,
                     role, path, &extras, error))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  store_extras (role, extras);
  return G_OBJECT (g_steal_pointer (&role));
}

/* Phases */

enum
{
  PHASE_ID, PHASE_NAME, PHASE_DESCRIPTION, PHASE_UNIT, PHASE_FIRST, PHASE_LAST,
  N_PHASE_MEMBERS
};

static const HcMemberSpec phase_members[N_PHASE_MEMBERS] = {
  { "id", TRUE }, { "name", TRUE }, { "description", FALSE }, { "unit", TRUE },
  { "first", TRUE }, { "last", TRUE },
};

/* The unit and both ends are set at once, after all three are read. */
typedef struct
{
  HcPhase *phase;
  int      unit;
  guint    first;
  guint    last;
} HcPhaseReading;

/* Any value a guint holds; hc_plan_validate() knows the bounds, which
 * depend on the unit. */
static gboolean
read_phase_bound (JsonNode  *node,
                  GString   *path,
                  guint     *value,
                  GError   **error)
{
  double v;

  if (!node_get_number (node, &v) || !isfinite (v) || v != floor (v) ||
      v < 0 || v > G_MAXUINT)
    return invalid (path, error, _("must be a whole number from 1 to %u"), (guint) HC_MAX_WEEKS);
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_phase_member (gpointer   target,
                   guint      index,
                   JsonNode  *node,
                   GString   *path,
                   GError   **error)
{
  HcPhaseReading *r = target;
  const char *str;

  switch (index)
    {
    case PHASE_ID:
      return read_string (node, path, &str, error) && (hc_phase_set_id (r->phase, str), TRUE);
    case PHASE_NAME:
      return read_string (node, path, &str, error) && (hc_phase_set_name (r->phase, str), TRUE);
    case PHASE_DESCRIPTION:
      return read_string (node, path, &str, error) &&
             (hc_phase_set_description (r->phase, str), TRUE);
    case PHASE_UNIT:
      return read_enum (node, path, (HcFromString) hc_time_unit_from_string,
                        _("“week”, “month”"), &r->unit, error);
    case PHASE_FIRST:
      return read_phase_bound (node, path, &r->first, error);
    case PHASE_LAST:
      return read_phase_bound (node, path, &r->last, error);
    default:
      g_assert_not_reached ();
    }
}

static GObject *
read_phase (JsonNode  *node,
            GString   *path,
            GError   **error)
{
  g_autoptr(HcPhase) phase = hc_phase_new ("", "", HC_TIME_UNIT_WEEK, 1, 1);
  HcPhaseReading r = { phase, HC_TIME_UNIT_WEEK, 1, 1 };
  JsonObject *extras = NULL;

  if (!read_members (node, phase_members, N_PHASE_MEMBERS, read_phase_member,
                     &r, path, &extras, error))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  hc_phase_set_range (phase, (HcTimeUnit) r.unit, r.first, r.last);
  store_extras (phase, extras);
  return G_OBJECT (g_steal_pointer (&phase));
}

/* Positions */

enum
{
  POS_ID, POS_ROLE, POS_SENIORITY, POS_COUNT, POS_LOCATION, POS_LOCATION_ADJUSTMENT,
  POS_SOURCING, POS_PHASE, POS_SKILLS, POS_SALARY, POS_EARLIEST_START,
  POS_TIME_TO_HIRE, POS_NOTES, N_POSITION_MEMBERS
};

static const HcMemberSpec position_members[N_POSITION_MEMBERS] = {
  { "id", TRUE }, { "role", TRUE }, { "seniority", TRUE }, { "count", TRUE },
  { "location", TRUE }, { "location_adjustment_percent", TRUE },
  { "sourcing", TRUE }, { "phase", TRUE }, { "skills", FALSE },
  { "salary", FALSE }, { "earliest_start_week", FALSE },
  { "time_to_hire_weeks", FALSE }, { "notes", FALSE },
};

#define SENIORITY_NAMES _("“junior”, “mid”, “senior”, “staff”")

static gboolean
read_position_text (HcPosition  *position,
                    guint        index,
                    JsonNode    *node,
                    GString     *path,
                    GError     **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  switch (index)
    {
    case POS_ID:       hc_position_set_id (position, str); break;
    case POS_ROLE:     hc_position_set_role_id (position, str); break;
    case POS_LOCATION: hc_position_set_location (position, str); break;
    case POS_PHASE:    hc_position_set_phase_id (position, str); break;
    case POS_NOTES:    hc_position_set_notes (position, str); break;
    default:           g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
read_position_member (gpointer   target,
                      guint      index,
                      JsonNode  *node,
                      GString   *path,
                      GError   **error)
{
  HcPosition *position = target;
  HcSkills skills;
  HcRange range;
  double number;
  guint count;
  int value;

  switch (index)
    {
    case POS_SENIORITY:
      if (!read_enum (node, path, (HcFromString) hc_seniority_from_string,
                      SENIORITY_NAMES, &value, error))
        return FALSE;
      hc_position_set_seniority (position, (HcSeniority) value);
      return TRUE;
    case POS_COUNT:
      return read_whole (node, path, 1, HC_MAX_COUNT, &count, error) &&
             (hc_position_set_count (position, count), TRUE);
    case POS_LOCATION_ADJUSTMENT:
      return read_number (node, path, &number, error) &&
             (hc_position_set_location_adjustment (position, number), TRUE);
    case POS_SOURCING:
      if (!read_enum (node, path, (HcFromString) hc_sourcing_from_string,
                      _("“direct”, “referral”, “agency”"), &value, error))
        return FALSE;
      hc_position_set_sourcing (position, (HcSourcing) value);
      return TRUE;
    case POS_SKILLS:
      return read_skills (node, path, &skills, error) &&
             (hc_position_set_skills (position, skills), TRUE);
    case POS_SALARY:
      return read_range (node, path, &range, error) &&
             (hc_position_set_salary_override (position, &range), TRUE);
    case POS_EARLIEST_START:
      return read_number (node, path, &number, error) &&
             (hc_position_set_earliest_start (position, &number), TRUE);
    case POS_TIME_TO_HIRE:
      return read_range (node, path, &range, error) &&
             (hc_position_set_time_to_hire (position, &range), TRUE);
    default:
      return read_position_text (position, index, node, path, error);
    }
}

static GObject *
read_position (JsonNode  *node,
               GString   *path,
               GError   **error)
{
  g_autoptr(HcPosition) position = hc_position_new ("", "", HC_SENIORITY_MID, "");
  JsonObject *extras = NULL;

  if (!read_members (node, position_members, N_POSITION_MEMBERS, read_position_member,
                     position, path, &extras, error))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  store_extras (position, extras);
  return G_OBJECT (g_steal_pointer (&position));
}

/* Assumptions: members in HcAssumption order. */

static const HcMemberSpec assumption_members[HC_N_ASSUMPTIONS] = {
  { "benefits_percent", FALSE }, { "agency_fee_percent", FALSE },
  { "equipment_per_person", FALSE }, { "software_per_month", FALSE },
  { "cloud_per_month", FALSE }, { "equity_pool_percent", FALSE },
};

static gboolean
read_assumption_member (gpointer   target,
                        guint      index,
                        JsonNode  *node,
                        GString   *path,
                        GError   **error)
{
  HcRange range;

  if (!read_range (node, path, &range, error))
    return FALSE;
  hc_cost_assumptions_set (target, (HcAssumption) index, range);
  return TRUE;
}

static gboolean
read_assumptions (JsonNode           *node,
                  GString            *path,
                  HcCostAssumptions  *assumptions,
                  GError            **error)
{
  JsonObject *extras = NULL;

  if (!read_members (node, assumption_members, HC_N_ASSUMPTIONS, read_assumption_member,
                     assumptions, path, &extras, error))
    {
      g_clear_pointer (&extras, json_object_unref);
      return FALSE;
    }
  store_extras (assumptions, extras);
  return TRUE;
}

/* The plan */

enum
{
  PLAN_FORMAT, PLAN_VERSION, PLAN_TITLE, PLAN_CURRENCY, PLAN_START_DATE,
  PLAN_HORIZON_MONTHS, PLAN_NOTES, PLAN_ASSUMPTIONS, PLAN_ROLES, PLAN_PHASES,
  PLAN_POSITIONS, N_PLAN_MEMBERS
};

static const HcMemberSpec plan_members[N_PLAN_MEMBERS] = {
  { "format", TRUE }, { "version", TRUE }, { "title", TRUE }, { "currency", FALSE },
  { "start_date", FALSE }, { "horizon_months", FALSE }, { "notes", FALSE },
  { "assumptions", FALSE }, { "roles", FALSE }, { "phases", FALSE },
  { "positions", FALSE },
};

typedef struct
{
  HcPlan   *plan;
  gboolean  has_roles;
  gboolean  has_phases;
} HcPlanReading;

static gboolean
read_plan_text (HcPlan      *plan,
                guint        index,
                JsonNode    *node,
                GString     *path,
                GError     **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (index == PLAN_TITLE)
    hc_plan_set_title (plan, str);
  else if (index == PLAN_NOTES)
    hc_plan_set_notes (plan, str);
  else
    hc_plan_set_currency (plan, str); /* hc_plan_validate() checks the code */
  return TRUE;
}

static gboolean
read_plan_member (gpointer   target,
                  guint      index,
                  JsonNode  *node,
                  GString   *path,
                  GError   **error)
{
  HcPlanReading *r = target;
  GDate date;
  guint months;

  switch (index)
    {
    case PLAN_FORMAT:
    case PLAN_VERSION:
      return TRUE; /* checked before anything else */
    case PLAN_START_DATE:
      return read_date (node, path, &date, error) && (hc_plan_set_start_date (r->plan, &date), TRUE);
    case PLAN_HORIZON_MONTHS:
      return read_whole (node, path, 1, HC_MAX_HORIZON_MONTHS, &months, error) &&
             (hc_plan_set_horizon_months (r->plan, months), TRUE);
    case PLAN_ASSUMPTIONS:
      return read_assumptions (node, path, hc_plan_get_assumptions (r->plan), error);
    case PLAN_ROLES:
      r->has_roles = TRUE;
      return read_list (node, path, HC_MAX_ITEMS, read_role, hc_plan_get_roles (r->plan), error);
    case PLAN_PHASES:
      r->has_phases = TRUE;
      return read_list (node, path, HC_MAX_ITEMS, read_phase, hc_plan_get_phases (r->plan), error);
    case PLAN_POSITIONS:
      return read_list (node, path, HC_MAX_POSITIONS, read_position,
                        hc_plan_get_positions (r->plan), error);
    default:
      return read_plan_text (r->plan, index, node, path, error);
    }
}

/* "format" says what the file is, "version" whether this build can read
 * it; both are checked before anything else, whose meaning they decide. */
static gboolean
check_format_and_version (JsonNode  *root,
                          GError   **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  JsonNode *format = object ? json_object_get_member (object, "format") : NULL;
  JsonNode *version = object ? json_object_get_member (object, "version") : NULL;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double v;

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), HC_PLAN_FORMAT_NAME) != 0)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_A_PLAN,
                   _("This is not a Headcount plan: a plan is a JSON object whose "
                     "“format” is “%s”."), HC_PLAN_FORMAT_NAME);
      return FALSE;
    }
  if (version == NULL)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: is missing"));
      return FALSE;
    }
  if (!node_get_number (version, &v) || !isfinite (v) || v != floor (v) || v < 1)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: must be a whole number from 1 (this version reads version %d)"),
                   HC_PLAN_FORMAT_VERSION);
      return FALSE;
    }
  if (v > HC_PLAN_FORMAT_VERSION)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: this plan was written by a newer Headcount (format version %s); "
                     "this version reads version %d"),
                   _hc_json_format_double (buf, sizeof buf, v), HC_PLAN_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

static HcPlan *
read_plan (JsonNode  *root,
           GError   **error)
{
  /* A new plan already holds what a file that leaves an optional member
   * out means: USD, the next Monday, 24 months, the guide's assumptions. */
  g_autoptr(HcPlan) plan = hc_plan_new ();
  g_autoptr(GString) path = g_string_new ("$");
  HcPlanReading r = { plan, FALSE, FALSE };
  JsonObject *extras = NULL;

  if (!check_format_and_version (root, error))
    return NULL;
  if (!read_members (root, plan_members, N_PLAN_MEMBERS, read_plan_member,
                     &r, path, &extras, error))
    {
      g_clear_pointer (&extras, json_object_unref);
      return NULL;
    }
  store_extras (plan, extras);
  if (!r.has_roles)
    {
      g_list_store_remove_all (hc_plan_get_roles (plan));
      _hc_defaults_add_roles (hc_plan_get_roles (plan));
    }
  if (!r.has_phases)
    {
      g_list_store_remove_all (hc_plan_get_phases (plan));
      _hc_defaults_add_phases (hc_plan_get_phases (plan));
    }
  if (!hc_plan_validate (plan, error))
    return NULL;
  return g_steal_pointer (&plan);
}

HcPlan *
hc_plan_load_from_bytes (GBytes  *bytes,
                         GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > HC_PLAN_MAX_FILE_SIZE)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB, too large to be a plan."),
                   HC_PLAN_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (data == NULL)
    data = "";
  /* json-glib skips a byte order mark; so do the positions we report. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (!check_utf8 (data, len, error))
    return NULL;
  root = parse_json (data, len, error);
  if (root == NULL)
    return NULL;
  return read_plan (root, error);
}

/* ───────────────────────── Writing ───────────────────────── */

static void
write_extras (HcJsonWriter       *w,
              gpointer            object,
              const HcMemberSpec *specs,
              guint               n_specs)
{
  JsonObject *extras = _hc_extras_get (object);
  g_autoptr(GList) members = NULL;

  if (extras == NULL)
    return;
  members = json_object_get_members (extras);
  for (GList *l = members; l != NULL; l = l->next)
    {
      /* A known name among the extras would be written twice. */
      if (find_member_spec (specs, n_specs, l->data) >= 0)
        continue;
      _hc_json_writer_member (w, l->data);
      _hc_json_writer_node (w, json_object_get_member (extras, l->data));
    }
}

static void
write_range (HcJsonWriter *w,
             const char   *name,
             HcRange       range)
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "low");
  _hc_json_writer_double (w, range.low);
  _hc_json_writer_member (w, "high");
  _hc_json_writer_double (w, range.high);
  _hc_json_writer_end_object (w);
}

static void
write_string (HcJsonWriter *w,
              const char   *name,
              const char   *value)
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_string (w, value);
}

static void
write_skills (HcJsonWriter *w,
              HcSkills      skills)
{
  _hc_json_writer_member (w, "skills");
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < HC_N_SKILLS; i++)
    if (skills & (1u << i))
      _hc_json_writer_string (w, hc_skill_to_string ((HcSkills) (1u << i)));
  _hc_json_writer_end_array (w);
}

static void
write_seniority_table (HcJsonWriter *w,
                       const char   *name,
                       HcRole       *role,
                       HcRange     (*get) (HcRole *, HcSeniority))
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    write_range (w, seniority_members[s].name, get (role, (HcSeniority) s));
  _hc_json_writer_end_object (w);
}

static void
write_role (HcJsonWriter *w,
            HcRole       *role)
{
  _hc_json_writer_begin_object (w);
  write_string (w, "id", hc_role_get_id (role));
  write_string (w, "name", hc_role_get_name (role));
  write_string (w, "kind", hc_role_kind_to_string (hc_role_get_kind (role)));
  write_skills (w, hc_role_get_skills (role));
  write_string (w, "description", hc_role_get_description (role));
  write_seniority_table (w, "salary", role, hc_role_get_salary);
  write_range (w, "time_to_hire_weeks", hc_role_get_time_to_hire (role));
  write_seniority_table (w, "ramp_up_weeks", role, hc_role_get_ramp_up);
  write_extras (w, role, role_members, N_ROLE_MEMBERS);
  _hc_json_writer_end_object (w);
}

static void
write_phase (HcJsonWriter *w,
             HcPhase      *phase)
{
  _hc_json_writer_begin_object (w);
  write_string (w, "id", hc_phase_get_id (phase));
  write_string (w, "name", hc_phase_get_name (phase));
  write_string (w, "description", hc_phase_get_description (phase));
  write_string (w, "unit", hc_time_unit_to_string (hc_phase_get_unit (phase)));
  _hc_json_writer_member (w, "first");
  _hc_json_writer_int (w, hc_phase_get_first (phase));
  _hc_json_writer_member (w, "last");
  _hc_json_writer_int (w, hc_phase_get_last (phase));
  write_extras (w, phase, phase_members, N_PHASE_MEMBERS);
  _hc_json_writer_end_object (w);
}

/* Members a position has only when set. */
static void
write_position_optionals (HcJsonWriter *w,
                          HcPosition   *position)
{
  const char *notes = hc_position_get_notes (position);
  HcRange range;
  double week;

  if (hc_position_get_skills (position) != HC_SKILL_NONE)
    write_skills (w, hc_position_get_skills (position));
  if (hc_position_get_salary_override (position, &range))
    write_range (w, "salary", range);
  if (hc_position_get_earliest_start (position, &week))
    {
      _hc_json_writer_member (w, "earliest_start_week");
      _hc_json_writer_double (w, week);
    }
  if (hc_position_get_time_to_hire (position, &range))
    write_range (w, "time_to_hire_weeks", range);
  if (notes != NULL && *notes != '\0')
    write_string (w, "notes", notes);
}

static void
write_position (HcJsonWriter *w,
                HcPosition   *position)
{
  _hc_json_writer_begin_object (w);
  write_string (w, "id", hc_position_get_id (position));
  write_string (w, "role", hc_position_get_role_id (position));
  write_string (w, "seniority", hc_seniority_to_string (hc_position_get_seniority (position)));
  _hc_json_writer_member (w, "count");
  _hc_json_writer_int (w, hc_position_get_count (position));
  write_string (w, "location", hc_position_get_location (position));
  _hc_json_writer_member (w, "location_adjustment_percent");
  _hc_json_writer_double (w, hc_position_get_location_adjustment (position));
  write_string (w, "sourcing", hc_sourcing_to_string (hc_position_get_sourcing (position)));
  write_string (w, "phase", hc_position_get_phase_id (position));
  write_position_optionals (w, position);
  write_extras (w, position, position_members, N_POSITION_MEMBERS);
  _hc_json_writer_end_object (w);
}

typedef void (*HcWriteItem) (HcJsonWriter *w,
                             gpointer      item);

static void
write_list (HcJsonWriter *w,
            const char   *name,
            GListStore   *store,
            HcWriteItem   write_item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      write_item (w, item);
    }
  _hc_json_writer_end_array (w);
}

static void
write_assumptions (HcJsonWriter      *w,
                   HcCostAssumptions *assumptions)
{
  _hc_json_writer_member (w, "assumptions");
  _hc_json_writer_begin_object (w);
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    write_range (w, assumption_members[i].name,
                 hc_cost_assumptions_get (assumptions, (HcAssumption) i));
  write_extras (w, assumptions, assumption_members, HC_N_ASSUMPTIONS);
  _hc_json_writer_end_object (w);
}

static void
write_plan_header (HcJsonWriter *w,
                   HcPlan       *plan)
{
  GDate date = hc_plan_get_start_date (plan);
  g_autofree char *date_str = NULL;

  if (g_date_valid (&date))
    date_str = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
  write_string (w, "format", HC_PLAN_FORMAT_NAME);
  _hc_json_writer_member (w, "version");
  _hc_json_writer_int (w, HC_PLAN_FORMAT_VERSION);
  write_string (w, "title", hc_plan_get_title (plan));
  write_string (w, "currency", hc_plan_get_currency (plan));
  write_string (w, "start_date", date_str != NULL ? date_str : "");
  _hc_json_writer_member (w, "horizon_months");
  _hc_json_writer_int (w, hc_plan_get_horizon_months (plan));
  write_string (w, "notes", hc_plan_get_notes (plan));
}

GBytes *
hc_plan_to_bytes (HcPlan *plan)
{
  g_autoptr(HcJsonWriter) w = _hc_json_writer_new ();

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  _hc_json_writer_begin_object (w);
  write_plan_header (w, plan);
  write_assumptions (w, hc_plan_get_assumptions (plan));
  write_list (w, "roles", hc_plan_get_roles (plan), (HcWriteItem) write_role);
  write_list (w, "phases", hc_plan_get_phases (plan), (HcWriteItem) write_phase);
  write_list (w, "positions", hc_plan_get_positions (plan), (HcWriteItem) write_position);
  write_extras (w, plan, plan_members, N_PLAN_MEMBERS);
  _hc_json_writer_end_object (w);
  return _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
}

/* ───────────────────────── Files ───────────────────────── */

static const char *
io_reason (const GError *error,
           gboolean      saving)
{
  if (error->domain != G_IO_ERROR)
    return error->message;
  switch (error->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return saving ? _("the folder does not exist") : _("there is no such file");
    case G_IO_ERROR_PERMISSION_DENIED:
      return _("permission denied");
    case G_IO_ERROR_IS_DIRECTORY:
      return _("it is a folder");
    case G_IO_ERROR_NOT_DIRECTORY:
      return _("part of the path is not a folder");
    case G_IO_ERROR_NO_SPACE:
      return _("the disk is full");
    case G_IO_ERROR_READ_ONLY:
      return _("the file system is read-only");
    default:
      return error->message;
    }
}

/* A GIO error again, with a message naming the file that the user
 * chose (not GIO's temporary file) and why it failed. */
static void
set_file_error (GError       **error,
                GFile         *file,
                const GError  *io_error,
                gboolean       saving)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, io_error->domain, io_error->code,
               saving ? _("Could not save “%s”: %s") : _("Could not open “%s”: %s"),
               name, io_reason (io_error, saving));
}

/* Reads at most one byte more than a plan may have, so that a huge file
 * (or an endless device) is refused without reading all of it. */
static GBytes *
read_file_bytes (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 chunk[64 * 1024];
  gssize n;

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    goto failed;
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk,
                                   cancellable, &local_error)) > 0)
    {
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > HC_PLAN_MAX_FILE_SIZE)
        break;
    }
  if (n < 0)
    goto failed;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

failed:
  set_file_error (error, file, local_error, FALSE);
  return NULL;
}

HcPlan *
hc_plan_load_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_file_bytes (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return hc_plan_load_from_bytes (bytes, error);
}

/* Runs in a worker thread; the plan it builds belongs to nobody else
 * until the task hands it to the caller. */
static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  HcPlan *plan = hc_plan_load_from_file (G_FILE (source_object), cancellable, &error);

  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, g_object_unref);
}

void
hc_plan_load_from_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_plan_load_from_file_async);
  g_task_run_in_thread (task, load_in_thread);
}

HcPlan *
hc_plan_load_from_file_finish (GFile         *file,
                               GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The mode a replaced file keeps; a new file gets the usual 0666 less
 * the umask. */
static int
existing_mode (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    return st.st_mode & 07777;
  return 0666;
}

/* Always a temporary file in the same folder, renamed over @file once
 * everything is written and synced, so that a crash or a full disk never
 * leaves a half-written plan.  GIO's g_file_replace_contents() does this
 * only when the file already exists, so local files (which is what the
 * document portal hands out too) go through g_file_set_contents_full(). */
static gboolean
write_file_bytes (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path = g_file_peek_path (file);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (path != NULL)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error)
          || !g_file_set_contents_full (path, data, len,
                                        G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                        existing_mode (path), &local_error))
        {
          if (local_error->domain == G_FILE_ERROR)
            {
              GError *io_error = g_error_new_literal (G_IO_ERROR,
                                                      g_io_error_from_file_error (local_error->code),
                                                      local_error->message);
              g_clear_error (&local_error);
              local_error = io_error;
            }
          set_file_error (error, file, local_error, TRUE);
          return FALSE;
        }
      return TRUE;
    }

  if (!g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      set_file_error (error, file, local_error, TRUE);
      return FALSE;
    }
  return TRUE;
}

gboolean
hc_plan_save_to_file (HcPlan        *plan,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = hc_plan_to_bytes (plan);
  return write_file_bytes (file, bytes, cancellable, error);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} HcSaveJob;

static void
save_job_free (HcSaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  HcSaveJob *job = task_data;
  GError *error = NULL;

  if (write_file_bytes (job->file, job->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
hc_plan_save_to_file_async (HcPlan              *plan,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  HcSaveJob *job;

  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  /* The plan is serialized here, on the caller's thread: the worker only
   * sees bytes, never the live model. */
  job = g_new0 (HcSaveJob, 1);
  job->file = g_object_ref (file);
  job->bytes = hc_plan_to_bytes (plan);
  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_plan_save_to_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
hc_plan_save_to_file_finish (HcPlan        *plan,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
