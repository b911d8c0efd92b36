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

int main(int argc, char **argv) {
    const char *root = argc > 1 ? argv[1] : ".";
    test_api();
    test_screen();
    test_ids(root);
    test_vectors(root);
    test_catalogue(root);
    test_notice(root);
    test_threads();
    printf("C checks: %d passed, %d failed\n", checks_passed, checks_failed);
    return checks_failed == 0 ? 0 : 1;
}
