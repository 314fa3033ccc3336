#include "gui/audit_log_screen.h"

#include "app/account_service.h"
#include "app/audit_service.h"
#include "gui/audit_change_formatter.h"
#include "gui/audit_log_model.h"
#include "gui/display_format.h"
#include "gui/print_support.h"
#include "ui_audit_log_screen.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>

namespace orec::gui {

AuditLogScreen::AuditLogScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::AuditLogScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_model = new AuditLogModel(m_session, this);
    m_ui->auditTableView->setModel(m_model);
    m_ui->auditTableView->verticalHeader()->hide();
    m_ui->auditTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->auditTableView->setColumnWidth(AuditLogModel::TimeColumn, 160);
    m_ui->auditTableView->setColumnWidth(AuditLogModel::UserColumn, 110);
    m_ui->auditTableView->setColumnWidth(AuditLogModel::EntityColumn, 130);
    m_ui->auditTableView->setColumnWidth(AuditLogModel::RecordColumn, 280);
    m_ui->changesTableWidget->verticalHeader()->hide();
    m_ui->changesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->changesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({420, 260});

    fillUsers();
    fillEntities();
    connect(m_ui->userComboBox, &QComboBox::currentTextChanged, this, &AuditLogScreen::applyFilter);
    connect(m_ui->entityComboBox, &QComboBox::currentIndexChanged, this, &AuditLogScreen::applyFilter);
    connect(m_ui->fromDateEdit, &DateLineEdit::dateEdited, this, &AuditLogScreen::applyFilter);
    connect(m_ui->toDateEdit, &DateLineEdit::dateEdited, this, &AuditLogScreen::applyFilter);
    connect(m_ui->recordOnlyCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            const QModelIndex current = m_ui->auditTableView->currentIndex();
            if (!current.isValid()) {
                m_ui->recordOnlyCheckBox->setChecked(false);
                return;
            }
            m_recordEntity = m_model->entry(current.row()).entity;
            m_recordId = m_model->entry(current.row()).entityId;
        } else {
            m_recordEntity.clear();
            m_recordId.clear();
        }
        applyFilter();
    });
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &AuditLogScreen::clearFilters);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditLogScreen::verifyChain);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString written =
            PrintSupport::exportView(this, m_session, m_ui->auditTableView, tr("audit-log", "file name"));
        if (!written.isEmpty())
            Q_EMIT statusMessage(tr("The list was written to %1.").arg(written));
    });
    connect(m_ui->showUnchangedCheckBox, &QCheckBox::toggled, this, &AuditLogScreen::showDetails);
    connect(m_ui->auditTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogScreen::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogScreen::showDetails);
    // Enter on a row moves to its before/after values.
    connect(m_ui->auditTableView, &QTableView::activated, this,
            [this] { m_ui->changesTableWidget->setFocus(); });

    retranslate();
    applyFilter();
    verifyChain();
}

AuditLogScreen::~AuditLogScreen() = default;

void AuditLogScreen::reload()
{
    fillUsers();
    applyFilter();
    verifyChain();
}

bool AuditLogScreen::focusSearch()
{
    m_ui->userComboBox->setFocus();
    m_ui->userComboBox->lineEdit()->selectAll();
    return true;
}

void AuditLogScreen::showRecord(const QString& entity, const QString& entityId)
{
    m_recordEntity = entity;
    m_recordId = entityId;
    const QSignalBlocker blocker(m_ui->recordOnlyCheckBox);
    m_ui->recordOnlyCheckBox->setChecked(!entityId.isEmpty());
    applyFilter();
}

void AuditLogScreen::fillUsers()
{
    const QString current = m_ui->userComboBox->currentText();
    const QSignalBlocker blocker(m_ui->userComboBox);
    m_ui->userComboBox->clear();
    m_ui->userComboBox->addItem(QString());
    if (auto users = app::AccountService(m_session).users()) {
        for (const UserRecord& user : *users)
            m_ui->userComboBox->addItem(user.name);
    }
    m_ui->userComboBox->setCurrentText(current);
}

void AuditLogScreen::fillEntities()
{
    const QString current = m_ui->entityComboBox->currentData().toString();
    const QSignalBlocker blocker(m_ui->entityComboBox);
    m_ui->entityComboBox->clear();
    m_ui->entityComboBox->addItem(tr("All"), QString());
    for (const QString& code : AuditChangeFormatter::knownEntities())
        m_ui->entityComboBox->addItem(AuditChangeFormatter::entityName(code), code);
    m_ui->entityComboBox->setCurrentIndex(std::max(0, m_ui->entityComboBox->findData(current)));
}

