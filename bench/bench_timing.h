// What the benchmarks share for their own timings: this thread's (or process's) CPU time, and series of wall
// and CPU milliseconds with their median and 95th percentile.
#pragma once

#include <algorithm>
#include <ctime>
#include <vector>

namespace orec::bench {

// This thread's CPU time: what the work costs when the machine is shared with other jobs.
inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// The whole process's CPU time (every thread): for work that runs on more than one thread.
inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timings
{
    std::vector<double> ms;  // wall clock
    std::vector<double> cpu; // this thread's CPU time

    // The value at `fraction` of the sorted series (0.5: the median); 0 for none.
    static double at(std::vector<double> v, double fraction)
    {
        if (v.empty())
            return 0;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(static_cast<double>(v.size()) * fraction))];
    }
    double median() const { return at(ms, 0.5); }
    double p95() const { return at(ms, 0.95); }
    double cpuMedian() const { return at(cpu, 0.5); }
    double cpuP95() const { return at(cpu, 0.95); }
};

} // namespace orec::bench
