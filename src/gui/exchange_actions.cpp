#include "gui/exchange_actions.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "gui/exchange_labels.h"
#include "gui/field_status_dialog.h"
#include "gui/import_package_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/message_box.h"
#include "gui/register_labels.h"
#include "gui/secretaries_dialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>

namespace orec::gui {

ExchangeActions::ExchangeActions(app::Session& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{}

QString ExchangeActions::chooseCell(const QString& title)
{
    PartyUnitFilter filter;
    filter.overseas = true;
    filter.kind = UnitKind::Cell;
    filter.activeOnly = true;
    auto cells = app::RegisterService(m_session).units(filter);
    if (!cells || cells->isEmpty()) {
        MessageBox::warning(m_window, title,
                            cells ? tr("There are no overseas cells in the register.")
                                  : cells.error().toString());
        return {};
    }
    QStringList names;
    for (const PartyUnit& cell : *cells)
        names.append(QStringLiteral("%1 — %2 (%3)")
                         .arg(cell.code, cell.name, RegisterLabels::country(cell.countryCode)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, title, tr("Overseas cell:"), names, 0, false, &ok);
    return ok ? chosen.section(QStringLiteral(" — "), 0, 0) : QString();
}

bool ExchangeActions::maySignAsHome(const QString& title)
{
    auto right = app::ExchangeService(m_session).signingRight();
    if (right && right->holds)
        return true;
    MessageBox::information(m_window, title, right ? right->refusal : right.error().toString());
    return false;
}

void ExchangeActions::exportCellPackage()
{
    if (!maySignAsHome(tr("Export a cell package")))
        return;
    const QString cell = chooseCell(tr("Export a cell package"));
    if (cell.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export a cell package"),
        QDir::home().filePath(
            QStringLiteral("%1-%2.orecpkg").arg(cell, QDate::currentDate().toString(Qt::ISODate))),
        tr("Overseas Records packages (*.orecpkg)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = app::ExchangeService(m_session).exportCellPackage(cell, path);
    QApplication::restoreOverrideCursor();
    if (!exported) {
        MessageBox::warning(m_window, tr("Package not written"), exported.error().toString());
        return;
    }
    QString text =
        tr("Package number %1 for the cell %2 was written to %3.\n%4 member(s), %5 posting(s), %6 report(s).")
            .arg(exported->sequence)
            .arg(cell, QDir::toNativeSeparators(exported->path))
            .arg(exported->members)
            .arg(exported->postings)
            .arg(exported->reports);
    text += QLatin1Char('\n') +
            (exported->firstPackage
                 ? tr("This is the first package: the secretary opens it with the enrolment code "
                      "given to them in person.")
                 : tr("It can be opened only on the secretary's laptop (key %1).")
                       .arg(exported->recipientFingerprint));
    MessageBox::information(m_window, tr("Cell package written"), text);
    Q_EMIT statusMessage(tr("Cell package written to %1.").arg(exported->path));
}

void ExchangeActions::importPackage()
{
    if (!maySignAsHome(tr("Import a package")))
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import a package"), QDir::homePath(),
                                                      tr("Overseas Records packages (*.orecpkg)"));
    if (!path.isEmpty())
        importPackageFile(path);
}

bool ExchangeActions::importPackageFileIfAllowed(const QString& path)
{
    return maySignAsHome(tr("Import a package")) && importPackageFile(path);
}

bool ExchangeActions::importPackageFile(const QString& path)
{
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = app::ExchangeService(m_session).previewImport(path, &problem);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        MessageBox::warning(m_window, tr("Package refused"), plan.error().toString());
        return false;
    }
    ImportPackageDialog dialog(m_session, std::move(*plan), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT registerChanged();
    Q_EMIT statusMessage(tr("Package imported from %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExchangeActions::enrolSecretary()
{
    const QString cell = chooseCell(tr("Enrol a cell secretary"));
    if (cell.isEmpty())
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(
        m_window, tr("Enrol a cell secretary"),
        tr("Name of the secretary (as it will be shown with their key):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto enrolled = app::ExchangeService(m_session).enrolSecretary(cell, label.trimmed());
    if (!enrolled) {
        MessageBox::warning(m_window, tr("Secretary not enrolled"), enrolled.error().toString());
        return;
    }
    MessageBox::information(
        m_window, tr("Enrolment code"),
        tr("Enrolment code for %1 (cell %2):\n\n    %3\n\nGive it to the secretary in person or read it out by "
           "phone; never send it with the package. It is shown only now.")
            .arg(enrolled->label, enrolled->cellCode, enrolled->enrolmentCode));
}

void ExchangeActions::manageSecretaries()
{
    SecretariesDialog dialog(m_session, m_window);
    connect(&dialog, &SecretariesDialog::statusMessage, this, &ExchangeActions::statusMessage);
    dialog.exec();
}

void ExchangeActions::showKeys()
{
    KeysDialog dialog(m_session, m_window);
    dialog.exec();
}

void ExchangeActions::installCellPackage()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Install a package from home"), QDir::homePath(),
                                     tr("Overseas Records packages (*.orecpkg)"));
    if (!path.isEmpty())
        installCellPackageFile(path);
}

bool ExchangeActions::installCellPackageFile(const QString& path)
{
    exchange::PackageProblem problem = exchange::PackageProblem::None;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto installed = app::ExchangeService(m_session).installCellPackage(path, &problem);
    QApplication::restoreOverrideCursor();
    if (!installed) {
        QString text = installed.error().message;
        if (problem != exchange::PackageProblem::None)
            text = ExchangeLabels::problemTitle(problem) + QStringLiteral(".\n") + text + QLatin1Char('\n') +
                   ExchangeLabels::problemAdvice(problem);
        MessageBox::warning(m_window, tr("Package not installed"), text.trimmed());
        return false;
    }
    if (installed->replay) {
        MessageBox::information(
            m_window, tr("Package already installed"),
            tr("Home's package %1 was installed before; nothing changed.").arg(installed->sequence));
        return true;
    }
    QStringList lines;
    lines << tr("Home's package %1 is installed: %n record(s) written or updated", nullptr,
                installed->written)
                     .arg(installed->sequence) +
                 (installed->removed > 0
                      ? tr(", %n that left the cell at home removed", nullptr, installed->removed)
                      : QString()) +
                 QLatin1Char('.');
    if (installed->missingFrom > 0)
        lines << tr("Home's packages %1 to %2 never arrived here; this one holds everything they held.")
                     .arg(installed->missingFrom)
                     .arg(installed->missingTo);
    if (installed->acknowledgedChange > 0)
        lines << tr("Home has applied your changes up to number %1.").arg(installed->acknowledgedChange);
    lines << (installed->pendingChanges > 0
                  ? tr("%n of your change(s) still wait for home; they stay on show here.", nullptr,
                       installed->pendingChanges)
                  : tr("No change of yours waits for home."));
    lines << installed->notes;
    MessageBox::information(m_window, tr("Package installed"), lines.join(QLatin1Char('\n')));
    Q_EMIT registerChanged();
    Q_EMIT statusMessage(tr("Home's package %1 installed.").arg(installed->sequence));
    return true;
}

void ExchangeActions::exportReturnPackage()
{
    if (m_cellCode.isEmpty()) {
        if (auto keys = app::ExchangeService(m_session).keys())
            m_cellCode = keys->cellCode;
    }
    const QString suggested = QDir::home().filePath(
        tr("%1-return-%2.orecpkg", "file name").arg(m_cellCode, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the return package"), suggested,
                                                      tr("Overseas Records packages (*.orecpkg)"));
    if (!path.isEmpty())
        exportReturnPackageTo(path);
}

bool ExchangeActions::exportReturnPackageTo(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = app::ExchangeService(m_session).exportReturnPackage(path);
    QApplication::restoreOverrideCursor();
    if (!exported) {
        MessageBox::warning(m_window, tr("Package not written"), exported.error().toString());
        return false;
    }
    MessageBox::information(
        m_window, tr("Return package written"),
        tr("Return package number %1 was written to %2 with %n change(s) home has not acknowledged yet.",
           nullptr, exported->changes)
                .arg(exported->sequence)
                .arg(QDir::toNativeSeparators(exported->path)) +
            QLatin1Char('\n') +
            tr("Send it to home by any channel: only home can open it, and home will notice any change to it."));
    Q_EMIT statusMessage(tr("Return package written to %1.").arg(QDir::toNativeSeparators(exported->path)));
    return true;
}

void ExchangeActions::showFieldStatus()
{
    FieldStatusDialog dialog(m_session, m_window);
    dialog.exec();
}

} // namespace orec::gui
