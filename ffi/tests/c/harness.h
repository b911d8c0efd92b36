/* The C suite's tiny harness: CHECK counts a check and reports a failure with its place. */
#ifndef GONGKAI_TEST_HARNESS_H
#define GONGKAI_TEST_HARNESS_H

#include <stdio.h>

#include "gongkai.h"

extern int checks_passed, checks_failed;

int check_at(int ok, const char *what, const char *file, int line);

#define CHECK(cond) check_at((cond) ? 1 : 0, #cond, __FILE__, __LINE__)
/* A call's status must be `want`; on a mismatch the library's last error is printed. */
#define CHECK_STATUS(call, want) check_status_at((call), (want), #call, __FILE__, __LINE__)

int check_status_at(gongkai_status got, gongkai_status want, const char *what, const char *file,
                    int line);

/* The suites (each file's entry point); `root` is the repository's root directory. */
void test_api(void);
void test_screen(void);
void test_vectors(const char *root);
void test_catalogue(const char *root);
void test_ids(const char *root);
void test_threads(void);
void test_notice(const char *root);

#endif
