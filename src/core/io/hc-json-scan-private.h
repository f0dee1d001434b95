/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-plan-members-private.h"

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
  HC_JSON_RAW,      /* kept as its text, not read: see HcJsonShape */
} HcJsonType;

typedef struct _HcJsonValue HcJsonValue;

struct _HcJsonValue
{
  HcJsonType   type;
  guint        n_children;  /* elements of an array, members of an object,
                             * bytes of a raw value's text */
  const char  *name;        /* of an object's member, else NULL */
  HcJsonValue *next;        /* the next element or member */
  union
  {
    gboolean     boolean;
    gint64       integer;
    double       number;    /* may be infinite ("1e999") */
    const char  *string;    /* UTF-8, no U+0000 */
    HcJsonValue *first;     /* first element or member */
    const char  *raw;       /* the value's text in the parsed data */
  } v;
};

/* What a reader will read, so that the scan builds a tree of that only.
 * Anything else (a member whose name the object's table does not have, an
 * object where a list belongs…) is checked as strictly, but kept as an
 * HC_JSON_RAW value: its text, not a tree.  The reader keeps unknown
 * members that way, and reports a value of the wrong type as it would any
 * other; neither costs memory in proportion to what it holds. */
typedef enum
{
  HC_JSON_SHAPE_ANY,     /* build whatever comes */
  HC_JSON_SHAPE_SCALAR,  /* a string, number, true, false or null */
  HC_JSON_SHAPE_OBJECT,
  HC_JSON_SHAPE_ARRAY,
} HcJsonShapeKind;

typedef struct _HcJsonShape HcJsonShape;

struct _HcJsonShape
{
  HcJsonShapeKind           kind;
  /* Objects: the names read, and the shape of each (a NULL array or
   * entry is a scalar). */
  const HcMemberSpec       *members;
  guint                     n_members;
  const HcJsonShape *const *member_shapes;
  /* Arrays: the shape of every element (NULL: a scalar). */
  const HcJsonShape        *element;
};

typedef struct _HcJsonDocument HcJsonDocument;

/* How deeply a plan file's arrays and objects may nest, the plan's own
 * object counting as one: deep enough for any plan, shallow enough that
 * no input makes the reader recurse without bound. */
#define HC_PLAN_MAX_DEPTH 32

/* Reads the JSON document @data (without a byte order mark) strictly:
 * UTF-8, RFC 8259's grammar, at most HC_PLAN_MAX_DEPTH levels.  Errors are
 * HC_PLAN_ERROR with a message that starts "LINE:COLUMN:".  A member name
 * given twice keeps its first place and its last value, as in json-glib
 * (inside a raw value, the text stays as it is).  @shape (NULL: build
 * everything) says what to build; raw values point into @data, which must
 * outlive the document. */
HcJsonDocument *_hc_json_parse              (const char      *data,
                                             gsize            len,
                                             const HcJsonShape *shape,
                                             GError         **error);
HcJsonValue    *_hc_json_document_get_root  (HcJsonDocument  *document);
void            _hc_json_document_free      (HcJsonDocument  *document);

/* The member @name of @object, or NULL; @object may be any value. */
HcJsonValue    *_hc_json_object_get_member  (HcJsonValue     *object,
                                             const char      *name);
/* The value of an integer or a double; FALSE for other types. */
gboolean        _hc_json_value_get_number   (HcJsonValue     *value,
                                             double          *number);

/* For the scanner, which builds the document: memory that lives as long
 * as @document, aligned for any value. */
HcJsonDocument *_hc_json_document_new       (void);
gpointer        _hc_json_document_alloc     (HcJsonDocument  *document,
                                             gsize            size);
void            _hc_json_document_set_root  (HcJsonDocument  *document,
                                             HcJsonValue     *root);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcJsonDocument, _hc_json_document_free)

G_END_DECLS
