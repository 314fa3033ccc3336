#include "cli/terminal.h"

#include <QtGlobal>
#include <cstdio>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace orec::cli {

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return isatty(STDIN_FILENO) != 0;
#elif defined(Q_OS_WIN)
    return _isatty(_fileno(stdin)) != 0;
#else
    return false;
#endif
}

QString readHidden(const QString& prompt)
{
#if defined(Q_OS_UNIX)
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    const int fd = fileno(tty);
    termios saved{};
    if (tcgetattr(fd, &saved) != 0) {
        std::fclose(tty);
        return {};
    }
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL;
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    tcsetattr(fd, TCSAFLUSH, &quiet);
    std::string line;
    for (int c = std::fgetc(tty); c != EOF && c != '\n'; c = std::fgetc(tty))
        line.push_back(static_cast<char>(c));
    tcsetattr(fd, TCSAFLUSH, &saved);
    std::fclose(tty);
    QString text = QString::fromLocal8Bit(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return text.isNull() ? QStringLiteral("") : text;
#elif defined(Q_OS_WIN)
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return {};
    SetConsoleMode(in, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::wstring line;
    wchar_t ch = 0;
    DWORD read = 0;
    while (ReadConsoleW(in, &ch, 1, &read, nullptr) && read == 1 && ch != L'\r' && ch != L'\n')
        line.push_back(ch);
    SetConsoleMode(in, mode);
    std::fputs("\n", stderr);
    return QString::fromStdWString(line);
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

} // namespace orec::cli
