/* The C API at its edges: NULL arguments everywhere, empty strings, invalid UTF-8, truncated
 * JSON, 0 and impossible dates, a year the calendar does not cover, GB18030 input, ownership
 * patterns, and every status's message. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define TEXT(s) (s), (sizeof(s) - 1)

/* A small procurement result, published after the National Day block of 2024. */
static const char RECORD[] =
    "{\"id\":\"C-1\",\"domain\":\"governmentProcurement\",\"item\":\"procurementResult\","
    "\"title\":\"\xe5\x85\xac\xe5\xbc\x80 result\",\"responsibleBody\":{\"name\":\"Hospital\"},"
    "\"formedOn\":\"2024-09-27\",\"publishedOn\":\"2024-10-08\",\"status\":\"published\","
    "\"channels\":[\"ccgp\"],\"content\":{\"projectName\":\"Equipment\"},"
    "\"events\":{\"awardedOn\":\"2024-09-27\"}}";

/* The same record in GB18030: the title's 公开 is B9AB BFAA. */
static const char RECORD_GBK[] =
    "{\"id\":\"C-1\",\"domain\":\"governmentProcurement\",\"item\":\"procurementResult\","
    "\"title\":\"\xb9\xab\xbf\xaa result\",\"responsibleBody\":{\"name\":\"Hospital\"},"
    "\"formedOn\":\"2024-09-27\",\"publishedOn\":\"2024-10-08\",\"status\":\"published\","
    "\"channels\":[\"ccgp\"],\"content\":{\"projectName\":\"Equipment\"},"
    "\"events\":{\"awardedOn\":\"2024-09-27\"}}";

static const char HOLIDAY_CN_2027[] =
    "  {\"year\": 2027, \"days\": ["
    "{\"name\": \"\xe5\x85\x83\xe6\x97\xa6\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
    "{\"name\": \"\xe6\x98\xa5\xe8\x8a\x82\", \"date\": \"2027-02-08\", \"isOffDay\": true},"
    "{\"name\": \"\xe6\x98\xa5\xe8\x8a\x82\", \"date\": \"2027-02-09\", \"isOffDay\": true},"
    "{\"name\": \"\xe6\x98\xa5\xe8\x8a\x82\", \"date\": \"2027-02-20\", \"isOffDay\": false},"
    "{\"name\": \"\xe6\xb8\x85\xe6\x98\x8e\xe8\x8a\x82\", \"date\": \"2027-04-05\", \"isOffDay\": true},"
    "{\"name\": \"\xe5\x8a\xb3\xe5\x8a\xa8\xe8\x8a\x82\", \"date\": \"2027-05-03\", \"isOffDay\": true},"
    "{\"name\": \"\xe7\xab\xaf\xe5\x8d\x88\xe8\x8a\x82\", \"date\": \"2027-06-09\", \"isOffDay\": true},"
    "{\"name\": \"\xe5\x9b\xbd\xe5\xba\x86\xe8\x8a\x82\", \"date\": \"2027-10-01\", \"isOffDay\": true},"
    "{\"name\": \"\xe5\x9b\xbd\xe5\xba\x86\xe8\x8a\x82\", \"date\": \"2027-10-04\", \"isOffDay\": true}]}";

static const char TEXT_2027[] = "# year 2027 notice unverified synthetic\n"
                                "2027-01-01 holiday New Year's Day\n"
                                "2027-02-08 holiday Spring Festival\n"
                                "2027-02-09 holiday Spring Festival\n"
                                "2027-02-20 workday Spring Festival\n"
                                "2027-04-05 holiday Tomb-sweeping Day\n"
                                "2027-05-03 holiday Labour Day\n"
                                "2027-06-09 holiday Dragon Boat Festival\n"
                                "2027-10-01 holiday National Day\n"
                                "2027-10-04 holiday National Day\n";

