// Control for `rewind bench gui`'s UI-stall figures (README, Performance): a fixed piece of CPU work
// (about 2 ms, like one paint of the event table) timed over and over, with its thread's CPU time,
// beside threads that copy memory as the store's workers do. On a machine that runs it steadily the
// longest equals the median; anything longer comes from the machine, not from the work.
// Usage: scripts/steadiness [SECONDS] [COMPETING_THREADS]
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(clockid_t c)
{
    struct timespec t;
    clock_gettime(c, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
static volatile unsigned sink;
static void work(int n)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < n; ++i) {
        h ^= i;
        h *= 16777619u;
    }
    sink = h;
}
static int cmp(const void* a, const void* b)
{
    double x = *(double*)a, y = *(double*)b;
    return x < y ? -1 : x > y;
}
static volatile int stop;
static void* busy(void* arg)
{
    size_t n = 64u << 20;
    char* a = malloc(n);
    char* b = malloc(n);
    memset(a, 1, n);
    while (!stop)
        memcpy(b, a, n);
    return arg;
}

int main(int argc, char** argv)
{
    double seconds = argc > 1 ? atof(argv[1]) : 60;
    int competitors = argc > 2 ? atoi(argv[2]) : 1;
    if (competitors > 8)
        competitors = 8;
    // Sized to about 2 ms of CPU before anything competes: the quickest of a few tries.
    int n = 1000;
    for (;;) {
        double best = 1e9;
        for (int i = 0; i < 5; ++i) {
            double c0 = now(CLOCK_THREAD_CPUTIME_ID);
            work(n);
            double c = now(CLOCK_THREAD_CPUTIME_ID) - c0;
            if (c < best)
                best = c;
        }
        if (best >= 2)
            break;
        n = best < 0.5 ? n * 2 : (int)(n * 2.05 / best);
    }
    pthread_t t[8];
    for (int i = 0; i < competitors; ++i)
        pthread_create(&t[i], 0, busy, 0);
    size_t cap = 1 << 20, k = 0;
    double* wall = malloc(cap * sizeof(double));
    double worstCpu = 0, worstWall = 0, worstAt = 0;
    double end = now(CLOCK_MONOTONIC) + seconds * 1e3;
    while (now(CLOCK_MONOTONIC) < end && k < cap) {
        double c0 = now(CLOCK_THREAD_CPUTIME_ID), m0 = now(CLOCK_MONOTONIC);
        work(n);
        double m1 = now(CLOCK_MONOTONIC), c1 = now(CLOCK_THREAD_CPUTIME_ID);
        wall[k++] = m1 - m0;
        if (m1 - m0 > worstWall) {
            worstWall = m1 - m0;
            worstCpu = c1 - c0;
            worstAt = m0 / 1e3;
        }
        struct timespec pause = {0, 3000000};
        nanosleep(&pause, 0); // idle between "paints", as the event loop is
    }
    stop = 1;
    for (int i = 0; i < competitors; ++i)
        pthread_join(t[i], 0);
    qsort(wall, k, sizeof(double), cmp);
    printf("fixed work timed %zu times, %d competing thread(s): median %.2f ms, 99th %.2f, 99.9th %.2f, "
           "longest %.2f ms (%.2f ms of it on the CPU, at %.3f s monotonic)\n",
           k, competitors, wall[k / 2], wall[k * 99 / 100], wall[k * 999 / 1000], worstWall, worstCpu,
           worstAt);
    return 0;
}
