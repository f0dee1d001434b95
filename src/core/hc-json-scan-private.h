/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A read-only JSON tree, built by the same single pass that checks the
 * grammar, in one arena: a plan of 10 000 positions is some 200 000
 * values, and json-glib's JsonParser spends more time allocating its
 * nodes, hash tables and GValues than reading the bytes. */
typedef enum
{
  HC_JSON_NULL,
  HC_JSON_BOOLEAN,
  HC_JSON_INTEGER,  /* written without fraction or exponent, below 10^18 */
  HC_JSON_DOUBLE,
  HC_JSON_STRING,
  HC_JSON_ARRAY,
  HC_JSON_OBJECT,
} HcJsonType;

typedef struct _HcJsonValue HcJsonValue;

struct _HcJsonValue
{
  HcJsonType   type;
  guint        n_children;  /* elements of an array, members of an object */
  const char  *name;        /* of an object's member, else NULL */
  HcJsonValue *next;        /* the next element or member */
  union
  {
    gboolean     boolean;
    gint64       integer;
    double       number;    /* may be infinite ("1e999") */
    const char  *string;    /* UTF-8, no U+0000 */
    HcJsonValue *first;     /* first element or member */
  } v;
};

typedef struct _HcJsonDocument HcJsonDocument;

/* Reads the JSON document @data (without a byte order mark) strictly:
 * UTF-8, RFC 8259's grammar, at most HC_PLAN_MAX_DEPTH levels.  Errors are
 * HC_PLAN_ERROR with a message that starts "LINE:COLUMN:".  A member name
 * given twice keeps its first place and its last value, as in json-glib. */
HcJsonDocument *_hc_json_parse              (const char      *data,
                                             gsize            len,
                                             GError         **error);
HcJsonValue    *_hc_json_document_get_root  (HcJsonDocument  *document);
void            _hc_json_document_free      (HcJsonDocument  *document);

/* The member @name of @object, or NULL; @object may be any value. */
HcJsonValue    *_hc_json_object_get_member  (HcJsonValue     *object,
                                             const char      *name);
/* The value of an integer or a double; FALSE for other types. */
gboolean        _hc_json_value_get_number   (HcJsonValue     *value,
                                             double          *number);
/* A json-glib copy of @value, for members kept as they are. */
JsonNode       *_hc_json_value_to_node      (HcJsonValue     *value);

/* For the scanner, which builds the document: memory that lives as long
 * as @document, aligned for any value. */
HcJsonDocument *_hc_json_document_new       (void);
gpointer        _hc_json_document_alloc     (HcJsonDocument  *document,
                                             gsize            size);
void            _hc_json_document_set_root  (HcJsonDocument  *document,
                                             HcJsonValue     *root);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcJsonDocument, _hc_json_document_free)

G_END_DECLS