static const gongkai_status ALL[] = {
    GONGKAI_STATUS_OK,
    GONGKAI_STATUS_NULL_ARGUMENT,
    GONGKAI_STATUS_PANIC,
    GONGKAI_STATUS_INVALID_UTF8,
    GONGKAI_STATUS_INVALID_ENCODING,
    GONGKAI_STATUS_INVALID_JSON,
    GONGKAI_STATUS_INVALID_DATE,
    GONGKAI_STATUS_INVALID_ARGUMENT,
    GONGKAI_STATUS_UNSUPPORTED_ENCODING,
    GONGKAI_STATUS_UNKNOWN_ERROR,
    GONGKAI_STATUS_YEAR_NOT_COVERED,
    GONGKAI_STATUS_CALENDAR_INVALID_DATE,
    GONGKAI_STATUS_CALENDAR_MISSING_FIELD,
    GONGKAI_STATUS_CALENDAR_INVALID_FIELD,
    GONGKAI_STATUS_CALENDAR_UNKNOWN_FESTIVAL,
    GONGKAI_STATUS_CALENDAR_DUPLICATE_DATE,
    GONGKAI_STATUS_CALENDAR_KIND_CONTRADICTS_WEEKDAY,
    GONGKAI_STATUS_CALENDAR_LOCAL_DAY_CLASH,
    GONGKAI_STATUS_CALENDAR_DATE_OUTSIDE_YEAR,
    GONGKAI_STATUS_CALENDAR_DUPLICATE_YEAR,
    GONGKAI_STATUS_CALENDAR_YEAR_GAP,
    GONGKAI_STATUS_CALENDAR_YEAR_INCOMPLETE,
    GONGKAI_STATUS_CALENDAR_JSON_SYNTAX,
    GONGKAI_STATUS_CALENDAR_DUPLICATE_KEY,
    GONGKAI_STATUS_USCC_WRONG_LENGTH,
    GONGKAI_STATUS_USCC_INVALID_CHARACTER,
    GONGKAI_STATUS_USCC_BAD_REGISTRATION_AUTHORITY,
    GONGKAI_STATUS_USCC_BAD_ENTITY_TYPE,
    GONGKAI_STATUS_USCC_BAD_REGION_CODE,
    GONGKAI_STATUS_USCC_BAD_ORGANIZATION_CODE,
    GONGKAI_STATUS_USCC_BAD_CHECK_CHARACTER,
    GONGKAI_STATUS_ID_NUMBER_WRONG_LENGTH,
    GONGKAI_STATUS_ID_NUMBER_INVALID_CHARACTER,
    GONGKAI_STATUS_ID_NUMBER_BAD_REGION_CODE,
    GONGKAI_STATUS_ID_NUMBER_BAD_BIRTH_DATE,
    GONGKAI_STATUS_ID_NUMBER_BAD_CHECK_CHARACTER,
    GONGKAI_STATUS_ID_NUMBER_BIRTH_DATE_IN_FUTURE,
    GONGKAI_STATUS_RULES_INVALID_TABLE,
    GONGKAI_STATUS_RULES_UNKNOWN_RULE,
    GONGKAI_STATUS_RULES_NOT_A_DEADLINE,
    GONGKAI_STATUS_BLACKLIST_BAN_OUT_OF_RANGE,
    GONGKAI_STATUS_BLACKLIST_BAN_MISSING,
    GONGKAI_STATUS_BLACKLIST_BAN_BEFORE_DECISION,
    GONGKAI_STATUS_BLACKLIST_BARS_OUTSIDE_BASIS,
    GONGKAI_STATUS_BLACKLIST_LISTED_BEFORE_DECISION,
    GONGKAI_STATUS_BLACKLIST_CREDIT_CLASS_NOT_IN_FORCE,
    GONGKAI_STATUS_BLACKLIST_EMPTY_FIELD,
    GONGKAI_STATUS_BLACKLIST_FIELD_TOO_LONG,
    GONGKAI_STATUS_BLACKLIST_INVALID_RANGE,
    GONGKAI_STATUS_BLACKLIST_DUPLICATE_ENTRY,
    GONGKAI_STATUS_BLACKLIST_DUPLICATE_ID,
    GONGKAI_STATUS_BLACKLIST_UNKNOWN_ENTRY,
    GONGKAI_STATUS_BLACKLIST_EVENT_OUT_OF_ORDER,
    GONGKAI_STATUS_BLACKLIST_EVENT_BEFORE_DECISION,
    GONGKAI_STATUS_BLACKLIST_ALREADY_WITHDRAWN,
    GONGKAI_STATUS_BLACKLIST_ALREADY_REPAIRED,
    GONGKAI_STATUS_BLACKLIST_REPAIR_TOO_EARLY,
    GONGKAI_STATUS_BLACKLIST_WITHDRAWN_BEFORE_REVOCATION,
    GONGKAI_STATUS_BLACKLIST_CORRECTION_NOT_APPLICABLE,
    GONGKAI_STATUS_BLACKLIST_IDENTIFIER_MATCH,
    GONGKAI_STATUS_BLACKLIST_ALREADY_MARKED_NOT_SAME,
    GONGKAI_STATUS_BLACKLIST_REGISTRY_FULL,
    GONGKAI_STATUS_CONFIG_BLACKLIST_UNSUPPORTED,
    GONGKAI_STATUS_DECISION_NOT_A_DECISION,
    GONGKAI_STATUS_DECISION_WITHDRAWN,
    GONGKAI_STATUS_DECISION_FACTS_MISSING,
    GONGKAI_STATUS_DECISION_SEVERAL_SANCTIONED,
    GONGKAI_STATUS_DECISION_SUBJECT_AMBIGUOUS,
    GONGKAI_STATUS_DECISION_PROVISION_OUTSIDE_DOMAIN,
    GONGKAI_STATUS_NOTICE_EMPTY,
    GONGKAI_STATUS_NOTICE_TOO_LARGE,
    GONGKAI_STATUS_NOTICE_BINARY,
    GONGKAI_STATUS_NOTICE_NOT_CHINESE,
    GONGKAI_STATUS_NOTICE_UNCLASSIFIED,
    GONGKAI_STATUS_NOTICE_INVALID_OPTIONS,
};

