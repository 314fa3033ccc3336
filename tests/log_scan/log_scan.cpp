// orec_log_scan LOG_FOLDER TESTS_SOURCE_FOLDER: after a test run, reads every log file the run wrote
// and fails on any line that holds personal data the tests used: a family name of the generated names
// (as written and as folded for search), a run of eight or more digits (card, citizen and phone numbers),
// a date in a message, or a passphrase the tests type (read from the tests' sources, so a new one is
// covered as soon as it is written). It also fails when the folder holds no line at all: the tests'
// logging would have been broken, and the scan would prove nothing.
#include "app/demo_data.h"
#include "core/text_folding.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextStream>
#include <cstdio>

namespace {

// Passphrase constants and environment values in the tests' sources.
QSet<QString> passphrasesInSources(const QString& testsFolder)
{
    static const QRegularExpression constant(
        QStringLiteral(R"re(k\w*Pass\w*\s*=\s*QStringLiteral\("([^"]+)"\))re"));
    static const QRegularExpression environment(
        QStringLiteral(R"re(PASSPHRASE"\)\s*,\s*QStringLiteral\("([^"]+)"\))re"));
    QSet<QString> found;
    QDirIterator it(testsFolder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression* re : {&constant, &environment}) {
            auto matches = re->globalMatch(text);
            while (matches.hasNext())
                found.insert(matches.next().captured(1));
        }
    }
    return found;
}

QStringList familyNameWords()
{
    QStringList words;
    for (const auto& family : orec::app::demo::familyNames()) {
        const QString name = QString::fromUtf8(family.text);
        words << name;
        // Folded ("nguyen"), as the search index holds it; the short ones ("le", "ho") are English too.
        const QString folded = orec::foldForSearch(name);
        if (folded.size() >= 4)
            words << folded;
    }
    return words;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: orec_log_scan LOG_FOLDER TESTS_SOURCE_FOLDER\n");
        return 2;
    }
    const QString logFolder = QString::fromLocal8Bit(argv[1]);
    const QSet<QString> passphrases = passphrasesInSources(QString::fromLocal8Bit(argv[2]));
    if (passphrases.size() < 5) {
        std::fprintf(stderr,
                     "only %d passphrases found in the tests' sources: the pattern no longer matches\n",
                     static_cast<int>(passphrases.size()));
        return 1;
    }
    QList<QRegularExpression> words;
    for (const QString& word : familyNameWords())
        words << QRegularExpression(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(word) +
                                        QStringLiteral("(?!\\w)"),
                                    QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression longNumber(QStringLiteral("\\d{8,}"));
    static const QRegularExpression date(
        QStringLiteral("\\b(19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\b\\d\\d?/\\d\\d?/\\d{4}\\b"));
    // Each line starts with its own time stamp ("2026-12-07T18:53:33.123Z "): dates are looked for after it.
    static const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z "));

    int files = 0;
    int lines = 0;
    int hits = 0;
    QTextStream err(stderr);
    const auto report = [&](const QString& file, int number, const QString& what, const QString& line) {
        ++hits;
        err << file << ":" << number << ": " << what << ": " << line << "\n";
    };
    QDirIterator it(logFolder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report(path, 0, QStringLiteral("cannot be read"), file.errorString());
            continue;
        }
        ++files;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++number;
            ++lines;
            QString body = line;
            body.remove(stamp);
            for (const QString& passphrase : passphrases) {
                if (line.contains(passphrase))
                    report(path, number, QStringLiteral("a test passphrase"), line);
            }
            for (const QRegularExpression& word : std::as_const(words)) {
                if (word.match(line).hasMatch())
                    report(path, number,
                           QStringLiteral("a family name (") + word.pattern() + QLatin1Char(')'), line);
            }
            if (longNumber.match(line).hasMatch())
                report(path, number, QStringLiteral("a number of eight digits or more"), line);
            if (date.match(body).hasMatch())
                report(path, number, QStringLiteral("a date"), line);
        }
    }
    err.flush();
    std::printf("%d log file(s), %d line(s), %d passphrase(s) and %d name pattern(s) looked for: %d hit(s)\n",
                files, lines, static_cast<int>(passphrases.size()), static_cast<int>(words.size()), hits);
    if (lines == 0) {
        std::fprintf(stderr, "no log line in %s: the tests' logging is broken\n", argv[1]);
        return 1;
    }
    return hits == 0 ? 0 : 1;
}
