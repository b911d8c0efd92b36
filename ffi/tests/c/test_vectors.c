/* Every golden vector of tests/vectors/ (*.json, and those of the real-notice corpus in real/)
 * through the C API: the record exactly as the file spells it, the vector's "today", the vector's
 * engine "config" when it has one (a blacklist, local rules, calendar years), and each report's
 * findings compared in order with "expected", field by field, as tests/vectors/README.md
 * describes: code, severity, path and rule; a deadline's explanation without its text; a
 * blacklist hit's entry, match, status, date and ban. The message and the legal basis are
 * language text: they must be there, not equal. Both languages must give the same data. */
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

static const char *const FINDING_KEYS[] = {"code", "severity", "path", "rule", NULL};
static const char *const EXPLANATION_KEYS[] = {
    "direction", "anchor", "anchorDate", "period", "countedEnd",
    "due", "pausedUnits", "target", "targetDate", "units", "firstDayCounted", "onlyWithoutFirstDay",
    "onlyByRestDayRoll", NULL};
static const char *const DAY_KEYS[] = {"date", "kind", "workday", NULL};
static const char *const HIT_KEYS[] = {"entryId", "matchedOn", "status", "asOf", "ban", NULL};

/* A vector, one of its reports, and which finding is being compared. */
typedef struct {
    const char *name, *lang;
    const jdoc *want, *got;
    int index;
    int quiet; /* say nothing: a difference is what the caller expects */
} cmp;

static void show(const jdoc *d, int node) {
    if (node < 0) {
        fprintf(stderr, "(absent)");
        return;
    }
    fprintf(stderr, "%.*s", (int)(d->nodes[node].end - d->nodes[node].start),
            d->text + d->nodes[node].start);
}

/* Reports a difference; returns 0 so that `ok = differs(...)` records it. */
static int differs(const cmp *c, const char *where, const char *key, int w, int g) {
    if (c->quiet) return 0;
    fprintf(stderr, "     vector %s (%s), finding %d, %s%s: want ", c->name, c->lang, c->index,
            where, key);
    show(c->want, w);
    fprintf(stderr, "\n       got ");
    show(c->got, g);
    fprintf(stderr, "\n");
    return 0;
}

/* The members `keys` of `w` (in the vector) and `g` (in the report) are equal, and `w` has no
 * members but these and `others` more compared by the caller. What the report has besides is what
 * a vector leaves out (the language's text). */
static int same_keys(const cmp *c, const char *where, int w, int g, const char *const *keys,
                     int others) {
    int i, present = 0, ok = 1;
    for (i = 0; keys[i]; i++) {
        int a = jget(c->want, w, keys[i]), b = jget(c->got, g, keys[i]);
        /* An optional key (firstDayCounted, onlyWithoutFirstDay, onlyByRestDayRoll) may be absent
         * from both. */
        if (a < 0 && b < 0) continue;
        if (!jequal(c->want, a, c->got, b)) ok = differs(c, where, keys[i], a, b);
        if (a >= 0) present++;
    }
    if (w >= 0 && c->want->nodes[w].count != 2 * (present + others)) {
        ok = differs(c, where, "(members)", w, g);
    }
    return ok;
}

static int has_text(const jdoc *d, int node) {
    size_t len = 0;
    char *s = jstr(d, node, &len);
    int ok = s && len > 0;
    free(s);
    return ok;
}

static int same_explanation(const cmp *c, int w, int g) {
    int ok = same_keys(c, "explanation/", w, g, EXPLANATION_KEYS, 1);
    int wd = jget(c->want, w, "specialDays"), gd = jget(c->got, g, "specialDays"), i;
    if (wd < 0 || gd < 0 || c->want->nodes[wd].type != J_ARRAY ||
        c->want->nodes[wd].count != c->got->nodes[gd].count) {
        return differs(c, "explanation/", "specialDays", wd, gd);
    }
    for (i = 0; i < c->want->nodes[wd].count; i++) {
        if (!same_keys(c, "explanation/specialDays/", jat(c->want, wd, i), jat(c->got, gd, i),
                       DAY_KEYS, 0)) {
            ok = 0;
        }
    }
    /* The text may be empty (nothing moved the end), but it is a string. */
    if (jget(c->got, g, "text") < 0 || c->got->nodes[jget(c->got, g, "text")].type != J_STRING) {
        ok = differs(c, "explanation/", "text", -1, g);
    }
    return ok;
}