/* A copy of `n` bytes in a buffer of exactly that size, so that ASan and valgrind see any read
 * past the length the library was given. */
static char *exact(const char *bytes, size_t n) {
    char *copy = malloc(n ? n : 1);
    if (copy) memcpy(copy, bytes, n);
    return copy;
}

static gongkai_status validate_copy(const gongkai_engine *engine, const char *record, size_t len,
                                    uint32_t today, gongkai_string **out) {
    char *copy = exact(record, len);
    gongkai_status status = gongkai_engine_validate(engine, copy, len, today, out);
    free(copy);
    return status;
}

static void test_version_and_messages(void) {
    const char *unknown_en = gongkai_status_message(12345, GONGKAI_LANG_EN);
    size_t i, known = 0;
    uint32_t v;
    CHECK(strcmp(gongkai_version(), "0.1.0") == 0);
    CHECK(gongkai_version() == gongkai_version());
    for (i = 0; i < sizeof ALL / sizeof ALL[0]; i++) {
        const char *zh = gongkai_status_message((uint32_t)ALL[i], GONGKAI_LANG_ZH_CN);
        const char *en = gongkai_status_message((uint32_t)ALL[i], GONGKAI_LANG_EN);
        CHECK(zh && en && *zh && *en && strcmp(zh, en) != 0 && strcmp(en, unknown_en) != 0);
        /* An unknown language is zh-CN. */
        CHECK(strcmp(gongkai_status_message((uint32_t)ALL[i], 77), zh) == 0);
    }
    /* Every value with a message of its own is in ALL: the list above is complete. */
    for (v = 0; v < 1000; v++) {
        const char *en = gongkai_status_message(v, GONGKAI_LANG_EN);
        if (!en || !*en) checks_failed++;
        else if (strcmp(en, unknown_en) != 0) known++;
    }
    CHECK(known == sizeof ALL / sizeof ALL[0]);
    CHECK(strstr(gongkai_status_message(GONGKAI_STATUS_OK, GONGKAI_LANG_EN), "success") != NULL);
    CHECK(gongkai_status_message(UINT32_MAX, GONGKAI_LANG_ZH_CN) != NULL);
    /* Every status has a stable code of its own, the core's for the core's errors. */
    for (i = 0; i < sizeof ALL / sizeof ALL[0]; i++) {
        const char *code = gongkai_status_code((uint32_t)ALL[i]);
        size_t k;
        CHECK(code && *code);
        for (k = 0; k < i; k++) CHECK(strcmp(code, gongkai_status_code((uint32_t)ALL[k])) != 0);
    }
    CHECK(strcmp(gongkai_status_code(GONGKAI_STATUS_YEAR_NOT_COVERED), "calendar.year_not_covered") == 0);
    CHECK(strcmp(gongkai_status_code(GONGKAI_STATUS_CONFIG_BLACKLIST_UNSUPPORTED),
                 "config.blacklist_unsupported") == 0);
    CHECK(strcmp(gongkai_status_code(500), "") == 0);
    CHECK(strcmp(gongkai_status_code(UINT32_MAX), "") == 0);
}

