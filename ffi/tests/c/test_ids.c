/* tests/vectors/identifiers/ids.json through gongkai_uscc_check and gongkai_id_number_check: an
 * "ok" case must return GONGKAI_STATUS_OK, an "error" case the status of its code. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"

static const struct {
    const char *code;
    gongkai_status status;
} CODES[] = {
    {"uscc.wrong_length", GONGKAI_STATUS_USCC_WRONG_LENGTH},
    {"uscc.invalid_character", GONGKAI_STATUS_USCC_INVALID_CHARACTER},
    {"uscc.bad_registration_authority", GONGKAI_STATUS_USCC_BAD_REGISTRATION_AUTHORITY},
    {"uscc.bad_entity_type", GONGKAI_STATUS_USCC_BAD_ENTITY_TYPE},
    {"uscc.bad_region_code", GONGKAI_STATUS_USCC_BAD_REGION_CODE},
    {"uscc.bad_organization_code", GONGKAI_STATUS_USCC_BAD_ORGANIZATION_CODE},
    {"uscc.bad_check_character", GONGKAI_STATUS_USCC_BAD_CHECK_CHARACTER},
    {"id_number.wrong_length", GONGKAI_STATUS_ID_NUMBER_WRONG_LENGTH},
    {"id_number.invalid_character", GONGKAI_STATUS_ID_NUMBER_INVALID_CHARACTER},
    {"id_number.bad_region_code", GONGKAI_STATUS_ID_NUMBER_BAD_REGION_CODE},
    {"id_number.bad_birth_date", GONGKAI_STATUS_ID_NUMBER_BAD_BIRTH_DATE},
    {"id_number.bad_check_character", GONGKAI_STATUS_ID_NUMBER_BAD_CHECK_CHARACTER},
    {"id_number.birth_date_in_future", GONGKAI_STATUS_ID_NUMBER_BIRTH_DATE_IN_FUTURE},
};

static int status_of(const char *code, gongkai_status *out) {
    size_t i;
    for (i = 0; i < sizeof CODES / sizeof CODES[0]; i++) {
        if (strcmp(CODES[i].code, code) == 0) {
            *out = CODES[i].status;
            return 1;
        }
    }
    return 0;
}

static int run_list(const jdoc *doc, const char *kind,
                    gongkai_status (*check)(const char *, size_t)) {
    int list = jget(doc, 0, kind), i, n = 0;
    if (!CHECK(list >= 0)) return 0;
    for (i = 0; i < doc->nodes[list].count; i++) {
        int item = jat(doc, list, i);
        size_t len;
        char *input = jstr(doc, jget(doc, item, "input"), &len);
        char *error = jstr(doc, jget(doc, item, "error"), NULL);
        gongkai_status want = GONGKAI_STATUS_OK;
        if (CHECK(input != NULL) && (!error || CHECK(status_of(error, &want)))) {
            /* The input is copied to a buffer of its exact length, no NUL after it, so that
             * ASan and valgrind catch any read past `len`. */
            char *exact = malloc(len ? len : 1);
            if (exact) {
                memcpy(exact, input, len);
                if (!CHECK_STATUS(check(exact, len), want)) {
                    fprintf(stderr, "     %s input \"%s\"\n", kind, input);
                }
                free(exact);
                n++;
            }
        }
        free(input);
        free(error);
    }
    return n;
}

void test_ids(const char *root) {
    char path[4096];
    size_t len;
    char *text;
    jdoc doc;
    int n = 0;
    snprintf(path, sizeof path, "%s/tests/vectors/identifiers/ids.json", root);
    text = read_file(path, &len);
    if (!CHECK(text != NULL)) return;
    if (CHECK(jparse(&doc, text, len) == 0)) {
        n += run_list(&doc, "uscc", gongkai_uscc_check);
        n += run_list(&doc, "id_number", gongkai_id_number_check);
    }
    CHECK(n >= 40);
    printf("identifier vectors: %d run through the C API\n", n);
    jfree(&doc);
    free(text);
}
