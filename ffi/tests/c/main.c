/* The C suite of the gongkai C ABI. Usage: gongkai_c_tests REPO_ROOT
 * Prints each failed check, then "C checks: N passed, N failed"; exits 1 on any failure. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"

int checks_passed = 0, checks_failed = 0;

int check_at(int ok, const char *what, const char *file, int line) {
    if (ok) {
        checks_passed++;
    } else {
        checks_failed++;
        fprintf(stderr, "FAIL %s:%d: %s\n", file, line, what);
    }
    return ok;
}

int check_status_at(gongkai_status got, gongkai_status want, const char *what, const char *file,
                    int line) {
    if (check_at(got == want, what, file, line)) return 1;
    {
        gongkai_string *msg = NULL;
        fprintf(stderr, "     status %d (%s), want %d (%s)\n", (int)got,
                gongkai_status_message((uint32_t)got, GONGKAI_LANG_EN), (int)want,
                gongkai_status_message((uint32_t)want, GONGKAI_LANG_EN));
        if (gongkai_last_error_message(GONGKAI_LANG_EN, &msg) == GONGKAI_STATUS_OK) {
            fprintf(stderr, "     last error: %s\n", gongkai_string_ptr(msg));
            gongkai_string_free(msg);
        }
    }
    return 0;
}

static int compare_lines(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int finding_set(const char *json, size_t len, char ***out, int *count) {
    jdoc doc;
    int findings, i, n = 0, kept = 0;
    char **set;
    if (jparse(&doc, json, len) != 0) {
        jfree(&doc);
        return -1;
    }
    findings = jget(&doc, 0, "findings");
    if (findings < 0) findings = jget(&doc, 0, "expected");
    if (findings < 0 || doc.nodes[findings].type != J_ARRAY) {
        jfree(&doc);
        return -1;
    }
    n = doc.nodes[findings].count;
    set = calloc((size_t)n + 1, sizeof *set);
    for (i = 0; set && i < n; i++) {
        int f = jat(&doc, findings, i);
        char *code = jstr(&doc, jget(&doc, f, "code"), NULL);
        char *path = jstr(&doc, jget(&doc, f, "path"), NULL);
        if (code && path) {
            size_t size = strlen(code) + strlen(path) + 2;
            set[kept] = malloc(size);
            if (set[kept]) {
                sprintf(set[kept], "%s %s", code, path);
                kept++;
            }
        }
        free(code);
        free(path);
    }
    jfree(&doc);
    if (!set || kept != n) {
        free_set(set, kept);
        return -1;
    }
    qsort(set, (size_t)n, sizeof *set, compare_lines);
    /* A set: drop repeats. */
    for (i = 1, kept = n ? 1 : 0; i < n; i++) {
        if (strcmp(set[i], set[kept - 1]) != 0) set[kept++] = set[i];
        else free(set[i]);
    }
    *out = set;
    *count = kept;
    return 0;
}

void free_set(char **set, int count) {
    int i;
    if (!set) return;
    for (i = 0; i < count; i++) free(set[i]);
    free(set);
}

int main(int argc, char **argv) {
    const char *root = argc > 1 ? argv[1] : ".";
    test_api();
    test_ids(root);
    test_vectors(root);
    test_threads();
    printf("C checks: %d passed, %d failed\n", checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}