static void test_null_arguments(void) {
    gongkai_engine *engine = NULL;
    gongkai_calendar *calendar = NULL, *cal_out = (gongkai_calendar *)&calendar;
    gongkai_string *s = (gongkai_string *)&engine;
    uint32_t u = 7, first = 7, last = 7;
    int32_t i = 7;
    bool b = true;
    const gongkai_status N = GONGKAI_STATUS_NULL_ARGUMENT;

    /* Freeing NULL does nothing; reading a NULL string gives NULL and 0. */
    gongkai_string_free(NULL);
    gongkai_calendar_free(NULL);
    gongkai_engine_free(NULL);
    CHECK(gongkai_string_ptr(NULL) == NULL);
    CHECK(gongkai_string_len(NULL) == 0);

    CHECK_STATUS(gongkai_engine_new(NULL, 0, NULL), N);
    CHECK_STATUS(gongkai_engine_new("{}", 2, NULL), N);
    CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_calendar_official(NULL), N);
    CHECK_STATUS(gongkai_calendar_official(&calendar), GONGKAI_STATUS_OK);

    CHECK_STATUS(gongkai_engine_validate(NULL, TEXT(RECORD), 20241010, &s), N);
    CHECK_STATUS(gongkai_engine_validate(engine, NULL, 0, 20241010, &s), N);
    CHECK_STATUS(gongkai_engine_validate(engine, NULL, 10, 20241010, &s), N);
    CHECK_STATUS(gongkai_engine_validate(engine, TEXT(RECORD), 20241010, NULL), N);
    CHECK_STATUS(gongkai_engine_validate_lang(NULL, TEXT(RECORD), 20241010, 1, &s), N);
    CHECK_STATUS(gongkai_engine_validate_lang(engine, NULL, 0, 20241010, 1, &s), N);
    CHECK_STATUS(gongkai_engine_validate_lang(engine, TEXT(RECORD), 20241010, 1, NULL), N);
    CHECK(s == (gongkai_string *)&engine);
    CHECK_STATUS(gongkai_engine_due_date(NULL, TEXT("GP-R43"), 20240927, &u), N);
    CHECK_STATUS(gongkai_engine_due_date(engine, NULL, 6, 20240927, &u), N);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R43"), 20240927, NULL), N);
    CHECK_STATUS(gongkai_engine_calendar(NULL, &cal_out), N);
    CHECK_STATUS(gongkai_engine_calendar(engine, NULL), N);

    CHECK_STATUS(gongkai_calendar_load(NULL, 0, &cal_out), N);
    CHECK_STATUS(gongkai_calendar_load(TEXT(TEXT_2027), NULL), N);
    CHECK_STATUS(gongkai_calendar_extend(NULL, TEXT(TEXT_2027), &cal_out), N);
    CHECK_STATUS(gongkai_calendar_extend(calendar, NULL, 0, &cal_out), N);
    CHECK_STATUS(gongkai_calendar_extend(calendar, TEXT(TEXT_2027), NULL), N);
    CHECK(cal_out == (gongkai_calendar *)&calendar);
    CHECK_STATUS(gongkai_calendar_years(NULL, &first, &last), N);
    CHECK_STATUS(gongkai_calendar_years(calendar, NULL, &last), N);
    CHECK_STATUS(gongkai_calendar_years(calendar, &first, NULL), N);
    CHECK_STATUS(gongkai_calendar_is_workday(NULL, 20240929, &b), N);
    CHECK_STATUS(gongkai_calendar_is_workday(calendar, 20240929, NULL), N);
    CHECK_STATUS(gongkai_calendar_add_workdays(NULL, 20240927, 2, &u), N);
    CHECK_STATUS(gongkai_calendar_add_workdays(calendar, 20240927, 2, NULL), N);
    CHECK_STATUS(gongkai_calendar_add_workdays_signed(NULL, 20240927, -2, &u), N);
    CHECK_STATUS(gongkai_calendar_add_workdays_signed(calendar, 20240927, -2, NULL), N);
    CHECK_STATUS(gongkai_calendar_workdays_between(NULL, 20240927, 20241008, &i), N);
    CHECK_STATUS(gongkai_calendar_workdays_between(calendar, 20240927, 20241008, NULL), N);
    /* Outputs are written only on success. */
    CHECK(u == 7 && i == 7 && b && first == 7 && last == 7);

    CHECK_STATUS(gongkai_uscc_check(NULL, 0), N);
    CHECK_STATUS(gongkai_uscc_check(NULL, 18), N);
    CHECK_STATUS(gongkai_id_number_check(NULL, 0), N);
    CHECK_STATUS(gongkai_id_number_check_as_of(NULL, 18, 20240101), N);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, NULL), N);

    /* The last error names the argument. */
    CHECK_STATUS(gongkai_calendar_is_workday(calendar, 20240929, NULL), N);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &s), GONGKAI_STATUS_OK);
    CHECK(strcmp(gongkai_string_ptr(s), "argument out is NULL") == 0);
    gongkai_string_free(s);

    gongkai_calendar_free(calendar);
    gongkai_engine_free(engine);
}

