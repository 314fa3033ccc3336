#include "gui/check_dialog.h"

#include "app/maintenance_service.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace orec::gui {

CheckDialog::CheckDialog(app::Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(tr("Check the register"));
    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows with a long finding rather than clip it

    auto* explain = new QLabel(
        tr("The check verifies that the file is sound, that the audit log is unbroken and signed by users "
           "entitled to each change, and that every record is what its last audit entry says. A change made "
           "behind the program's back is named by its table and row."),
        this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto* mode = new QGroupBox(tr("Kind of check"), this);
    auto* modeLayout = new QVBoxLayout(mode);
    m_quick = new QRadioButton(
        tr("&Quick check: the file's structure, the audit log and every record (every day)"), mode);
    m_quick->setObjectName(QStringLiteral("quickCheck"));
    m_full = new QRadioButton(
        tr("&Full check: also every page's contents and every link between records (takes longer)"), mode);
    m_full->setObjectName(QStringLiteral("fullCheck"));
    m_quick->setChecked(true);
    modeLayout->addWidget(m_quick);
    modeLayout->addWidget(m_full);
    layout->addWidget(mode);

    auto* form = new QFormLayout;
    m_checkpoint = new QLineEdit(this);
    m_checkpoint->setObjectName(QStringLiteral("checkpointEdit"));
    m_checkpoint->setPlaceholderText(tr("optional, e.g. 1234-ABCDE-FGHJK-LMNPQ-RSTUV"));
    m_checkpoint->setToolTip(
        tr("A checkpoint code written down earlier (File → Audit checkpoint…): the check "
           "then also proves that no history since that code was cut back or rewritten."));
    form->addRow(tr("Check&point from the paper records:"), m_checkpoint);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("checkFindings"));
    m_findings->setReadOnly(true);
    m_findings->setMinimumSize(600, 180);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->setPlaceholderText(tr("What the check finds is listed here, by table and row."));
    layout->addWidget(m_findings, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Start the check"), QDialogButtonBox::ActionRole);
    m_start->setObjectName(QStringLiteral("startCheck"));
    m_start->setDefault(true);
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopCheck"));
    m_stop->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("&Close"));
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &CheckDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &CheckDialog::stop);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &CheckDialog::updateProgress);
}

CheckDialog::~CheckDialog()
{
    // Never leave a worker reading a session that may go after this dialog.
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

QString CheckDialog::findings() const
{
    return m_findings->toPlainText();
}

void CheckDialog::start()
{
    if (m_thread)
        return;
    Database::CheckOptions options;
    options.full = m_full->isChecked();
    const QString code = m_checkpoint->text().trimmed();
    if (!code.isEmpty()) {
        options.checkpoint = Checkpoint::parse(code);
        if (!options.checkpoint) {
            m_status->setText(
                tr("“%1” is not a checkpoint code: it looks like 1234-ABCDE-FGHJK-LMNPQ-RSTUV, as "
                   "File → Audit checkpoint… or `orec audit checkpoint` prints it.")
                    .arg(code));
            m_checkpoint->setFocus();
            return;
        }
    }
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    options.progress = [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        return !m_cancel.load();
    };
    auto result = std::make_shared<std::optional<Result<Database::CheckReport>>>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    app::Session& session = m_session;
    m_thread = QThread::create(
        [result, options, &session] { result->emplace(app::MaintenanceService(session).check(options)); });
    connect(m_thread, &QThread::finished, this, [this, result, timer] {
        m_thread->deleteLater();
        m_thread = nullptr;
        setRunning(false);
        if (result->has_value())
            showReport(**result, timer->elapsed());
    });
    setRunning(true);
    m_status->setText(tr("Checking the file's pages…"));
    m_thread->start(QThread::LowPriority);
}

void CheckDialog::stop()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void CheckDialog::done(int result)
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait(); // SQLite and the walk of the log look at the flag many times a second
        delete m_thread;
        m_thread = nullptr;
        setRunning(false);
    }
    QDialog::done(result);
}

void CheckDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_quick->setEnabled(!running);
    m_full->setEnabled(!running);
    m_checkpoint->setEnabled(!running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0);
        m_findings->clear();
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void CheckDialog::updateProgress()
{
    if (m_cancel)
        return;
    const qint64 total = m_total;
    const qint64 done = m_done;
    if (total <= 0) {
        m_progress->setRange(0, 0); // SQLite's own check: no count known
        return;
    }
    // Permille, so that millions of entries fit the bar's int range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    const QLocale locale;
    m_status->setText(tr("Verifying the audit log and the records: %1 of %2…")
                          .arg(locale.toString(done), locale.toString(total)));
}

void CheckDialog::showReport(const Result<Database::CheckReport>& report, qint64 wallMs)
{
    const QLocale locale;
    const QString seconds = locale.toString(static_cast<double>(wallMs) / 1000.0, 'f', 1);
    if (!report) {
        m_lastOk.reset();
        if (report.error().code == ErrorCode::Cancelled) {
            m_status->setText(tr("The check was stopped after %1 s; nothing was concluded.").arg(seconds));
        } else {
            m_status->setText(tr("The check could not run: %1").arg(report.error().toString()));
        }
        Q_EMIT finished(false);
        return;
    }
    const Database::CheckReport& r = *report;
    // The code the check ran with (the field is read-only while it runs).
    const QStringList lines =
        app::MaintenanceService::describe(r, Checkpoint::parse(m_checkpoint->text().trimmed()));
    m_findings->setPlainText(lines.join(QLatin1Char('\n')));
    m_lastOk = r.ok();
    m_status->setStyleSheet(r.ok() ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
    if (r.ok()) {
        m_status->setText(tr("✔ The register is sound (%1 s).").arg(seconds));
    } else {
        m_status->setText(
            tr("✘ The check found problems: nothing can be changed in this register until a backup "
               "that passes the check is restored. Tell your administrator and keep this list "
               "(%1 s).")
                .arg(seconds));
    }
    layout()->activate(); // the status may now take more lines
    Q_EMIT finished(r.ok());
}

} // namespace orec::gui