static int same_finding(const cmp *c, int w, int g) {
    int wx = jget(c->want, w, "explanation"), gx = jget(c->got, g, "explanation");
    int wh = jget(c->want, w, "blacklistHit"), gh = jget(c->got, g, "blacklistHit");
    int ok = same_keys(c, "", w, g, FINDING_KEYS, (wx >= 0) + (wh >= 0));
    if (!has_text(c->got, jget(c->got, g, "message"))) ok = differs(c, "", "message", -1, g);
    if (!has_text(c->got, jget(c->got, jget(c->got, g, "legalBasis"), "document"))) {
        ok = differs(c, "", "legalBasis", -1, g);
    }
    if ((wx < 0) != (gx < 0)) {
        ok = differs(c, "", "explanation", wx, gx);
    } else if (wx >= 0 && !same_explanation(c, wx, gx)) {
        ok = 0;
    }
    if ((wh < 0) != (gh < 0)) {
        ok = differs(c, "", "blacklistHit", wh, gh);
    } else if (wh >= 0 && !same_keys(c, "blacklistHit/", wh, gh, HIT_KEYS, 0)) {
        ok = 0;
    }
    return ok;
}

/* The report's findings are the vector's expected ones, in order. */
static int same_findings(const char *name, const char *lang, const jdoc *vector, const char *json,
                         size_t len, int quiet) {
    jdoc report;
    int want, got, w, g, ok = 1;
    cmp c;
    if (jparse(&report, json, len) != 0) {
        jfree(&report);
        fprintf(stderr, "     vector %s (%s): the report is not JSON\n", name, lang);
        return 0;
    }
    want = jget(vector, 0, "expected");
    got = jget(&report, 0, "findings");
    c.name = name;
    c.lang = lang;
    c.want = vector;
    c.got = &report;
    c.quiet = quiet;
    if (want < 0 || got < 0 || report.nodes[got].type != J_ARRAY) {
        jfree(&report);
        fprintf(stderr, "     vector %s (%s): no expected or no findings\n", name, lang);
        return 0;
    }
    if (vector->nodes[want].count != report.nodes[got].count) {
        c.index = -1;
        ok = differs(&c, "", "the number of findings", want, got);
    } else {
        for (c.index = 0, w = vector->nodes[want].first, g = report.nodes[got].first;
             w >= 0 && g >= 0; c.index++, w = vector->nodes[w].next, g = report.nodes[g].next) {
            if (!same_finding(&c, w, g)) ok = 0;
        }
    }
    jfree(&report);
    return ok;
}

static void run_vector(const gongkai_engine *national, const char *path, const char *name) {
    size_t len;
    char *text = read_file(path, &len);
    jdoc doc;
    int record, config, related;
    const gongkai_engine *engine = national;
    gongkai_engine *configured = NULL;
    uint32_t today;
    char *today_text;
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
    related = jget(&doc, 0, "related");
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

    if (record >= 0 && related >= 0) {
        /* Linked notices are judged together, as a legacy system holding a project's notices
         * would call it: the record's bytes and the array of its related records' bytes. */
        const char *r = text + doc.nodes[record].start, *rel = text + doc.nodes[related].start;
        size_t rlen = doc.nodes[record].end - doc.nodes[record].start;
        size_t rel_len = doc.nodes[related].end - doc.nodes[related].start;
        if (CHECK_STATUS(gongkai_engine_validate_linked(engine, r, rlen, rel, rel_len, today,
                                                        GONGKAI_LANG_ZH_CN, &report),
                         GONGKAI_STATUS_OK) &&
            CHECK_STATUS(gongkai_engine_validate_linked(engine, r, rlen, rel, rel_len, today,
                                                        GONGKAI_LANG_EN, &report_en),
                         GONGKAI_STATUS_OK)) {
            CHECK(same_findings(name, "zh-CN", &doc, gongkai_string_ptr(report),
                                gongkai_string_len(report), 0));
            CHECK(same_findings(name, "en", &doc, gongkai_string_ptr(report_en),
                                gongkai_string_len(report_en), 0));
        }
    } else if (record >= 0 &&
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
        CHECK(same_findings(name, "zh-CN", &doc, json, gongkai_string_len(report), 0));
        CHECK(same_findings(name, "en", &doc, gongkai_string_ptr(report_en),
                            gongkai_string_len(report_en), 0));
    }
    gongkai_string_free(report);
    gongkai_string_free(report_en);
    gongkai_engine_free(configured);
    jfree(&doc);
    free(text);
}