static void test_engine_inputs(void) {
    gongkai_engine *engine = NULL, *other = NULL;
    gongkai_string *report = NULL, *sentinel = (gongkai_string *)&engine;
    gongkai_string *msg = NULL;
    uint32_t due = 0;

    /* NULL, empty and blank configurations are the national engine. */
    CHECK_STATUS(gongkai_engine_new(NULL, 999, &engine), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_engine_new("", 0, &other), GONGKAI_STATUS_OK);
    gongkai_engine_free(other);
    other = NULL;
    CHECK_STATUS(gongkai_engine_new(TEXT(" \n\t "), &other), GONGKAI_STATUS_OK);
    gongkai_engine_free(other);
    other = (gongkai_engine *)&engine;
    /* Bad configurations, and the output is left alone. */
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"rules\": "), &other), GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"colour\": 1}"), &other),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"x\": \"\xc3\"}"), &other),
                 GONGKAI_STATUS_INVALID_UTF8);
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"encoding\": \"big5\"}"), &other),
                 GONGKAI_STATUS_UNSUPPORTED_ENCODING);
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"calendarYears\": [\"2027-01-04 workday\"]}"), &other),
                 GONGKAI_STATUS_CALENDAR_KIND_CONTRADICTS_WEEKDAY);
    CHECK(other == (gongkai_engine *)&engine);

    /* Empty, blank, truncated, not-an-object, invalid UTF-8 records. */
    CHECK_STATUS(validate_copy(engine, "", 0, 20241010, &sentinel), GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_engine_validate(engine, "", 0, 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(validate_copy(engine, TEXT("   "), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(validate_copy(engine, RECORD, sizeof RECORD / 2, 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(validate_copy(engine, RECORD, sizeof RECORD - 2, 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(validate_copy(engine, TEXT("[1, 2]"), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(validate_copy(engine, TEXT("{\"id\": \"\xe5\xbc\"}"), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_UTF8);
    CHECK_STATUS(validate_copy(engine, RECORD_GBK, sizeof RECORD_GBK - 1, 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_UTF8);
    /* A NUL inside the length is data, not a terminator: here it is invalid JSON. */
    CHECK_STATUS(validate_copy(engine, RECORD, sizeof RECORD, 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    /* Dates: 0, impossible, far out of range. */
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 0, &sentinel), GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 20240230, &sentinel),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 20241301, &sentinel),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), UINT32_MAX, &sentinel),
                 GONGKAI_STATUS_INVALID_DATE);
    /* Years are 1949 to 2099, as in every date the library reads; the argument is named. */
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 19481231, &sentinel),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 21000101, &sentinel),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK(strcmp(gongkai_last_error_code(), "input.invalid_date") == 0);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "today") != NULL);
    gongkai_string_free(msg);
    CHECK_STATUS(gongkai_engine_validate_lang(engine, TEXT(RECORD), 20241010, 2, &sentinel),
                 GONGKAI_STATUS_INVALID_ARGUMENT);
    CHECK(sentinel == (gongkai_string *)&engine);
    CHECK(strcmp(gongkai_last_error_code(), "input.invalid_argument") == 0);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "argument `lang`") != NULL);
    gongkai_string_free(msg);
    /* A record in a UTF-8 file with a byte-order mark. */
    CHECK_STATUS(validate_copy(engine, TEXT("\xef\xbb\xbf{\"id\": 5}"), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "/id") != NULL);
    gongkai_string_free(msg);

    /* The field is named in the last error, in both languages. */
    CHECK_STATUS(validate_copy(engine, TEXT("{\"id\": 5}"), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "/id") != NULL);
    gongkai_string_free(msg);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_ZH_CN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "JSON") != NULL);
    gongkai_string_free(msg);

    /* A content element given twice is refused at the second, not replaced by it. */
    static const char TWICE[] =
        "{\"id\":\"C-2\",\"domain\":\"governmentProcurement\",\"item\":\"procurementResult\","
        "\"title\":\"t\",\"responsibleBody\":{\"name\":\"Hospital\"},"
        "\"formedOn\":\"2024-09-27\",\"status\":\"draft\","
        "\"content\":{\"projectName\":\"A\",\"projectName\":\"B\"}}";
    CHECK_STATUS(validate_copy(engine, TEXT(TWICE), 20241010, &sentinel),
                 GONGKAI_STATUS_INVALID_JSON);
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    CHECK(strstr(gongkai_string_ptr(msg), "/content/projectName") != NULL);
    CHECK(strstr(gongkai_string_ptr(msg), "duplicate key") != NULL);
    gongkai_string_free(msg);
    CHECK(sentinel == (gongkai_string *)&engine);

    /* A good record: a report with one finding, the late publication. */
    if (CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 20241010, &report), GONGKAI_STATUS_OK)) {
        const char *json = gongkai_string_ptr(report);
        CHECK(json[gongkai_string_len(report)] == '\0');
        CHECK(strncmp(json, "{\"recordId\":\"C-1\",\"ok\":false,", 29) == 0);
        CHECK(strstr(json, "\"code\":\"deadline.missed\"") != NULL);
    }
    /* A today in an uncovered year judges the record all the same: the deadline is in 2024. */
    CHECK_STATUS(validate_copy(engine, TEXT(RECORD), 20270301, &msg), GONGKAI_STATUS_OK);
    CHECK(strcmp(gongkai_string_ptr(msg), gongkai_string_ptr(report)) == 0);
    gongkai_string_free(msg);
    gongkai_string_free(report);

    /* Due dates, across the National Day block of 2024. */
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R43"), 20240927, &due),
                 GONGKAI_STATUS_OK);
    CHECK(due == 20240930);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R43"), 20240930, &due),
                 GONGKAI_STATUS_OK);
    CHECK(due == 20241009);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R43"), 0, &due),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R43"), 20270104, &due),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GI-26"), 20261225, &due),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_engine_due_date(engine, "", 0, 20240927, &due),
                 GONGKAI_STATUS_RULES_UNKNOWN_RULE);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-R4"), 20240927, &due),
                 GONGKAI_STATUS_RULES_UNKNOWN_RULE);
    CHECK_STATUS(gongkai_engine_due_date(engine, TEXT("GP-87-39"), 20240927, &due),
                 GONGKAI_STATUS_RULES_NOT_A_DEADLINE);
    CHECK(due == 20241009);
    gongkai_engine_free(engine);
}