void AuditLogScreen::applyFilter()
{
    AuditFilter filter;
    filter.user = m_ui->userComboBox->currentText().trimmed();
    filter.entity = m_ui->entityComboBox->currentData().toString();
    if (!m_recordId.isEmpty()) {
        filter.entity = m_recordEntity;
        filter.entityId = m_recordId;
    }
    // The dates are the clerk's local days, both included.
    if (const QDate from = m_ui->fromDateEdit->date(); from.isValid())
        filter.from = QDateTime(from, QTime(0, 0)).toUTC();
    if (const QDate to = m_ui->toDateEdit->date(); to.isValid())
        filter.to = QDateTime(to.addDays(1), QTime(0, 0)).toUTC();
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    if (m_model->rowCount() > 0)
        m_ui->auditTableView->selectRow(0);
}

void AuditLogScreen::clearFilters()
{
    {
        const QSignalBlocker a(m_ui->userComboBox), b(m_ui->entityComboBox), c(m_ui->recordOnlyCheckBox);
        m_ui->userComboBox->setCurrentText(QString());
        m_ui->entityComboBox->setCurrentIndex(0);
        m_ui->fromDateEdit->clear();
        m_ui->toDateEdit->clear();
        m_ui->recordOnlyCheckBox->setChecked(false);
    }
    m_recordEntity.clear();
    m_recordId.clear();
    applyFilter();
}

void AuditLogScreen::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = app::AuditService(m_session).verifyChain();
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_chainVerified = false;
        m_chainText =
            tr("The audit log could not be checked: %1").arg(result.error().toString().toHtmlEscaped());
        m_ui->chainStatusLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    } else if (result->intact) {
        m_chainVerified = true;
        m_chainText = tr("✔ The audit log is intact: all %n row(s) verify, none was removed or altered.",
                         nullptr, static_cast<int>(result->rowsChecked));
        m_ui->chainStatusLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    } else {
        m_chainVerified = false;
        m_chainText = tr("✘ The audit log was tampered with: %1").arg(result->problem.toHtmlEscaped());
        m_ui->chainStatusLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    m_ui->chainStatusLabel->setText(m_chainText);
}

void AuditLogScreen::showDetails()
{
    QTableWidget* table = m_ui->changesTableWidget;
    table->setRowCount(0);
    const QModelIndex current = m_ui->auditTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_ui->detailsLabel->setText(m_model->rowCount() == 0 ? tr("No entries match the filter.")
                                                             : tr("Choose an entry to see what changed."));
        return;
    }
    const AuditEntry& entry = m_model->entry(current.row());
    m_ui->detailsLabel->setText(
        tr("%1 “%2”: %3 by %4 at %5")
            .arg(AuditChangeFormatter::entityName(entry.entity), AuditChangeFormatter::recordLabel(entry),
                 AuditChangeFormatter::actionName(entry.action), entry.user, formatDateTime(entry.at)));
    const bool showAll = m_ui->showUnchangedCheckBox->isChecked();
    QFont bold = table->font();
    bold.setBold(true);
    for (const FieldChange& change : AuditChangeFormatter::changes(entry)) {
        if (!change.changed && !showAll)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        auto* label = new QTableWidgetItem(change.label);
        auto* before = new QTableWidgetItem(change.before);
        auto* after = new QTableWidgetItem(change.after);
        if (change.changed) {
            label->setFont(bold);
            before->setForeground(QColor(0xb7, 0x1c, 0x1c));
            after->setForeground(QColor(0x1b, 0x5e, 0x20));
        }
        table->setItem(row, 0, label);
        table->setItem(row, 1, before);
        table->setItem(row, 2, after);
    }
    table->resizeRowsToContents();
}

void AuditLogScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    Screen::changeEvent(event);
}

void AuditLogScreen::retranslate()
{
    m_ui->userComboBox->lineEdit()->setPlaceholderText(tr("All users"));
    fillEntities();
    m_model->retranslate();
    if (!m_chainText.isEmpty())
        verifyChain();
    showDetails();
}

} // namespace orec::gui
