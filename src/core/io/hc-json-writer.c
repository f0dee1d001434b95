/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-json-writer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "hc-json-writer-private.h"

/* 2^53: above it not every integer is a double, so "%.0f" would lie. */
#define MAX_EXACT_INTEGER 9007199254740992.0

struct _HcJsonWriter
{
  GString    *out;
  /* One entry per open object or array: whether it has a member yet, so
   * that the first one gets no comma and an empty one prints as {} or []. */
  GByteArray *has_items;
  /* A member name was written; the next value goes on the same line. */
  gboolean    after_name;
  /* Members written as raw text (unknown members): the largest, by the
   * bytes it took in the output, and all of them together, so that a
   * plan too large to save can say what makes it large. */
  char       *largest_raw_name;
  gsize       largest_raw_size;
  gsize       raw_total;
};

HcJsonWriter *
_hc_json_writer_new (void)
{
  HcJsonWriter *self = g_new0 (HcJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->has_items = g_byte_array_new ();
  return self;
}

void
_hc_json_writer_free (HcJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_byte_array_unref (self->has_items);
  g_free (self->largest_raw_name);
  g_free (self);
}

GBytes *
_hc_json_writer_free_to_bytes (HcJsonWriter *self)
{
  GString *out = self->out;

  g_warn_if_fail (self->has_items->len == 0);
  g_string_append_c (out, '\n');
  self->out = NULL;
  g_byte_array_unref (self->has_items);
  g_free (self->largest_raw_name);
  g_free (self);
  return g_string_free_to_bytes (out);
}

void
_hc_json_writer_raw_member (HcJsonWriter *self,
                            const char   *name,
                            const char   *text,
                            gsize         len)
{
  gsize before = self->out->len;
  gsize size;

  _hc_json_writer_member (self, name);
  _hc_json_writer_raw (self, text, len);
  size = self->out->len - before;
  self->raw_total += size;
  if (size > self->largest_raw_size)
    {
      g_free (self->largest_raw_name);
      self->largest_raw_name = g_strdup (name);
      self->largest_raw_size = size;
    }
}

const char *
_hc_json_writer_get_largest_raw (HcJsonWriter *self,
                                 gsize        *size,
                                 gsize        *total)
{
  if (size != NULL)
    *size = self->largest_raw_size;
  if (total != NULL)
    *total = self->raw_total;
  return self->largest_raw_name;
}

static void
write_indent (HcJsonWriter *self)
{
  for (guint i = 0; i < self->has_items->len; i++)
    g_string_append (self->out, "  ");
}

/* Puts a new line (and a comma after an earlier sibling) before the next
 * member or element of the innermost open container. */
static void
start_item (HcJsonWriter *self)
{
  guint top = self->has_items->len;

  if (top == 0)
    return;
  if (self->has_items->data[top - 1])
    g_string_append_c (self->out, ',');
  g_string_append_c (self->out, '\n');
  self->has_items->data[top - 1] = TRUE;
  write_indent (self);
}

static void
start_value (HcJsonWriter *self)
{
  if (self->after_name)
    self->after_name = FALSE;
  else
    start_item (self);
}

static void
open_container (HcJsonWriter *self,
                char          bracket)
{
  guint8 empty = FALSE;

  start_value (self);
  g_string_append_c (self->out, bracket);
  g_byte_array_append (self->has_items, &empty, 1);
}

static void
close_container (HcJsonWriter *self,
                 char          bracket)
{
  guint top = self->has_items->len;
  gboolean had_items;

  g_return_if_fail (top > 0);
  had_items = self->has_items->data[top - 1];
  g_byte_array_set_size (self->has_items, top - 1);
  if (had_items)
    {
      g_string_append_c (self->out, '\n');
      write_indent (self);
    }
  g_string_append_c (self->out, bracket);
}

void
_hc_json_writer_begin_object (HcJsonWriter *self)
{
  open_container (self, '{');
}

void
_hc_json_writer_end_object (HcJsonWriter *self)
{
  close_container (self, '}');
}

void
_hc_json_writer_begin_array (HcJsonWriter *self)
{
  open_container (self, '[');
}

void
_hc_json_writer_end_array (HcJsonWriter *self)
{
  close_container (self, ']');
}

static void
append_escaped (GString    *out,
                const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c); /* UTF-8 kept as it is */
        }
    }
  g_string_append_c (out, '"');
}

void
_hc_json_writer_member (HcJsonWriter *self,
                        const char   *name)
{
  g_return_if_fail (!self->after_name);
  start_item (self);
  append_escaped (self->out, name);
  g_string_append (self->out, ": ");
  self->after_name = TRUE;
}

