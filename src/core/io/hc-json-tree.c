/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <string.h>

#include "hc-json-scan-private.h"

/* Values and strings are carved out of large blocks, freed all at once
 * with the document: one malloc per 64 KB instead of several per value. */
#define BLOCK_SIZE (64 * 1024)
/* Bigger requests (long strings) get a block of their own, so that the
 * rest of the current block is not wasted. */
#define OWN_BLOCK_SIZE (BLOCK_SIZE / 4)

typedef struct _HcArenaBlock HcArenaBlock;

struct _HcArenaBlock
{
  HcArenaBlock *next;
  gsize         size;
  gsize         used;
  /* Keeps data[] aligned for doubles and pointers. */
  union { double d; gint64 i; gpointer p; } data[];
};

struct _HcJsonDocument
{
  HcArenaBlock *blocks;  /* the one in use first */
  HcJsonValue  *root;
};

HcJsonDocument *
_hc_json_document_new (void)
{
  return g_new0 (HcJsonDocument, 1);
}

void
_hc_json_document_free (HcJsonDocument *document)
{
  HcArenaBlock *block = document->blocks;

  while (block != NULL)
    {
      HcArenaBlock *next = block->next;

      g_free (block);
      block = next;
    }
  g_free (document);
}

static HcArenaBlock *
arena_block_new (gsize size)
{
  HcArenaBlock *block = g_malloc (sizeof (HcArenaBlock) + size);

  block->next = NULL;
  block->size = size;
  block->used = 0;
  return block;
}

gpointer
_hc_json_document_alloc (HcJsonDocument *document,
                         gsize           size)
{
  HcArenaBlock *block = document->blocks;
  gpointer memory;

  size = (size + 7) & ~(gsize) 7;
  if (size > OWN_BLOCK_SIZE)
    {
      HcArenaBlock *own = arena_block_new (size);

      /* Behind the block in use, which stays in use. */
      own->used = size;
      if (block != NULL)
        {
          own->next = block->next;
          block->next = own;
        }
      else
        document->blocks = own;
      return own->data;
    }
  if (block == NULL || block->size - block->used < size)
    {
      block = arena_block_new (BLOCK_SIZE);
      block->next = document->blocks;
      document->blocks = block;
    }
  memory = (char *) block->data + block->used;
  block->used += size;
  return memory;
}

void
_hc_json_document_set_root (HcJsonDocument *document,
                            HcJsonValue    *root)
{
  document->root = root;
}

HcJsonValue *
_hc_json_document_get_root (HcJsonDocument *document)
{
  return document->root;
}

HcJsonValue *
_hc_json_object_get_member (HcJsonValue *object,
                            const char  *name)
{
  if (object == NULL || object->type != HC_JSON_OBJECT)
    return NULL;
  for (HcJsonValue *member = object->v.first; member != NULL; member = member->next)
    if (strcmp (member->name, name) == 0)
      return member;
  return NULL;
}

gboolean
_hc_json_value_get_number (HcJsonValue *value,
                           double      *number)
{
  if (value->type == HC_JSON_INTEGER)
    *number = (double) value->v.integer;
  else if (value->type == HC_JSON_DOUBLE)
    *number = value->v.number;
  else
    return FALSE;
  return TRUE;
}
