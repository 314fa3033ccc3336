#include "gui/problem_list.h"

#include <QStringList>

namespace orec::gui {

QString problemLine(const FieldError& problem)
{
    return QStringLiteral("<span style='color:%1'>%2 %3</span>")
        .arg(problem.isError() ? QStringLiteral("#b71c1c") : QStringLiteral("#e65100"),
             problem.isError() ? QStringLiteral("✘") : QStringLiteral("⚠"), problem.message.toHtmlEscaped());
}

QString problemListHtml(const FieldErrors& problems)
{
    QStringList lines;
    for (const FieldError& problem : problems)
        lines.append(problemLine(problem));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace orec::gui
