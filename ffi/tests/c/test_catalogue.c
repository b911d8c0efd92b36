/* The catalogue check, the baseline catalogue and a penalty decision's blacklist entry through the
 * C API, as a legacy system calls them: the golden vectors of tests/vectors/catalogue/ and
 * tests/vectors/decision/ with their texts handed over exactly as the files spell them, each
 * answer compared with the file's "expected" (tests/vectors/catalogue/README.md,
 * tests/vectors/decision/README.md); NULLs, bad text and bad options refused with their statuses
 * and outputs left alone. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"

#define TEXT(s) (s), (sizeof(s) - 1)

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.json names of a directory, sorted; *n gets their number. Free each and the array. */
static char **json_files(const char *dir, int *n) {
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL;
    int cap = 0;
    *n = 0;
    if (!CHECK(d != NULL)) {
        fprintf(stderr, "     cannot open %s\n", dir);
        return NULL;
    }
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        if (*n == cap) {
            char **grown = realloc(names, (size_t)(cap = cap ? cap * 2 : 32) * sizeof *names);
            if (!grown) break;
            names = grown;
        }
        names[*n] = malloc(len + 1);
        if (names[*n]) memcpy(names[(*n)++], e->d_name, len + 1);
    }
    closedir(d);
    if (*n > 1) qsort(names, (size_t)*n, sizeof *names, compare_names);
    return names;
}