/* The comparison sees each field: a vector changed in one place no longer matches. */
static void test_comparison_can_fail(const gongkai_engine *engine, const char *dir) {
    static const char *const edits[][2] = {
        {"\"severity\": \"error\"", "\"severity\": \"warning\""},
        {"\"rule\": \"GP-R43\"", "\"rule\": \"GI-26\""},
        {"\"due\": \"2024-09-30\"", "\"due\": \"2024-10-09\""},
        {"\"countedEnd\": \"2024-09-30\"", "\"countedEnd\": \"2024-10-01\""},
        {"\"units\": 1", "\"units\": 2"},
        {"\"kind\": \"makeup_workday\"", "\"kind\": \"statutory_holiday\""},
        {"\"workday\": true", "\"workday\": false"},
    };
    char path[8192];
    size_t len, i;
    char *text;
    jdoc doc;
    gongkai_string *report = NULL;
    int record;
    snprintf(path, sizeof path, "%s/deadline-national-day-2024-late.json", dir);
    text = read_file(path, &len);
    if (!CHECK(text != NULL)) return;
    if (CHECK(jparse(&doc, text, len) == 0) && (record = jget(&doc, 0, "record")) >= 0 &&
        CHECK_STATUS(gongkai_engine_validate(engine, text + doc.nodes[record].start,
                                             doc.nodes[record].end - doc.nodes[record].start,
                                             20241010u, &report),
                     GONGKAI_STATUS_OK)) {
        CHECK(same_findings("national day", "zh-CN", &doc, gongkai_string_ptr(report),
                            gongkai_string_len(report), 0));
        for (i = 0; i < sizeof edits / sizeof edits[0]; i++) {
            const char *at = strstr(text, edits[i][0]);
            size_t head, from = strlen(edits[i][0]), to = strlen(edits[i][1]);
            char *edited;
            jdoc changed;
            if (!CHECK(at != NULL)) continue;
            head = (size_t)(at - text);
            edited = malloc(len - from + to + 1);
            if (!CHECK(edited != NULL)) continue;
            memcpy(edited, text, head);
            memcpy(edited + head, edits[i][1], to);
            memcpy(edited + head + to, at + from, len - head - from + 1);
            if (CHECK(jparse(&changed, edited, len - from + to) == 0)) {
                if (!CHECK(!same_findings(edits[i][1], "zh-CN", &changed,
                                          gongkai_string_ptr(report), gongkai_string_len(report),
                                          1))) {
                    fprintf(stderr, "     the edit %s is not seen\n", edits[i][1]);
                }
            }
            jfree(&changed);
            free(edited);
        }
    }
    gongkai_string_free(report);
    jfree(&doc);
    free(text);
}

/* Adds the *.json names of dir/sub (sub "" for dir itself) to names, each as sub/name. */
static int collect_vectors(const char *dir, const char *sub, char ***names, int *n, int *cap) {
    char path[4096];
    DIR *d;
    struct dirent *e;
    snprintf(path, sizeof path, "%s%s%s", dir, *sub ? "/" : "", sub);
    d = opendir(path);
    if (!CHECK(d != NULL)) {
        fprintf(stderr, "     cannot open %s\n", path);
        return 0;
    }
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name), prefix = *sub ? strlen(sub) + 1 : 0;
        if (len < 6 || strcmp(e->d_name + len - 5, ".json") != 0) continue;
        if (*n == *cap) {
            char **grown = realloc(*names, (size_t)(*cap = *cap ? *cap * 2 : 64) * sizeof **names);
            if (!grown) break;
            *names = grown;
        }
        (*names)[*n] = malloc(prefix + len + 1);
        if ((*names)[*n]) {
            if (prefix) {
                memcpy((*names)[*n], sub, prefix - 1);
                (*names)[*n][prefix - 1] = '/';
            }
            memcpy((*names)[*n] + prefix, e->d_name, len + 1);
            (*n)++;
        }
    }
    closedir(d);
    return 1;
}

void test_vectors(const char *root) {
    char dir[4096], path[8192];
    char **names = NULL;
    int n = 0, cap = 0, i;
    gongkai_engine *engine = NULL;

    snprintf(dir, sizeof dir, "%s/tests/vectors", root);
    /* The *.json files of tests/vectors and of the real-notice corpus, tests/vectors/real. */
    if (!collect_vectors(dir, "", &names, &n, &cap) ||
        !collect_vectors(dir, "real", &names, &n, &cap)) {
        for (i = 0; i < n; i++) free(names[i]);
        free(names);
        return;
    }
    if (n > 1) qsort(names, (size_t)n, sizeof *names, compare_names);
    CHECK(n >= 125);

    if (CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK)) {
        for (i = 0; i < n; i++) {
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            run_vector(engine, path, names[i]);
        }
        test_comparison_can_fail(engine, dir);
    }
    printf("golden vectors: %d run through the C API, findings compared in full\n", n);
    gongkai_engine_free(engine);
    for (i = 0; i < n; i++) free(names[i]);
    free(names);
}