static void test_gb18030(void) {
    gongkai_engine *utf8 = NULL, *gbk = NULL;
    gongkai_string *a = NULL, *b = NULL;
    char bad[sizeof RECORD_GBK];
    CHECK_STATUS(gongkai_engine_new(NULL, 0, &utf8), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"encoding\": \"gb18030\"}"), &gbk), GONGKAI_STATUS_OK);
    CHECK_STATUS(validate_copy(utf8, TEXT(RECORD), 20241010, &a), GONGKAI_STATUS_OK);
    CHECK_STATUS(validate_copy(gbk, TEXT(RECORD_GBK), 20241010, &b), GONGKAI_STATUS_OK);
    /* The same report, in UTF-8, whatever the input encoding. */
    CHECK(a && b && strcmp(gongkai_string_ptr(a), gongkai_string_ptr(b)) == 0);
    /* A lead byte followed by a space is not GB18030. */
    memcpy(bad, RECORD_GBK, sizeof bad);
    bad[strstr(bad, "\xb9") - bad + 1] = ' ';
    CHECK_STATUS(validate_copy(gbk, bad, sizeof bad - 1, 20241010, &a),
                 GONGKAI_STATUS_INVALID_ENCODING);
    gongkai_string_free(a);
    gongkai_string_free(b);
    gongkai_engine_free(utf8);
    gongkai_engine_free(gbk);
}

