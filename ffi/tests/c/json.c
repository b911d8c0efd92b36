#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct {
    jdoc *doc;
    size_t pos;
} parser;

static void skip_ws(parser *p) {
    while (p->pos < p->doc->len) {
        char c = p->doc->text[p->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        p->pos++;
    }
}

static int add_node(jdoc *d, jtype type, size_t start) {
    if (d->n == d->cap) {
        int cap = d->cap ? d->cap * 2 : 64;
        jnode *grown = realloc(d->nodes, (size_t)cap * sizeof *grown);
        if (!grown) return -1;
        d->nodes = grown;
        d->cap = cap;
    }
    d->nodes[d->n].type = type;
    d->nodes[d->n].start = start;
    d->nodes[d->n].end = start;
    d->nodes[d->n].next = -1;
    d->nodes[d->n].first = -1;
    d->nodes[d->n].count = 0;
    return d->n++;
}

static int parse_value(parser *p, int depth);

static int hex4(const char *s, unsigned *out) {
    unsigned v = 0;
    int i;
    for (i = 0; i < 4; i++) {
        char c = s[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

static int parse_string(parser *p) {
    const jdoc *d = p->doc;
    int node = add_node(p->doc, J_STRING, p->pos);
    if (node < 0) return -1;
    p->pos++; /* the opening quote */
    while (p->pos < d->len) {
        unsigned char c = (unsigned char)d->text[p->pos];
        if (c == '"') {
            p->pos++;
            p->doc->nodes[node].end = p->pos;
            return node;
        }
        if (c < 0x20) return -1;
        if (c == '\\') {
            unsigned v;
            if (p->pos + 1 >= d->len) return -1;
            c = (unsigned char)d->text[p->pos + 1];
            if (c == 'u') {
                if (p->pos + 6 > d->len || hex4(d->text + p->pos + 2, &v)) return -1;
                p->pos += 6;
                continue;
            }
            if (!strchr("\"\\/bfnrt", c)) return -1;
            p->pos += 2;
            continue;
        }
        p->pos++;
    }
    return -1;
}

static int parse_literal(parser *p, const char *word, jtype type) {
    size_t n = strlen(word);
    int node;
    if (p->pos + n > p->doc->len || memcmp(p->doc->text + p->pos, word, n) != 0) return -1;
    node = add_node(p->doc, type, p->pos);
    if (node < 0) return -1;
    p->pos += n;
    p->doc->nodes[node].end = p->pos;
    return node;
}

static int parse_number(parser *p) {
    const char *t = p->doc->text;
    size_t start = p->pos;
    int node, digits = 0;
    if (p->pos < p->doc->len && t[p->pos] == '-') p->pos++;
    while (p->pos < p->doc->len && strchr("0123456789.eE+-", t[p->pos])) {
        if (t[p->pos] >= '0' && t[p->pos] <= '9') digits++;
        p->pos++;
    }
    if (!digits) return -1;
    node = add_node(p->doc, J_NUMBER, start);
    if (node < 0) return -1;
    p->doc->nodes[node].end = p->pos;
    return node;
}

/* Appends child `c` to node `parent`, whose last child so far is `*last`. */
static void link_child(jdoc *d, int parent, int *last, int c) {
    if (*last < 0) d->nodes[parent].first = c;
    else d->nodes[*last].next = c;
    *last = c;
    d->nodes[parent].count++;
}

static int parse_container(parser *p, int depth, int object) {
    int node = add_node(p->doc, object ? J_OBJECT : J_ARRAY, p->pos);
    int last = -1;
    char close = object ? '}' : ']';
    if (node < 0 || depth > MAX_DEPTH) return -1;
    p->pos++;
    skip_ws(p);
    if (p->pos < p->doc->len && p->doc->text[p->pos] == close) {
        p->pos++;
        p->doc->nodes[node].end = p->pos;
        return node;
    }
    for (;;) {
        int child;
        skip_ws(p);
        if (object) {
            if (p->pos >= p->doc->len || p->doc->text[p->pos] != '"') return -1;
            child = parse_string(p);
            if (child < 0) return -1;
            link_child(p->doc, node, &last, child);
            skip_ws(p);
            if (p->pos >= p->doc->len || p->doc->text[p->pos] != ':') return -1;
            p->pos++;
        }
        child = parse_value(p, depth + 1);
        if (child < 0) return -1;
        link_child(p->doc, node, &last, child);
        skip_ws(p);
        if (p->pos >= p->doc->len) return -1;
        if (p->doc->text[p->pos] == ',') {
            p->pos++;
            continue;
        }
        if (p->doc->text[p->pos] != close) return -1;
        p->pos++;
        p->doc->nodes[node].end = p->pos;
        return node;
    }
}

static int parse_value(parser *p, int depth) {
    char c;
    skip_ws(p);
    if (p->pos >= p->doc->len) return -1;
    c = p->doc->text[p->pos];
    switch (c) {
    case '{': return parse_container(p, depth, 1);
    case '[': return parse_container(p, depth, 0);
    case '"': return parse_string(p);
    case 't': return parse_literal(p, "true", J_TRUE);
    case 'f': return parse_literal(p, "false", J_FALSE);
    case 'n': return parse_literal(p, "null", J_NULL);
    default: return parse_number(p);
    }
}

int jparse(jdoc *doc, const char *text, size_t len) {
    parser p;
    doc->text = text;
    doc->len = len;
    doc->nodes = NULL;
    doc->n = doc->cap = 0;
    p.doc = doc;
    p.pos = 0;
    if (parse_value(&p, 0) != 0) return -1;
    skip_ws(&p);
    return p.pos == len ? 0 : -1;
}

void jfree(jdoc *doc) {
    free(doc->nodes);
    doc->nodes = NULL;
    doc->n = doc->cap = 0;
}

static int key_is(const jdoc *d, int node, const char *key) {
    size_t n;
    char *s = jstr(d, node, &n);
    int same = s && n == strlen(key) && memcmp(s, key, n) == 0;
    free(s);
    return same;
}

int jget(const jdoc *doc, int obj, const char *key) {
    int k;
    if (obj < 0 || doc->nodes[obj].type != J_OBJECT) return -1;
    for (k = doc->nodes[obj].first; k >= 0; k = doc->nodes[doc->nodes[k].next].next) {
        if (key_is(doc, k, key)) return doc->nodes[k].next;
    }
    return -1;
}

int jat(const jdoc *doc, int arr, int i) {
    int e;
    if (arr < 0 || doc->nodes[arr].type != J_ARRAY || i < 0) return -1;
    for (e = doc->nodes[arr].first; e >= 0 && i > 0; e = doc->nodes[e].next) i--;
    return e;
}

int jequal(const jdoc *a, int na, const jdoc *b, int nb) {
    const jnode *x, *y;
    if (na < 0 || nb < 0) return 0;
    x = &a->nodes[na];
    y = &b->nodes[nb];
    if (x->type != y->type || x->count != y->count) return 0;
    switch (x->type) {
    case J_NULL:
    case J_FALSE:
    case J_TRUE:
        return 1;
    case J_NUMBER:
        return x->end - x->start == y->end - y->start &&
               memcmp(a->text + x->start, b->text + y->start, x->end - x->start) == 0;
    case J_STRING: {
        size_t lx, ly;
        char *sx = jstr(a, na, &lx), *sy = jstr(b, nb, &ly);
        int same = sx && sy && lx == ly && memcmp(sx, sy, lx) == 0;
        free(sx);
        free(sy);
        return same;
    }
    case J_ARRAY: {
        int ex = x->first, ey = y->first;
        for (; ex >= 0 && ey >= 0; ex = a->nodes[ex].next, ey = b->nodes[ey].next) {
            if (!jequal(a, ex, b, ey)) return 0;
        }
        return ex < 0 && ey < 0;
    }
    case J_OBJECT: {
        int k;
        for (k = x->first; k >= 0; k = a->nodes[a->nodes[k].next].next) {
            char *key = jstr(a, k, NULL);
            int same = key && jequal(a, a->nodes[k].next, b, jget(b, nb, key));
            free(key);
            if (!same) return 0;
        }
        return 1;
    }
    }
    return 0;
}

static size_t put_utf8(char *out, unsigned cp) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

char *jstr(const jdoc *doc, int node, size_t *len) {
    const char *s;
    size_t i, n, o = 0;
    char *out;
    if (node < 0 || doc->nodes[node].type != J_STRING) return NULL;
    s = doc->text + doc->nodes[node].start + 1;
    n = doc->nodes[node].end - doc->nodes[node].start - 2;
    out = malloc(n + 1); /* unescaping never lengthens */
    if (!out) return NULL;
    for (i = 0; i < n; i++) {
        unsigned cp, lo;
        if (s[i] != '\\') {
            out[o++] = s[i];
            continue;
        }
        i++;
        switch (s[i]) {
        case 'b': out[o++] = '\b'; break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'u':
            hex4(s + i + 1, &cp);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < n && s[i + 1] == '\\' && s[i + 2] == 'u' &&
                hex4(s + i + 3, &lo) == 0 && lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                i += 6;
            }
            o += put_utf8(out + o, cp);
            break;
        default: out[o++] = s[i]; break; /* " \ / */
        }
    }
    out[o] = '\0';
    if (len) *len = o;
    return out;
}

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (!f) return NULL;
    for (;;) {
        size_t got;
        if (cap - n < 4096) {
            char *grown = realloc(buf, cap + 65536);
            if (!grown) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = grown;
            cap += 65536;
        }
        got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}
