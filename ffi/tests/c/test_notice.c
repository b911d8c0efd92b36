/* gongkai_engine_validate_notice as a legacy CMS calls it: read a notice file as the CMS stored
 * it, hand its bytes and the page's options to the library, print each finding with the text its
 * span points at. Then every development notice (tests/notices/dev) through C, its whole answer
 * compared byte for byte with its report file (line 1: the options; line 2: the answer the Rust
 * API gives), and the typed failures (empty, binary, not Chinese, too large, bad options). */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"

static int compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Judges one stored notice; returns the report (the caller frees it) or NULL. */
static gongkai_string *judge(const gongkai_engine *engine, const char *text, size_t len,
                             const char *options, size_t options_len, gongkai_status *status) {
    gongkai_string *report = NULL;
    *status = gongkai_engine_validate_notice(engine, text, len, options, options_len,
                                             GONGKAI_LANG_ZH_CN, &report);
    return *status == GONGKAI_STATUS_OK ? report : NULL;
}

/* What a CMS shows an editor: the notice's type and each finding with the words it is about. */
static void cms_prints_findings(const gongkai_engine *engine, const char *root) {
    char path[1024];
    size_t len = 0;
    char *page;
    const char options[] = "{\"url\": \"https://www.ccgp-yunjiang.gov.cn/a/3.html\", "
                           "\"fetchedOn\": \"2025-07-02\"}";
    gongkai_status status;
    gongkai_string *report;
    jdoc doc = {0};
    int findings, i, node, with_span = 0, mismatch = 0;
    snprintf(path, sizeof path, "%s/tests/notices/dev/003-gp-result-mismatch.txt", root);
    page = read_file(path, &len);
    if (!CHECK(page != NULL)) return;
    report = judge(engine, page, len, options, sizeof options - 1, &status);
    if (!CHECK_STATUS(status, GONGKAI_STATUS_OK) || !CHECK(report != NULL)) {
        free(page);
        return;
    }
    if (!CHECK(jparse(&doc, gongkai_string_ptr(report), gongkai_string_len(report)) == 0)) goto out;
    {
        char *type = jstr(&doc, jget(&doc, jget(&doc, 0, "notice"), "type"), NULL);
        CHECK(type != NULL && strcmp(type, "result") == 0);
        free(type);
    }
    findings = jget(&doc, 0, "findings");
    for (i = 0; (node = jat(&doc, findings, i)) >= 0; i++) {
        char *code = jstr(&doc, jget(&doc, node, "code"), NULL);
        int span = jget(&doc, node, "span");
        if (span >= 0) {
            size_t a = strtoul(doc.text + doc.nodes[jat(&doc, span, 0)].start, NULL, 10);
            size_t b = strtoul(doc.text + doc.nodes[jat(&doc, span, 1)].start, NULL, 10);
            with_span++;
            if (CHECK(a < b && b <= len)) {
                /* Spans are byte offsets into the notice as given (UTF-8). */
                printf("  notice 003: %s at [%zu, %zu): %.*s\n", code ? code : "?", a, b,
                       (int)(b - a), page + a);
                if (code && strcmp(code, "amount.words_mismatch") == 0) mismatch = 1;
            }
        }
        free(code);
    }
    CHECK(with_span >= 1);
    CHECK(mismatch);
out:
    jfree(&doc);
    gongkai_string_free(report);
    free(page);
}