static void test_calendar(void) {
    gongkai_calendar *c = NULL, *c2027 = NULL, *again = NULL, *from_text = NULL;
    bool b = false;
    uint32_t u = 0, first = 0, last = 0;
    int32_t n = 0;
    CHECK_STATUS(gongkai_calendar_official(&c), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_calendar_years(c, &first, &last), GONGKAI_STATUS_OK);
    CHECK(first == 2018 && last == 2026);
    CHECK_STATUS(gongkai_calendar_is_workday(c, 20240929, &b), GONGKAI_STATUS_OK);
    CHECK(b); /* a make-up Sunday */
    CHECK_STATUS(gongkai_calendar_is_workday(c, 20241001, &b), GONGKAI_STATUS_OK);
    CHECK(!b);
    CHECK_STATUS(gongkai_calendar_is_workday(c, 0, &b), GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(gongkai_calendar_is_workday(c, 20240230, &b), GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(gongkai_calendar_is_workday(c, 20270104, &b), GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_calendar_add_workdays(c, 20240927, 2, &u), GONGKAI_STATUS_OK);
    CHECK(u == 20240930);
    CHECK_STATUS(gongkai_calendar_add_workdays(c, 20240927, 3, &u), GONGKAI_STATUS_OK);
    CHECK(u == 20241008);
    CHECK_STATUS(gongkai_calendar_add_workdays(c, 20240927, 0, &u), GONGKAI_STATUS_OK);
    CHECK(u == 20240927);
    CHECK_STATUS(gongkai_calendar_add_workdays(c, 20261231, 1, &u),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_calendar_add_workdays(c, 20240927, UINT32_MAX, &u),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_calendar_add_workdays_signed(c, 20241008, -1, &u), GONGKAI_STATUS_OK);
    CHECK(u == 20240930);
    CHECK_STATUS(gongkai_calendar_add_workdays_signed(c, 20180102, INT32_MIN, &u),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK_STATUS(gongkai_calendar_workdays_between(c, 20240927, 20241008, &n), GONGKAI_STATUS_OK);
    CHECK(n == 3);
    CHECK_STATUS(gongkai_calendar_workdays_between(c, 20241008, 20240927, &n), GONGKAI_STATUS_OK);
    CHECK(n == -3);
    CHECK_STATUS(gongkai_calendar_workdays_between(c, 20240927, 20270104, &n),
                 GONGKAI_STATUS_YEAR_NOT_COVERED);
    CHECK(n == -3);

    /* Loading 2027: holiday-cn JSON (detected by its '{'), then the text format. */
    if (CHECK_STATUS(gongkai_calendar_load(TEXT(HOLIDAY_CN_2027), &c2027), GONGKAI_STATUS_OK)) {
        CHECK_STATUS(gongkai_calendar_years(c2027, &first, &last), GONGKAI_STATUS_OK);
        CHECK(first == 2018 && last == 2027);
        CHECK_STATUS(gongkai_calendar_is_workday(c2027, 20270104, &b), GONGKAI_STATUS_OK);
        CHECK(b);
        CHECK_STATUS(gongkai_calendar_is_workday(c2027, 20270220, &b), GONGKAI_STATUS_OK);
        CHECK(b); /* a make-up Saturday */
        again = (gongkai_calendar *)&c;
        CHECK_STATUS(gongkai_calendar_extend(c2027, TEXT(TEXT_2027), &again),
                     GONGKAI_STATUS_CALENDAR_DUPLICATE_YEAR);
        CHECK(again == (gongkai_calendar *)&c);
    }
    CHECK_STATUS(gongkai_calendar_load(TEXT(TEXT_2027), &from_text), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_calendar_extend(c, TEXT(TEXT_2027), &again), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_calendar_workdays_between(again, 20261231, 20270210, &n),
                 GONGKAI_STATUS_OK);
    CHECK(n == 26);
    /* The base calendar is unchanged. */
    CHECK_STATUS(gongkai_calendar_is_workday(c, 20270104, &b), GONGKAI_STATUS_YEAR_NOT_COVERED);

    /* Bad calendar data. */
    {
        gongkai_calendar *out = (gongkai_calendar *)&c;
        CHECK_STATUS(gongkai_calendar_load("", 0, &out), GONGKAI_STATUS_OK);
        gongkai_calendar_free(out);
        out = (gongkai_calendar *)&c;
        CHECK_STATUS(gongkai_calendar_load(TEXT("{"), &out), GONGKAI_STATUS_CALENDAR_JSON_SYNTAX);
        CHECK_STATUS(gongkai_calendar_load(TEXT(" {\"year\": 2027, \"days\": [}"), &out),
                     GONGKAI_STATUS_CALENDAR_JSON_SYNTAX);
        CHECK(strcmp(gongkai_last_error_code(), "calendar.json_syntax") == 0);
        CHECK_STATUS(gongkai_calendar_load(TEXT("{\"year\": 2027, \"year\": 2028, \"days\": []}"), &out),
                     GONGKAI_STATUS_CALENDAR_DUPLICATE_KEY);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2027-01-04 workday"), &out),
                     GONGKAI_STATUS_CALENDAR_KIND_CONTRADICTS_WEEKDAY);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2027-02-30 holiday Spring Festival"), &out),
                     GONGKAI_STATUS_CALENDAR_INVALID_DATE);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2027-01-01 holiday Christmas"), &out),
                     GONGKAI_STATUS_CALENDAR_UNKNOWN_FESTIVAL);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2029-01-01 holiday New Year's Day"), &out),
                     GONGKAI_STATUS_CALENDAR_YEAR_GAP);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2027-01-01 holiday New Year's Day"), &out),
                     GONGKAI_STATUS_CALENDAR_YEAR_INCOMPLETE);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2024-10-01 local x"), &out),
                     GONGKAI_STATUS_CALENDAR_LOCAL_DAY_CLASH);
        CHECK_STATUS(gongkai_calendar_load(TEXT("2027-01-01 holiday \xff"), &out),
                     GONGKAI_STATUS_INVALID_UTF8);
        CHECK(out == (gongkai_calendar *)&c);
    }
    gongkai_calendar_free(c);
    gongkai_calendar_free(c2027);
    gongkai_calendar_free(from_text);
    gongkai_calendar_free(again);
}

