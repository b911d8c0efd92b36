/* Every golden vector of tests/vectors/ (*.json) through the C API: the record exactly as the file
 * spells it, the vector's "today", the vector's engine "config" when it has one (a blacklist, local
 * rules), and the (code, path) set compared with "expected". */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "YYYY-MM-DD" as yyyymmdd, or 0. */
static uint32_t parse_date(const char *s) {
    unsigned y, m, d;
    char tail;
    if (!s || sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3) return 0;
    return y * 10000u + m * 100u + d;
}

static void print_set(const char *label, char **set, int n) {
    int i;
    fprintf(stderr, "     %s:", label);
    for (i = 0; i < n; i++) fprintf(stderr, " [%s]", set[i]);
    fprintf(stderr, "\n");
}

static void run_vector(const gongkai_engine *national, const char *path, const char *name) {
    size_t len;
    char *text = read_file(path, &len);
    jdoc doc;
    int record, config, ok = 0;
    const gongkai_engine *engine = national;
    gongkai_engine *configured = NULL;
    uint32_t today;
    char *today_text;
    char **want = NULL, **got = NULL, **got_en = NULL;
    int nwant = 0, ngot = 0, ngot_en = 0;
    gongkai_string *report = NULL, *report_en = NULL;

    if (!CHECK(text != NULL)) return;
    if (!CHECK(jparse(&doc, text, len) == 0)) {
        fprintf(stderr, "     %s is not JSON\n", name);
        jfree(&doc);
        free(text);
        return;
    }
    record = jget(&doc, 0, "record");
    config = jget(&doc, 0, "config");
    if (config >= 0) {
        if (!CHECK_STATUS(gongkai_engine_new(text + doc.nodes[config].start,
                                             doc.nodes[config].end - doc.nodes[config].start,
                                             &configured),
                          GONGKAI_STATUS_OK)) {
            fprintf(stderr, "     vector %s: its config does not load\n", name);
            jfree(&doc);
            free(text);
            return;
        }
        engine = configured;
    }
    today_text = jstr(&doc, jget(&doc, jget(&doc, 0, "context"), "today"), NULL);
    today = parse_date(today_text);
    free(today_text);
    CHECK(record >= 0 && today != 0);
    CHECK(finding_set(text, len, &want, &nwant) == 0);

    if (record >= 0 &&
        CHECK_STATUS(gongkai_engine_validate(engine, text + doc.nodes[record].start,
                                             doc.nodes[record].end - doc.nodes[record].start,
                                             today, &report),
                     GONGKAI_STATUS_OK) &&
        CHECK_STATUS(gongkai_engine_validate_lang(engine, text + doc.nodes[record].start,
                                                  doc.nodes[record].end - doc.nodes[record].start,
                                                  today, GONGKAI_LANG_EN, &report_en),
                     GONGKAI_STATUS_OK)) {
        const char *json = gongkai_string_ptr(report);
        CHECK(strlen(json) == gongkai_string_len(report));
        if (CHECK(finding_set(json, gongkai_string_len(report), &got, &ngot) == 0) &&
            CHECK(finding_set(gongkai_string_ptr(report_en), gongkai_string_len(report_en),
                              &got_en, &ngot_en) == 0)) {
            int i;
            ok = nwant == ngot && ngot == ngot_en;
            for (i = 0; ok && i < ngot; i++) {
                ok = strcmp(want[i], got[i]) == 0 && strcmp(got[i], got_en[i]) == 0;
            }
            if (!CHECK(ok)) {
                fprintf(stderr, "     vector %s\n", name);
                print_set("want", want, nwant);
                print_set("got", got, ngot);
                print_set("got (en)", got_en, ngot_en);
            }
        }
    }
    gongkai_string_free(report);
    gongkai_string_free(report_en);
    gongkai_engine_free(configured);
    free_set(want, nwant);
    free_set(got, ngot);
    free_set(got_en, ngot_en);
    jfree(&doc);
    free(text);
}

void test_vectors(const char *root) {
    char dir[4096], path[8192];
    DIR *d;
    struct dirent *e;
    char **names = NULL;
    int n = 0, cap = 0, i;
    gongkai_engine *engine = NULL;

    snprintf(dir, sizeof dir, "%s/tests/vectors", root);
    d = opendir(dir);
    if (!CHECK(d != NULL)) {
        fprintf(stderr, "     cannot open %s\n", dir);
        return;
    }
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        if (n == cap) {
            char **grown = realloc(names, (size_t)(cap = cap ? cap * 2 : 64) * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        names[n] = malloc(len + 1);
        if (names[n]) memcpy(names[n++], e->d_name, len + 1);
    }
    closedir(d);
    if (n > 1) qsort(names, (size_t)n, sizeof *names, compare_names);
    CHECK(n >= 18);

    if (CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK)) {
        for (i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            run_vector(engine, path, names[i]);
        }
    }
    printf("golden vectors: %d run through the C API\n", n);
    gongkai_engine_free(engine);
    for (i = 0; i < n; i++) free(names[i]);
    free(names);
}