static void free_names(char **names, int n) {
    int i;
    for (i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* The bytes of node `i` of `doc`. */
#define SPAN(doc, i) (doc)->text + (doc)->nodes[i].start, (doc)->nodes[i].end - (doc)->nodes[i].start

static void show(const char *what, const jdoc *d, int node) {
    fprintf(stderr, "       %s ", what);
    if (node < 0) {
        fprintf(stderr, "(absent)\n");
        return;
    }
    fprintf(stderr, "%.*s\n", (int)(d->nodes[node].end - d->nodes[node].start),
            d->text + d->nodes[node].start);
}

static int has_text(const jdoc *d, int node) {
    size_t len = 0;
    char *s = jstr(d, node, &len);
    int ok = s && len > 0;
    free(s);
    return ok;
}

/* A check's answer is the vector's: ok, rows, and each finding's code, severity, path and rule
 * in order, with a message and a legal basis. Says nothing when `quiet`. */
static int same_answer(const char *name, const jdoc *vector, const char *json, size_t len,
                       int quiet) {
    static const char *const keys[] = {"code", "severity", "path", "rule"};
    jdoc report;
    int want = jget(vector, 0, "expected"), ok = 1, w, g, i;
    if (jparse(&report, json, len) != 0) {
        jfree(&report);
        if (!quiet) fprintf(stderr, "     %s: the answer is not JSON\n", name);
        return 0;
    }
    if (!jequal(vector, jget(vector, want, "ok"), &report, jget(&report, 0, "ok")) ||
        !jequal(vector, jget(vector, want, "rows"), &report, jget(&report, 0, "rows"))) {
        ok = 0;
    }
    w = jget(vector, want, "findings");
    g = jget(&report, 0, "findings");
    if (w < 0 || g < 0 || vector->nodes[w].count != report.nodes[g].count) {
        ok = 0;
    } else {
        for (w = vector->nodes[w].first, g = report.nodes[g].first; w >= 0 && g >= 0;
             w = vector->nodes[w].next, g = report.nodes[g].next) {
            /* A vector's finding has these four members and no other. */
            if (vector->nodes[w].count != 8) ok = 0;
            for (i = 0; i < 4; i++) {
                if (!jequal(vector, jget(vector, w, keys[i]), &report, jget(&report, g, keys[i])))
                    ok = 0;
            }
            if (!has_text(&report, jget(&report, g, "message")) ||
                !has_text(&report, jget(&report, jget(&report, g, "legalBasis"), "document"))) {
                ok = 0;
            }
        }
    }
    if (!ok && !quiet) {
        fprintf(stderr, "     catalogue vector %s differs\n", name);
        show("want", vector, want);
        show("got ", &report, 0);
    }
    jfree(&report);
    return ok;
}

static void run_catalogue_vector(const gongkai_engine *engine, const char *dir, const char *name) {
    char path[8192];
    size_t len;
    char *text;
    jdoc doc;
    int options, catalogue;
    gongkai_string *zh = NULL, *en = NULL;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    text = read_file(path, &len);
    if (!CHECK(text != NULL)) return;
    if (!CHECK(jparse(&doc, text, len) == 0)) {
        jfree(&doc);
        free(text);
        return;
    }
    options = jget(&doc, 0, "options");
    catalogue = jget(&doc, 0, "catalogue");
    CHECK(options >= 0);
    if (options >= 0 && jget(&doc, 0, "baseline") >= 0) {
        if (CHECK_STATUS(gongkai_engine_baseline_catalogue(engine, SPAN(&doc, options), &zh),
                         GONGKAI_STATUS_OK)) {
            jdoc rows;
            int same = jparse(&rows, gongkai_string_ptr(zh), gongkai_string_len(zh)) == 0 &&
                       jequal(&doc, jget(&doc, 0, "expected"), &rows, 0);
            if (!CHECK(same)) {
                fprintf(stderr, "     baseline vector %s differs\n", name);
                show("got ", &rows, 0);
            }
            jfree(&rows);
        }
    } else if (options >= 0 && CHECK(catalogue >= 0) &&
               CHECK_STATUS(gongkai_engine_check_catalogue(engine, SPAN(&doc, catalogue),
                                                           SPAN(&doc, options),
                                                           GONGKAI_LANG_ZH_CN, &zh),
                            GONGKAI_STATUS_OK) &&
               CHECK_STATUS(gongkai_engine_check_catalogue(engine, SPAN(&doc, catalogue),
                                                           SPAN(&doc, options), GONGKAI_LANG_EN,
                                                           &en),
                            GONGKAI_STATUS_OK)) {
        CHECK(same_answer(name, &doc, gongkai_string_ptr(zh), gongkai_string_len(zh), 0));
        CHECK(same_answer(name, &doc, gongkai_string_ptr(en), gongkai_string_len(en), 0));
    }
    gongkai_string_free(zh);
    gongkai_string_free(en);
    jfree(&doc);
    free(text);
}

/* The comparison sees a changed value: a vector edited in one place no longer matches. */
static void catalogue_comparison_can_fail(const gongkai_engine *engine, const char *dir) {
    static const char *const edits[][2] = {
        {"\"rule\": \"TB-BL-6\"", "\"rule\": \"GI-26\""},
        {"\"severity\": \"warning\"", "\"severity\": \"error\""},
        {"\"path\": \"/6/timeLimit\"", "\"path\": \"/5/timeLimit\""},
        {"\"ok\": true", "\"ok\": false"},
        {"\"招标投标违法处罚信息\",\n    \"items\": [\n     \"biddingViolationRecord\"",
         "\"招标投标违法处罚信息\",\n    \"items\": [\n     \"biddingAward\""},
    };
    char path[8192];
    size_t len, i;
    char *text;
    jdoc doc;
    int options, catalogue;
    gongkai_string *report = NULL;
    snprintf(path, sizeof path, "%s/bidding-violation-record-looser-period.json", dir);
    text = read_file(path, &len);
    if (!CHECK(text != NULL)) return;
    if (CHECK(jparse(&doc, text, len) == 0) && (options = jget(&doc, 0, "options")) >= 0 &&
        (catalogue = jget(&doc, 0, "catalogue")) >= 0 &&
        CHECK_STATUS(gongkai_engine_check_catalogue(engine, SPAN(&doc, catalogue),
                                                    SPAN(&doc, options), GONGKAI_LANG_EN, &report),
                     GONGKAI_STATUS_OK)) {
        CHECK(same_answer("looser", &doc, gongkai_string_ptr(report), gongkai_string_len(report), 0));
        for (i = 0; i < sizeof edits / sizeof edits[0]; i++) {
            const char *at = strstr(text, edits[i][0]);
            size_t head, from = strlen(edits[i][0]), to = strlen(edits[i][1]);
            char *edited;
            jdoc changed;
            if (!CHECK(at != NULL)) {
                fprintf(stderr, "     %s is not in the vector\n", edits[i][0]);
                continue;
            }
            head = (size_t)(at - text);
            edited = malloc(len - from + to + 1);
            if (!CHECK(edited != NULL)) continue;
            memcpy(edited, text, head);
            memcpy(edited + head, edits[i][1], to);
            memcpy(edited + head + to, at + from, len - head - from + 1);
            if (CHECK(jparse(&changed, edited, len - from + to) == 0) &&
                !CHECK(!same_answer("edited", &changed, gongkai_string_ptr(report),
                                    gongkai_string_len(report), 1))) {
                fprintf(stderr, "     the edit %s is not seen\n", edits[i][1]);
            }
            jfree(&changed);
            free(edited);
        }
    }
    gongkai_string_free(report);
    jfree(&doc);
    free(text);
}

/* 1 when the thread's last error message in `lang` contains the text of string node `node`. */
static int last_error_names(uint32_t lang, const jdoc *doc, int node) {
    gongkai_string *message = NULL;
    char *want = jstr(doc, node, NULL);
    int found = 0;
    if (want && gongkai_last_error_message(lang, &message) == GONGKAI_STATUS_OK) {
        found = strstr(gongkai_string_ptr(message), want) != NULL;
        if (!found) fprintf(stderr, "     last error %s lacks %s\n", gongkai_string_ptr(message), want);
    }
    gongkai_string_free(message);
    free(want);
    return found;
}

static void run_decision_vector(const gongkai_engine *engine, const char *dir, const char *name) {
    char path[8192];
    size_t len;
    char *text;
    jdoc doc;
    int record, expected, entry, error;
    gongkai_string *out = NULL;
    gongkai_status status;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    text = read_file(path, &len);
    if (!CHECK(text != NULL)) return;
    if (!CHECK(jparse(&doc, text, len) == 0) || !CHECK((record = jget(&doc, 0, "record")) >= 0)) {
        jfree(&doc);
        free(text);
        return;
    }
    expected = jget(&doc, 0, "expected");
    entry = jget(&doc, expected, "entry");
    error = jget(&doc, expected, "error");
    status = gongkai_engine_entry_from_decision(engine, SPAN(&doc, record), &out);
    if (entry >= 0) {
        if (CHECK_STATUS(status, GONGKAI_STATUS_OK)) {
            jdoc got;
            /* One line of the registry: no newline, and JSON equal to the vector's entry. */
            int same = strchr(gongkai_string_ptr(out), '\n') == NULL &&
                       jparse(&got, gongkai_string_ptr(out), gongkai_string_len(out)) == 0 &&
                       jequal(&doc, entry, &got, 0);
            if (!CHECK(same)) {
                fprintf(stderr, "     decision vector %s: the entry differs\n", name);
                show("got ", &got, 0);
            }
            jfree(&got);
        }
    } else if (CHECK(error >= 0) && CHECK(status != GONGKAI_STATUS_OK) && CHECK(out == NULL)) {
        char *code = jstr(&doc, jget(&doc, error, "code"), NULL);
        int facts = jget(&doc, error, "facts"), f;
        uint32_t lang;
        if (!CHECK(code && strcmp(gongkai_status_code((uint32_t)status), code) == 0 &&
                   strcmp(gongkai_last_error_code(), code) == 0)) {
            fprintf(stderr, "     decision vector %s: status %d (%s), want %s\n", name, (int)status,
                    gongkai_status_code((uint32_t)status), code ? code : "?");
        }
        /* The last error names the fact at fault, and every fact missing, in both languages. */
        for (lang = GONGKAI_LANG_ZH_CN; lang <= GONGKAI_LANG_EN; lang++) {
            CHECK(last_error_names(lang, &doc, jget(&doc, error, "path")));
            for (f = 0; facts >= 0 && f < doc.nodes[facts].count; f++) {
                CHECK(last_error_names(lang, &doc, jat(&doc, facts, f)));
            }
        }
        free(code);
    }
    gongkai_string_free(out);
    jfree(&doc);
    free(text);
}

/* NULLs, bad text and bad options: typed statuses, the output left alone, the argument named. */
static void catalogue_refusals(const gongkai_engine *engine) {
    static const char rows[] = "[{\"level2\": \"审批核准信息\"}]";
    static const char options[] = "{\"domains\": [\"constructionBidding\"]}";
    gongkai_string *untouched = (gongkai_string *)&untouched, *out = untouched;
    gongkai_string *message = NULL;
    CHECK_STATUS(gongkai_engine_check_catalogue(NULL, TEXT(rows), TEXT(options), 0, &out),
                 GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, NULL, 0, TEXT(options), 0, &out),
                 GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT(rows), NULL, 5, 0, &out),
                 GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT(rows), TEXT(options), 0, NULL),
                 GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT(rows), TEXT(options), 9, &out),
                 GONGKAI_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT("[{\"level2\": \"\xff\"}]"),
                                                TEXT(options), 0, &out),
                 GONGKAI_STATUS_INVALID_UTF8);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT("[{\"level2\": "), TEXT(options), 0, &out),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT(rows),
                                                TEXT("{\"domains\": [\"procurement\"]}"), 0, &out),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK(strcmp(gongkai_last_error_code(), "input.invalid_json") == 0);
    if (CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &message), GONGKAI_STATUS_OK)) {
        /* The argument and the pointer within it. */
        CHECK(strstr(gongkai_string_ptr(message), "options_json: invalid JSON at /domains/0") != NULL);
    }
    gongkai_string_free(message);
    CHECK_STATUS(gongkai_engine_check_catalogue(engine, TEXT(rows), TEXT("{\"domains\": []}"), 0, &out),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_baseline_catalogue(engine, TEXT("{\"domains\": [\"housing\"], \"level\": \"district\"}"),
                                                   &out),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_baseline_catalogue(engine, NULL, 0, &out), GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_entry_from_decision(engine, NULL, 0, &out), GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_entry_from_decision(engine, TEXT("{\"id\": "), &out),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK(out == untouched);
}

void test_catalogue(const char *root) {
    char dir[4096];
    char **names;
    int n, i;
    gongkai_engine *engine = NULL;
    if (!CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK)) return;
    catalogue_refusals(engine);

    snprintf(dir, sizeof dir, "%s/tests/vectors/catalogue", root);
    names = json_files(dir, &n);
    CHECK(n >= 12);
    for (i = 0; i < n; i++) run_catalogue_vector(engine, dir, names[i]);
    catalogue_comparison_can_fail(engine, dir);
    printf("catalogue vectors: %d run through the C API, answers compared in full\n", n);
    free_names(names, n);

    snprintf(dir, sizeof dir, "%s/tests/vectors/decision", root);
    names = json_files(dir, &n);
    CHECK(n >= 12);
    for (i = 0; i < n; i++) run_decision_vector(engine, dir, names[i]);
    printf("decision vectors: %d run through the C API, entries and refusals compared\n", n);
    free_names(names, n);
    gongkai_engine_free(engine);
}