/* Handles and strings used in the orders real programs use them. */
static void test_ownership(void) {
    gongkai_engine *a = NULL, *b = NULL;
    gongkai_calendar *cal = NULL;
    gongkai_string *first = NULL, *second = NULL, *msg = NULL;
    const char *p;
    bool workday = true;
    CHECK_STATUS(gongkai_engine_new(TEXT("{\"localDaysOff\": [{\"date\": \"2025-06-03\", "
                                         "\"name\": \"\xe5\xb8\x82\xe6\xb0\x91\xe8\x8a\x82\"}]}"),
                                    &a),
                 GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_engine_new(NULL, 0, &b), GONGKAI_STATUS_OK);
    /* A string is still good after another is built, and after its engine is gone. */
    CHECK_STATUS(validate_copy(a, TEXT(RECORD), 20241010, &first), GONGKAI_STATUS_OK);
    p = gongkai_string_ptr(first);
    CHECK_STATUS(validate_copy(b, TEXT(RECORD), 20241010, &second), GONGKAI_STATUS_OK);
    CHECK(strcmp(p, gongkai_string_ptr(second)) == 0);
    gongkai_string_free(second);
    second = NULL;
    gongkai_engine_free(b);
    b = NULL;
    CHECK(strncmp(p, "{\"recordId\"", 11) == 0);
    /* The same engine, many times; a calendar copied out of it outlives it. */
    CHECK_STATUS(validate_copy(a, TEXT(RECORD), 20241010, &second), GONGKAI_STATUS_OK);
    CHECK(strcmp(p, gongkai_string_ptr(second)) == 0);
    CHECK_STATUS(gongkai_engine_calendar(a, &cal), GONGKAI_STATUS_OK);
    gongkai_engine_free(a);
    CHECK_STATUS(gongkai_calendar_is_workday(cal, 20250603, &workday), GONGKAI_STATUS_OK);
    CHECK(!workday);
    /* Freeing NULL after real frees. */
    gongkai_string_free(first);
    gongkai_string_free(second);
    gongkai_calendar_free(cal);
    gongkai_string_free(NULL);
    gongkai_engine_free(NULL);
    gongkai_calendar_free(NULL);
    /* Empty last-error strings are real strings too. */
    CHECK_STATUS(gongkai_last_error_message(GONGKAI_LANG_EN, &msg), GONGKAI_STATUS_OK);
    gongkai_string_free(msg);
}

static void test_ids_edges(void) {
    CHECK_STATUS(gongkai_uscc_check("", 0), GONGKAI_STATUS_USCC_WRONG_LENGTH);
    CHECK_STATUS(gongkai_uscc_check(TEXT("91110000600037341L")), GONGKAI_STATUS_OK);
    /* The length is the length: the NUL after 17 characters is not read. */
    CHECK_STATUS(gongkai_uscc_check("91110000600037341L", 17), GONGKAI_STATUS_USCC_WRONG_LENGTH);
    CHECK_STATUS(gongkai_uscc_check(TEXT("9111000060003734\xff\xfe")), GONGKAI_STATUS_INVALID_UTF8);
    CHECK_STATUS(gongkai_id_number_check("", 0), GONGKAI_STATUS_ID_NUMBER_WRONG_LENGTH);
    CHECK_STATUS(gongkai_id_number_check(TEXT("11010519491231002X")), GONGKAI_STATUS_OK);
    CHECK_STATUS(gongkai_id_number_check_as_of(TEXT("110105200002290013"), 19990101),
                 GONGKAI_STATUS_ID_NUMBER_BIRTH_DATE_IN_FUTURE);
    CHECK_STATUS(gongkai_id_number_check_as_of(TEXT("110105200002290013"), 0),
                 GONGKAI_STATUS_INVALID_DATE);
    CHECK_STATUS(gongkai_id_number_check_as_of(TEXT("110105200002290013"), 20240101),
                 GONGKAI_STATUS_OK);
}

void test_api(void) {
    test_version_and_messages();
    test_null_arguments();
    test_engine_inputs();
    test_gb18030();
    test_calendar();
    test_ownership();
    test_ids_edges();
}
