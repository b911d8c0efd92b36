/* One engine and one calendar shared by several threads at once, as the header promises. */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <string.h>

#include "harness.h"

#define THREADS 4
#define ROUNDS 25

static const char RECORD[] =
    "{\"id\":\"T\",\"domain\":\"housing\",\"item\":\"housingAllocationResult\",\"title\":\"x\","
    "\"responsibleBody\":{\"name\":\"x\"},\"formedOn\":\"2024-09-27\",\"status\":\"pending\","
    "\"channels\":[\"governmentWebsite\"],\"content\":{\"allotteeList\":\"x\"}}";

typedef struct {
    const gongkai_engine *engine;
    const gongkai_calendar *calendar;
    const char *want;
    int failures;
} job;

static void *work(void *arg) {
    job *j = arg;
    int i;
    for (i = 0; i < ROUNDS; i++) {
        gongkai_string *report = NULL;
        uint32_t due = 0;
        if (gongkai_engine_validate(j->engine, RECORD, sizeof RECORD - 1, 20241031, &report) !=
                GONGKAI_STATUS_OK ||
            strcmp(gongkai_string_ptr(report), j->want) != 0) {
            j->failures++;
        }
        gongkai_string_free(report);
        if (gongkai_calendar_add_workdays(j->calendar, 20240927, 3, &due) != GONGKAI_STATUS_OK ||
            due != 20241008) {
            j->failures++;
        }
        /* Each thread has its own last error. */
        if (gongkai_calendar_add_workdays(j->calendar, 0, 3, &due) != GONGKAI_STATUS_INVALID_DATE) {
            j->failures++;
        }
    }
    return NULL;
}

void test_threads(void) {
    gongkai_engine *engine = NULL;
    gongkai_calendar *calendar = NULL;
    gongkai_string *want = NULL;
    pthread_t threads[THREADS];
    job jobs[THREADS];
    int i, started = 0, failures = 0;
    if (!CHECK_STATUS(gongkai_engine_new(NULL, 0, &engine), GONGKAI_STATUS_OK) ||
        !CHECK_STATUS(gongkai_engine_calendar(engine, &calendar), GONGKAI_STATUS_OK) ||
        !CHECK_STATUS(gongkai_engine_validate(engine, RECORD, sizeof RECORD - 1, 20241031, &want),
                      GONGKAI_STATUS_OK)) {
        gongkai_engine_free(engine);
        gongkai_calendar_free(calendar);
        return;
    }
    for (i = 0; i < THREADS; i++) {
        jobs[i].engine = engine;
        jobs[i].calendar = calendar;
        jobs[i].want = gongkai_string_ptr(want);
        jobs[i].failures = 0;
        if (pthread_create(&threads[i], NULL, work, &jobs[i]) == 0) started++;
    }
    CHECK(started == THREADS);
    for (i = 0; i < started; i++) {
        pthread_join(threads[i], NULL);
        failures += jobs[i].failures;
    }
    CHECK(failures == 0);
    gongkai_string_free(want);
    gongkai_calendar_free(calendar);
    gongkai_engine_free(engine);
}
