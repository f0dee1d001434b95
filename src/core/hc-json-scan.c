/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-json-scan-private.h"
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

JsonNode *
_hc_json_parse (const char  *data,
                gsize        len,
                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *rewritten = NULL;
  HcScan s = { data, len, 0, 1, 1, NULL, NULL, 0, { 0 }, EXPECT_VALUE, { NULL }, { 0 } };
  gboolean scanned;
  JsonNode *root;

  if (!check_utf8 (data, len, error))
    return NULL;
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
