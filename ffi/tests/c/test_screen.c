/* Screening against a configured blacklist, work plans and a notice's obligations through the C
 * API: the same JSON the Rust API gives, outputs written only on success, NULLs refused. */
#include <string.h>

#include "harness.h"

#define TEXT(s) (s), (sizeof(s) - 1)

static const char CONFIG[] =
    "{\"blacklist\": [{\"id\": \"YJ-BL-V1\", \"subject\": {\"kind\": \"organization\", "
    "\"name\": \"广东某医疗器械有限公司\", \"creditCode\": \"91440101MA5C1234XQ\"}, "
    "\"conduct\": {\"category\": \"falseMaterials\"}, \"facts\": \"提供虚假的产品检测报告\", "
    "\"decision\": {\"authority\": \"广东省财政厅\", \"number\": \"粤财采罚〔2024〕15号\", "
    "\"date\": \"2024-06-14\"}, \"legalBasis\": {\"provision\": \"procurementLaw77\"}, "
    "\"bars\": \"governmentProcurement\", \"ban\": {\"months\": 12}, \"listedOn\": \"2024-06-18\"}]}";

static const char BY_CODE[] =
    "{\"name\": \"某公司\", \"creditCode\": \"91440101MA5C1234XQ\", \"domain\": \"governmentProcurement\"}";

static void test_screening(void) {
    gongkai_engine *engine = NULL;
    gongkai_string *result = NULL, *untouched = (gongkai_string *)&result;
    if (!CHECK_STATUS(gongkai_engine_new(TEXT(CONFIG), &engine), GONGKAI_STATUS_OK)) return;

    /* Barred on 2024-09-27 (ban from the 2024-06-14 decision, 12 months), by credit code. */
    if (CHECK_STATUS(gongkai_engine_screen(engine, TEXT(BY_CODE), 20240927, &result), GONGKAI_STATUS_OK)) {
        const char *json = gongkai_string_ptr(result);
        CHECK(strstr(json, "\"barred\":true") != NULL);
        CHECK(strstr(json, "YJ-BL-V1") != NULL);
    }
    gongkai_string_free(result);
    result = NULL;
    /* After the ban ends: no longer barred. */
    if (CHECK_STATUS(gongkai_engine_screen_lang(engine, TEXT(BY_CODE), 20250701, GONGKAI_LANG_EN, &result),
                     GONGKAI_STATUS_OK)) {
        CHECK(strstr(gongkai_string_ptr(result), "\"barred\":false") != NULL);
    }
    gongkai_string_free(result);

    /* Errors leave the output alone. */
    result = untouched;
    CHECK_STATUS(gongkai_engine_screen(NULL, TEXT(BY_CODE), 20240927, &result), GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_screen(engine, NULL, 5, 20240927, &result), GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_screen(engine, TEXT(BY_CODE), 20240927, NULL), GONGKAI_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(gongkai_engine_screen(engine, TEXT("{\"name\": "), 20240927, &result), GONGKAI_STATUS_INVALID_JSON);
    /* A name with no letter or digit, and no identifier, names nobody: refused, not "not barred". */
    CHECK_STATUS(gongkai_engine_screen(engine, TEXT("{\"name\": \"\"}"), 20240927, &result), GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_screen(engine, TEXT("{\"name\": \"\u2014\u2014\"}"), 20240927, &result),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_screen(engine, TEXT(BY_CODE), 0, &result), GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(gongkai_engine_screen_lang(engine, TEXT(BY_CODE), 20240927, 7, &result),
                 GONGKAI_STATUS_INVALID_ARGUMENT);
    CHECK(result == untouched);
    gongkai_engine_free(engine);

    /* A ban longer than 政府采购法 Art 77 allows (3 years) is refused when the engine is built. */
    {
        char bad[sizeof CONFIG + 8];
        const char *months = strstr(CONFIG, "{\"months\": 12}");
        gongkai_engine *never = NULL;
        size_t head = (size_t)(months - CONFIG);
        memcpy(bad, CONFIG, head);
        strcpy(bad + head, "{\"months\": 48}");
        strcat(bad, months + strlen("{\"months\": 12}"));
        CHECK_STATUS(gongkai_engine_new(bad, strlen(bad), &never), GONGKAI_STATUS_BLACKLIST_BAN_OUT_OF_RANGE);
        CHECK(never == NULL);
        CHECK(strcmp(gongkai_last_error_code(), "blacklist.ban_out_of_range") == 0);
    }
}

static void test_assessment(void) {
    gongkai_engine *engine = NULL;
    gongkai_string *result = NULL;
    if (!CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK)) return;
    if (CHECK_STATUS(gongkai_engine_validate_work_plan(
                         engine, TEXT("{\"unit\": \"云江市财政局\", \"domains\": [\"governmentProcurement\"]}"),
                         GONGKAI_LANG_ZH_CN, &result),
                     GONGKAI_STATUS_OK)) {
        const char *json = gongkai_string_ptr(result);
        CHECK(strstr(json, "\"ok\":false") != NULL);
        CHECK(strstr(json, "plan.class_missing") != NULL);
    }
    gongkai_string_free(result);
    result = NULL;
    if (CHECK_STATUS(gongkai_engine_obligations(
                         engine, TEXT("{\"noticeIssued\": \"2018-06-12\", \"asOf\": \"2018-09-01\"}"), &result),
                     GONGKAI_STATUS_OK)) {
        /* Five bureaus, each with its work plan overdue (due 2018-08-13). */
        const char *json = gongkai_string_ptr(result);
        CHECK(strstr(json, "\"due\":\"2018-08-13\"") != NULL);
        CHECK(strstr(json, "\"status\":\"overdue\"") != NULL);
    }
    gongkai_string_free(result);
    result = NULL;
    CHECK_STATUS(gongkai_engine_obligations(engine, TEXT("{\"noticeIssued\": \"2030-01-01\", \"asOf\": \"2030-06-01\"}"),
                                            &result),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_engine_validate_work_plan(engine, TEXT("{\"unit\": 3}"), GONGKAI_LANG_EN, &result),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK(result == NULL);
    gongkai_engine_free(engine);
}

void test_screen(void) {
    test_screening();
    test_assessment();
}
