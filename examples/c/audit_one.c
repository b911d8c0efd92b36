/* audit_one: judge one disclosure record with libgongkai from C.
 *
 *   audit_one [RECORD.json [TODAY]]
 *
 * Builds the national engine, validates the record (the file's JSON, or a built-in procurement
 * result published after the National Day holiday of 2024) as of TODAY (yyyymmdd, default
 * 20241010), prints the findings and the report, computes a due date across National Day 2024,
 * checks two 统一社会信用代码, and frees everything. Exit status: 0 when the record passes,
 * 1 when it has findings of severity error, 2 when a call fails.
 *
 * Build (see ffi/README.md):
 *   cc -std=c99 audit_one.c $(pkg-config --cflags --libs gongkai) -o audit_one
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gongkai.h"

static const char RECORD[] =
    "{\"id\": \"QY-GP-2024-0815\", \"domain\": \"governmentProcurement\","
    " \"item\": \"procurementResult\","
    " \"title\": \"云江市人民医院医疗设备采购项目中标结果公告\","
    " \"responsibleBody\": {\"name\": \"云江市人民医院\"},"
    " \"formedOn\": \"2024-09-27\", \"publishedOn\": \"2024-10-08\", \"status\": \"published\","
    " \"channels\": [\"ccgp\"],"
    " \"content\": {\"projectName\": \"医疗设备采购\", \"winnerName\": \"广东某医疗器械有限公司\","
    " \"awardAmount\": \"1180000.00元\"},"
    " \"amounts\": {\"budget\": 1200000, \"contract\": 1180000},"
    " \"events\": {\"awardedOn\": \"2024-09-27\"}}";

/* Prints a failed call's status and details, in Chinese and English. */
static int failed(const char *what, gongkai_status status) {
    gongkai_string *detail = NULL;
    fprintf(stderr, "%s: %s / %s\n", what,
            gongkai_status_message((uint32_t)status, GONGKAI_LANG_ZH_CN),
            gongkai_status_message((uint32_t)status, GONGKAI_LANG_EN));
    if (gongkai_last_error_message(GONGKAI_LANG_EN, &detail) == GONGKAI_STATUS_OK) {
        fprintf(stderr, "  %s\n", gongkai_string_ptr(detail));
        gongkai_string_free(detail);
    }
    return 2;
}

/* Prints the string value of each `"key":"` in `json`. A real program reads the report with its
 * JSON library (cJSON, jansson, ...); the report's fields are documented in ffi/README.md. */
static void print_field(const char *at, const char *key) {
    char pattern[32];
    const char *v;
    snprintf(pattern, sizeof pattern, "\"%s\":\"", key);
    v = strstr(at, pattern);
    if (!v) return;
    for (v += strlen(pattern); *v && *v != '"'; v++) {
        if (*v == '\\' && v[1]) v++;
        putchar(*v);
    }
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf;
    long size;
    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return NULL;
    }
    buf = malloc((size_t)size + 1);
    if (buf && fread(buf, 1, (size_t)size, f) != (size_t)size) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) *len = (size_t)size;
    return buf;
}

int main(int argc, char **argv) {
    gongkai_engine *engine = NULL;
    gongkai_string *report = NULL;
    gongkai_status status;
    char *file = NULL;
    const char *record = RECORD;
    size_t record_len = sizeof RECORD - 1;
    uint32_t today = argc > 2 ? (uint32_t)strtoul(argv[2], NULL, 10) : 20241010;
    uint32_t due = 0;
    const char *finding, *json;
    int exit_code;
    const char *codes[] = {"91110000600037341L", "91110000600037341K"};
    size_t i;

    printf("libgongkai %s\n", gongkai_version());
    if (argc > 1) {
        file = read_file(argv[1], &record_len);
        if (!file) {
            fprintf(stderr, "cannot read %s\n", argv[1]);
            return 2;
        }
        record = file;
    }

    /* NULL configuration: the national rule table and the official calendar. */
    status = gongkai_engine_new(NULL, 0, &engine);
    if (status != GONGKAI_STATUS_OK) {
        free(file);
        return failed("gongkai_engine_new", status);
    }

    status = gongkai_engine_validate(engine, record, record_len, today, &report);
    free(file);
    if (status != GONGKAI_STATUS_OK) {
        gongkai_engine_free(engine);
        return failed("gongkai_engine_validate", status);
    }
    json = gongkai_string_ptr(report);
    exit_code = strstr(json, "\"ok\":true") ? 0 : 1;
    printf("\nfindings as of %u:\n", (unsigned)today);
    for (finding = strstr(json, "{\"code\":\""); finding;
         finding = strstr(finding + 1, "{\"code\":\"")) {
        printf("  ");
        print_field(finding, "code");
        printf("  ");
        print_field(finding, "path");
        printf("\n    ");
        print_field(finding, "message");
        printf("\n");
    }
    printf("\nreport (%lu bytes): %s\n", (unsigned long)gongkai_string_len(report), json);
    gongkai_string_free(report);

    /* 政府采购法实施条例 Art 43: a result is published within 2 working days of the award. Awarded
     * on Monday 30 September 2024, just before the National Day holiday (1-7 October). */
    status = gongkai_engine_due_date(engine, "GP-R43", 6, 20240930, &due);
    if (status != GONGKAI_STATUS_OK) {
        gongkai_engine_free(engine);
        return failed("gongkai_engine_due_date", status);
    }
    printf("\nGP-R43, awarded 20240930: publish by %u\n", (unsigned)due);
    gongkai_engine_free(engine);

    for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        status = gongkai_uscc_check(codes[i], strlen(codes[i]));
        printf("统一社会信用代码 %s: %s\n", codes[i],
               gongkai_status_message((uint32_t)status, GONGKAI_LANG_ZH_CN));
    }
    return exit_code;
}