void
_hc_json_writer_string (HcJsonWriter *self,
                        const char   *value)
{
  start_value (self);
  append_escaped (self->out, value != NULL ? value : "");
}

const char *
_hc_json_format_double (char   *buf,
                        gsize   buf_len,
                        double  value)
{
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  g_return_val_if_fail (buf_len >= G_ASCII_DTOSTR_BUF_SIZE, NULL);

  if (value == floor (value) && fabs (value) < MAX_EXACT_INTEGER)
    {
      g_snprintf (buf, buf_len, "%" G_GINT64_FORMAT, (gint64) value);
      return buf;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, buf_len, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return buf;
}

void
_hc_json_writer_double (HcJsonWriter *self,
                        double        value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* JSON has no infinity or NaN.  null makes the next load say which
   * value is wrong instead of writing a file nothing can read. */
  if (!isfinite (value))
    {
      _hc_json_writer_null (self);
      return;
    }
  start_value (self);
  g_string_append (self->out, _hc_json_format_double (buf, sizeof buf, value));
}

void
_hc_json_writer_fixed (HcJsonWriter *self,
                       double        value,
                       guint         decimals)
{
  char format[8];
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  char *end;

  if (!isfinite (value) || fabs (value) >= 1e15)
    {
      _hc_json_writer_double (self, value);
      return;
    }
  g_snprintf (format, sizeof format, "%%.%uf", MIN (decimals, 6));
  /* + 0.0: a negative zero is written "0". */
  g_ascii_formatd (buf, sizeof buf, format, value + 0.0);
  if (strchr (buf, '.') != NULL)
    {
      end = buf + strlen (buf);
      while (end > buf && end[-1] == '0')
        *--end = '\0';
      if (end > buf && end[-1] == '.')
        *--end = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");
  start_value (self);
  g_string_append (self->out, buf);
}

void
_hc_json_writer_int (HcJsonWriter *self,
                     gint64        value)
{
  start_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
_hc_json_writer_null (HcJsonWriter *self)
{
  start_value (self);
  g_string_append (self->out, "null");
}

/* Where the string that starts with the quote at @start ends: just after
 * its closing quote.  The text has been checked, so there is one. */
static gsize
string_end (const char *text,
            gsize       len,
            gsize       start)
{
  gsize i = start + 1;

  while (i < len && text[i] != '"')
    i += text[i] == '\\' ? 2 : 1;
  return MIN (i + 1, len);
}

/* A number, true, false or null ends where JSON's punctuation or a blank
 * begins. */
static gsize
scalar_end (const char *text,
            gsize       len,
            gsize       start)
{
  gsize i = start;

  while (i < len && strchr (",:]} \t\r\n", text[i]) == NULL)
    i++;
  return i;
}

void
_hc_json_writer_raw (HcJsonWriter *self,
                     const char   *text,
                     gsize         len)
{
  /* Whether each open container of @text is an object, whose strings
   * alternate between names and values. */
  g_autoptr(GByteArray) in_object = g_byte_array_new ();
  gboolean name_next = FALSE;
  gsize i = 0;

  while (i < len)
    {
      char c = text[i];
      gsize end;

      switch (c)
        {
        case '{':
        case '[':
          {
            guint8 is_object = c == '{';

            open_container (self, c);
            g_byte_array_append (in_object, &is_object, 1);
            name_next = is_object;
            i++;
            break;
          }
        case '}':
        case ']':
          close_container (self, c);
          g_byte_array_set_size (in_object, in_object->len - 1);
          name_next = FALSE;
          i++;
          break;
        case ',':
          name_next = in_object->len > 0 && in_object->data[in_object->len - 1];
          i++;
          break;
        case ':': case ' ': case '\t': case '\r': case '\n':
          i++;
          break;
        case '"':
          end = string_end (text, len, i);
          if (name_next)
            {
              g_return_if_fail (!self->after_name);
              start_item (self);
              g_string_append_len (self->out, text + i, (gssize) (end - i));
              g_string_append (self->out, ": ");
              self->after_name = TRUE;
              name_next = FALSE;
            }
          else
            {
              start_value (self);
              g_string_append_len (self->out, text + i, (gssize) (end - i));
            }
          i = end;
          break;
        default:
          end = scalar_end (text, len, i);
          start_value (self);
          g_string_append_len (self->out, text + i, (gssize) (end - i));
          i = end;
        }
    }
}
