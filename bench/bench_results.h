// The table each benchmark writes of its own run (bench/results/<program>-<members>.md): every figure beside
// its baselines from the same run, the target with met / not met, the data size, the machine's load and the
// date, so that a regression shows in the diff of the committed file.
#pragma once

#include "bench_timing.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QSysInfo>
#include <QThread>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#ifndef OREC_SOURCE_DIR
#define OREC_SOURCE_DIR "."
#endif

namespace orec::bench {

// The three load averages of /proc/loadavg ("1.62 1.37 1.72"), empty where there is none.
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2]) : QString();
}

struct ResultRow
{
    std::string measure;
    Timings layer;                   // through the application
    std::optional<Timings> raw;      // raw SQLCipher calls, same file, same page cache
    std::optional<Timings> plain;    // the raw calls on an unkeyed copy
    std::vector<double> cacheMisses; // page-cache misses per sample of `layer`, when counted
    std::string target;              // "p95 < 50", "" for none
    std::optional<bool> met;         // none when there is no target
    std::string note;                // why the p95 is what it is
};

inline std::string figure(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms >= 1000 ? "%.0f" : ms >= 10 ? "%.1f" : "%.2f", ms);
    return buffer;
}

inline std::string medianP95(const Timings& t)
{
    if (t.ms.size() <= 1)
        return figure(t.median());
    return figure(t.median()) + " / " + figure(t.p95());
}

// Writes the table to bench/results/<name> in the source tree (OREC_BENCH_RESULTS=folder elsewhere), and
// says where on stderr. `context` lines go above the table (data set, options), `notes` below it.
inline void writeResults(const QString& fileName, const QString& title,
                         const std::vector<std::string>& context, const std::vector<ResultRow>& rows,
                         const std::vector<std::string>& notes, const QString& loadBefore)
{
    const QString dir = qEnvironmentVariableIsSet("OREC_BENCH_RESULTS")
                            ? qEnvironmentVariable("OREC_BENCH_RESULTS")
                            : QStringLiteral(OREC_SOURCE_DIR "/bench/results");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + fileName;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "benchmark: cannot write %s\n", qPrintable(path));
        return;
    }
    std::string out = "# " + title.toStdString() + "\n\n";
    out += "Written by the benchmark itself on " +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")).toStdString() +
           "; " + std::to_string(QThread::idealThreadCount()) + " cores (" +
           QSysInfo::prettyProductName().toStdString() + "); load average (1, 5, 15 min) " +
           loadBefore.toStdString() + " at the start, " + loadAverage().toStdString() +
           " at the end. Wall milliseconds, median / p95; CPU = this thread's CPU time (what the work "
           "costs when other jobs share the machine).\n\n";
    for (const std::string& line : context)
        out += line + "\n";
    out += "\n| measure | median / p95 | CPU median / p95 | raw SQLCipher | plain SQLite | page-cache misses "
           "median / max | target | met |\n|---|---|---|---|---|---|---|---|\n";
    for (const ResultRow& r : rows) {
        Timings cpu;
        cpu.ms = r.layer.cpu;
        std::string misses;
        if (!r.cacheMisses.empty())
            misses = std::to_string(static_cast<long long>(Timings::at(r.cacheMisses, 0.5))) + " / " +
                     std::to_string(static_cast<long long>(Timings::at(r.cacheMisses, 1.0)));
        out += "| " + r.measure + " | **" + medianP95(r.layer) + "** | " +
               (cpu.ms.empty() ? "" : medianP95(cpu)) + " | " + (r.raw ? medianP95(*r.raw) : "") + " | " +
               (r.plain ? medianP95(*r.plain) : "") + " | " + misses + " | " + r.target + " | " +
               (r.met ? (*r.met ? "met" : "**not met**") : "") + " |\n";
    }
    bool anyNote = false;
    for (const ResultRow& r : rows) {
        if (r.note.empty())
            continue;
        if (!anyNote)
            out += "\nWhy each p95 is what it is:\n\n";
        anyNote = true;
        out += "- " + r.measure + ": " + r.note + "\n";
    }
    if (!notes.empty())
        out += "\n";
    for (const std::string& line : notes)
        out += line + "\n";
    file.write(out.data(), static_cast<qint64>(out.size()));
    std::fprintf(stderr, "Results written to %s\n", qPrintable(path));
}

} // namespace orec::bench