/* Every development notice's whole answer, as its report file has it. */
static void every_report_matches(const gongkai_engine *engine, const char *root) {
    char dir_path[1024];
    DIR *dir;
    struct dirent *e;
    char **names = NULL;
    int n = 0, cap = 0, i, same = 0;
    snprintf(dir_path, sizeof dir_path, "%s/tests/notices/dev", root);
    dir = opendir(dir_path);
    if (!CHECK(dir != NULL)) return;
    while ((e = readdir(dir)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l > 12 && strcmp(e->d_name + l - 12, ".report.json") == 0) {
            if (n == cap) {
                cap = cap ? cap * 2 : 64;
                names = realloc(names, (size_t)cap * sizeof *names);
            }
            names[n++] = strdup(e->d_name);
        }
    }
    closedir(dir);
    qsort(names, (size_t)n, sizeof *names, compare_names);
    CHECK(n >= 100);
    for (i = 0; i < n; i++) {
        char path[1200];
        size_t stored_len = 0, len = 0, stem = strlen(names[i]) - 12;
        char *stored, *page, *answer, *end;
        gongkai_status status;
        gongkai_string *report;
        snprintf(path, sizeof path, "%s/%s", dir_path, names[i]);
        stored = read_file(path, &stored_len);
        snprintf(path, sizeof path, "%s/%.*s.txt", dir_path, (int)stem, names[i]);
        page = read_file(path, &len);
        if (!page) {
            snprintf(path, sizeof path, "%s/%.*s.html", dir_path, (int)stem, names[i]);
            page = read_file(path, &len);
        }
        if (!CHECK(stored != NULL && page != NULL)) {
            free(stored);
            free(page);
            continue;
        }
        answer = strchr(stored, '\n');
        if (CHECK(answer != NULL)) {
            answer++;
            end = strchr(answer, '\n');
            if (end) *end = '\0';
            report = judge(engine, page, len, stored, (size_t)(answer - 1 - stored), &status);
            if (CHECK_STATUS(status, GONGKAI_STATUS_OK) && report) {
                if (strcmp(gongkai_string_ptr(report), answer) == 0) {
                    same++;
                } else {
                    fprintf(stderr, "     notice %s: the answer differs from its report file\n",
                            names[i]);
                    CHECK(0);
                }
                gongkai_string_free(report);
            }
        }
        free(stored);
        free(page);
    }
    printf("  notices: %d of %d answers as their report files\n", same, n);
    for (i = 0; i < n; i++) free(names[i]);
    free(names);
}

/* Each unreadable notice has its status and code; nothing is written. */
static void typed_failures(const gongkai_engine *engine) {
    const char options[] = "{\"fetchedOn\": \"2024-04-01\"}";
    const char text[] = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n云江市财政局\n"
                        "2024年3月18日";
    const char binary[] = "\x01\x02\x03\x04\x05\x06";
    const char english[] = "Notice of award: the contract goes to Acme Ltd.";
    size_t huge_len = 4u * 1024u * 1024u + 1u;
    char *huge = malloc(huge_len);
    gongkai_string *report = NULL;
    CHECK_STATUS(gongkai_engine_validate_notice(engine, text, 0, options, sizeof options - 1, 0,
                                                &report),
                 GONGKAI_STATUS_NOTICE_EMPTY);
    CHECK(strcmp(gongkai_last_error_code(), "notice.empty") == 0);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, binary, sizeof binary - 1, options,
                                                sizeof options - 1, 0, &report),
                 GONGKAI_STATUS_NOTICE_BINARY);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, english, sizeof english - 1, options,
                                                sizeof options - 1, 0, &report),
                 GONGKAI_STATUS_NOTICE_NOT_CHINESE);
    CHECK(strcmp(gongkai_status_code(GONGKAI_STATUS_NOTICE_NOT_CHINESE), "notice.not_chinese") == 0);
    /* No options: no day to judge on. */
    CHECK_STATUS(gongkai_engine_validate_notice(engine, text, sizeof text - 1, NULL, 0, 0, &report),
                 GONGKAI_STATUS_NOTICE_INVALID_OPTIONS);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, text, sizeof text - 1, "{", 1, 0, &report),
                 GONGKAI_STATUS_NOTICE_INVALID_OPTIONS);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, "\xff\xfe", 2, options, sizeof options - 1,
                                                0, &report),
                 GONGKAI_STATUS_INVALID_UTF8);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, NULL, 0, options, sizeof options - 1, 0,
                                                &report),
                 GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_validate_notice(engine, text, sizeof text - 1, options,
                                                sizeof options - 1, 9, &report),
                 GONGKAI_STATUS_INVALID_ARGUMENT);
    if (CHECK(huge != NULL)) {
        memset(huge, ' ', huge_len);
        CHECK_STATUS(gongkai_engine_validate_notice(engine, huge, huge_len, options,
                                                    sizeof options - 1, 0, &report),
                     GONGKAI_STATUS_NOTICE_TOO_LARGE);
    }
    free(huge);
    CHECK(report == NULL);
    /* And one that reads. */
    if (CHECK_STATUS(gongkai_engine_validate_notice(engine, text, sizeof text - 1, options,
                                                    sizeof options - 1, GONGKAI_LANG_EN, &report),
                     GONGKAI_STATUS_OK)) {
        CHECK(strstr(gongkai_string_ptr(report), "\"type\":\"penaltyDecision\"") != NULL);
        gongkai_string_free(report);
    }
}

void test_notice(const char *root) {
    gongkai_engine *engine = NULL;
    if (!CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK)) return;
    cms_prints_findings(engine, root);
    every_report_matches(engine, root);
    typed_failures(engine);
    gongkai_engine_free(engine);
}
