/* A small JSON reader for the C tests: enough to read the golden vectors and the reports the
 * library returns. Nodes keep their byte span in the text, so a member (such as a vector's
 * "record") can be handed to the library exactly as the file spells it. */
#ifndef GONGKAI_TEST_JSON_H
#define GONGKAI_TEST_JSON_H

#include <stddef.h>

typedef enum { J_NULL, J_FALSE, J_TRUE, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT } jtype;

typedef struct {
    jtype type;
    size_t start, end; /* the value's bytes: text[start..end) */
    int next;          /* next sibling, -1 at the end */
    int first;         /* first child, -1 when none; an object's children alternate key, value */
    int count;         /* children (an object counts keys and values) */
} jnode;

typedef struct {
    const char *text;
    size_t len;
    jnode *nodes;
    int n, cap;
} jdoc;

/* Parses `len` bytes; 0 on success, -1 for malformed JSON or out of memory. Free with jfree
 * (also after a failure). */
int jparse(jdoc *doc, const char *text, size_t len);
void jfree(jdoc *doc);

/* The value of member `key` of object node `obj`, or -1. */
int jget(const jdoc *doc, int obj, const char *key);
/* Element `i` of array node `arr`, or -1. */
int jat(const jdoc *doc, int arr, int i);
/* A string node unescaped into a new NUL-terminated UTF-8 string (free it), or NULL. The length
 * (the string may hold NUL bytes) goes to `*len` when `len` is not NULL. */
char *jstr(const jdoc *doc, int node, size_t *len);

/* 1 when node `na` of `a` and node `nb` of `b` are the same JSON value: strings compared
 * unescaped, numbers by their text (the reports and vectors write integers), objects by their
 * members in any order, arrays element by element. A missing node (-1) equals nothing. */
int jequal(const jdoc *a, int na, const jdoc *b, int nb);

/* The whole of a file, NUL-terminated (free it), or NULL. */
char *read_file(const char *path, size_t *len);

#endif
