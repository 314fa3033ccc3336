#include "gui/report_form_dialog.h"

#include "app/attachment_service.h"
#include "app/register_service.h"
#include "core/country.h"
#include "core/validation.h"
#include "gui/attachment_viewer_dialog.h"
#include "gui/display_format.h"
#include "gui/dossier_tabs.h"
#include "gui/file_dialogs.h"
#include "gui/message_box.h"
#include "gui/print_support.h"
#include "gui/problem_list.h"
#include "gui/register_labels.h"
#include "gui/window_size.h"
#include "ui_report_form_dialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace orec::gui {

namespace {

QStringList splitPlaces(const QString& text)
{
    QStringList places;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            places.append(part.trimmed());
    }
    return places;
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ReportFormDialog::ReportFormDialog(app::Session& session, qint64 postingId, ReportKind kind, QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::ReportFormDialog>()), m_session(session),
      m_postingId(postingId), m_kind(kind)
{
    m_ui->setupUi(this);
    resizeToFit(this, size()); // the form's size, or less on a small screen
    for (QTableWidget* table : {m_ui->relativesTableWidget, m_ui->contactsTableWidget}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    }
    m_ui->contentStackedWidget->setCurrentWidget(kind == ReportKind::PreDeparture ? m_ui->preDeparturePage
                                                 : kind == ReportKind::Return     ? m_ui->returnPage
                                                                                  : m_ui->generalPage);
    m_ui->receiptForm->setRowVisible(m_ui->confirmedCheckBox, kind == ReportKind::SelfReview);
    connect(m_ui->addRelativeButton, &QPushButton::clicked, this, [this] {
        addRow(m_ui->relativesTableWidget, {QString(), QString(), QString(), QString()});
        setDirty();
    });
    connect(m_ui->removeRelativeButton, &QPushButton::clicked, this, [this] {
        if (m_ui->relativesTableWidget->currentRow() >= 0) {
            m_ui->relativesTableWidget->removeRow(m_ui->relativesTableWidget->currentRow());
            setDirty();
        }
    });
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        addRow(m_ui->contactsTableWidget, {QString(), QString(), QString()});
        setDirty();
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, [this] {
        if (m_ui->contactsTableWidget->currentRow() >= 0) {
            m_ui->contactsTableWidget->removeRow(m_ui->contactsTableWidget->currentRow());
            setDirty();
        }
    });
    for (QTableWidget* table : {m_ui->relativesTableWidget, m_ui->contactsTableWidget})
        connect(table, &QTableWidget::itemChanged, this, [this] {
            setDirty();
            validateForm();
        });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReportFormDialog::reject);
    connect(m_ui->addAttachmentButton, &QPushButton::clicked, this, &ReportFormDialog::chooseAttachments);
    const auto openCurrent = [this] {
        if (QListWidgetItem* item = m_ui->attachmentsListWidget->currentItem())
            openAttachment(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_ui->openAttachmentButton, &QPushButton::clicked, this, openCurrent);
    connect(m_ui->exportAttachmentButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_ui->attachmentsListWidget->currentItem())
            exportAttachment(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->attachmentsListWidget, &QListWidget::itemActivated, this, openCurrent);
    load();
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &ReportFormDialog::validateForm);
    for (QCheckBox* box : findChildren<QCheckBox*>())
        connect(box, &QCheckBox::clicked, this, &ReportFormDialog::validateForm);
    watchForEdits(m_ui->tabWidget);
    validateForm();
    // Filing is what the clerk came for: the date received, then Save.
    m_ui->tabWidget->setCurrentWidget(m_ui->receiptTab);
    m_ui->receivedDateDateEdit->setFocus();
}

ReportFormDialog::~ReportFormDialog() = default;

void ReportFormDialog::addRow(QTableWidget* table, const QStringList& texts)
{
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
}

void ReportFormDialog::load()
{
    app::RegisterService service(m_session);
    m_report = Report{};
    m_report.kind = m_kind;
    m_report.postingId = m_postingId;
    if (auto reports = service.reportsOfPosting(m_postingId)) {
        for (const Report& report : *reports) {
            if (report.kind == m_kind)
                m_report = report;
        }
    }
    QString who;
    QString posting;
    if (auto p = service.posting(m_postingId)) {
        posting = DossierTabs::postingTitle(*p) + QStringLiteral(", ") +
                  DossierTabs::dateSpan(p->expectedDeparture(), p->expectedReturn());
        // A document the rules did not call for is new here: it is the posting member's.
        if (m_report.id == 0)
            m_report.memberId = p->memberId;
        if (auto member = service.member(p->memberId))
            who = member->fullName;
        // A new return report starts from what the posting already knows.
        if (m_kind == ReportKind::Return && m_report.fields.isEmpty()) {
            ReturnContent content;
            content.actualDeparture = p->actualDeparture;
            content.actualReturn = p->actualReturn;
            content.places = QStringList{RegisterLabels::countries(p->countryCodes)};
            m_report.setReturnContent(content);
        }
        if (m_kind == ReportKind::PreDeparture && m_report.fields.isEmpty()) {
            PreDepartureContent content;
            content.purpose = displayName(p->purpose);
            content.places = QStringList{RegisterLabels::countries(p->countryCodes)};
            content.departure = p->plannedDeparture;
            content.returnDate = p->plannedReturn;
            m_report.setPreDeparture(content);
        }
    }
    setWindowTitle(tr("%1 — %2").arg(displayName(m_kind), who));
    loadAttachments();
    const ReportState state = m_report.stateOn(m_session.clock().today());
    QString due =
        m_report.dueDate.isValid() ? tr("due %1").arg(formatDate(m_report.dueDate)) : tr("no due date yet");
    m_ui->headerLabel->setText(
        QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin:0'>%2 · %3 · %4 · <b>%5</b></p>")
            .arg(displayName(m_kind).toHtmlEscaped(), who.toHtmlEscaped(), posting.toHtmlEscaped(),
                 due.toHtmlEscaped(), displayName(state).toHtmlEscaped()));
    fillForm();
}

void ReportFormDialog::fillForm()
{
    const Report& r = m_report;
    m_ui->receivedDateDateEdit->setDate(r.isReceived() ? r.receivedDate : m_session.clock().today());
    m_ui->cellOpinionPlainTextEdit->setPlainText(r.cellOpinion);
    m_ui->committeeOpinionPlainTextEdit->setPlainText(r.committeeOpinion);
    m_ui->committeeDecisionLineEdit->setText(r.committeeDecision);
    m_ui->decisionDateDateEdit->setDate(r.decisionDate);
    m_ui->confirmedCheckBox->setChecked(r.confirmed);
    if (m_kind == ReportKind::PreDeparture) {
        const PreDepartureContent c = r.preDeparture();
        m_ui->purposeLineEdit->setText(c.purpose);
        m_ui->placesLineEdit->setText(c.places.join(QStringLiteral("; ")));
        m_ui->departureDateEdit->setDate(c.departure);
        m_ui->returnDateDateEdit->setDate(c.returnDate);
        m_ui->paidByLineEdit->setText(c.paidBy);
        m_ui->companionsLineEdit->setText(c.companions);
        m_ui->relativesTableWidget->setRowCount(0);
        for (const RelativeAbroad& rel : c.relativesAbroad)
            addRow(m_ui->relativesTableWidget,
                   {rel.name, rel.relation, RegisterLabels::country(rel.countryCode), rel.status});
        m_ui->noClassifiedCheckBox->setChecked(c.noClassifiedDocuments);
        m_ui->reportingDutiesCheckBox->setChecked(c.reportingDutiesAcknowledged);
    } else if (m_kind == ReportKind::Return) {
        const ReturnContent c = r.returnContent();
        m_ui->actualDepartureDateEdit->setDate(c.actualDeparture);
        m_ui->actualReturnDateEdit->setDate(c.actualReturn);
        m_ui->returnPlacesLineEdit->setText(c.places.join(QStringLiteral("; ")));
        m_ui->resultsPlainTextEdit->setPlainText(c.results);
        m_ui->contactsTableWidget->setRowCount(0);
        for (const ForeignContact& fc : c.foreignContacts)
            addRow(m_ui->contactsTableWidget, {fc.who, formatDate(fc.when), fc.about});
        m_ui->giftsPlainTextEdit->setPlainText(c.giftsOrAwardsOffered);
        m_ui->invitationsPlainTextEdit->setPlainText(c.foreignOrganisationInvitations);
        m_ui->incidentsPlainTextEdit->setPlainText(c.incidents);
        m_ui->selfAssessmentPlainTextEdit->setPlainText(c.selfAssessment);
    }
}

Report ReportFormDialog::formReport() const
{
    Report r = m_report;
    r.receivedDate = m_ui->receivedDateDateEdit->date();
    r.receivedBy = m_session.actor().user;
    r.cellOpinion = m_ui->cellOpinionPlainTextEdit->toPlainText().trimmed();
    r.committeeOpinion = m_ui->committeeOpinionPlainTextEdit->toPlainText().trimmed();
    r.committeeDecision = m_ui->committeeDecisionLineEdit->text().trimmed();
    r.decisionDate = m_ui->decisionDateDateEdit->date();
    r.confirmed = m_ui->confirmedCheckBox->isChecked();
    if (m_kind == ReportKind::PreDeparture) {
        PreDepartureContent c;
        c.purpose = m_ui->purposeLineEdit->text().trimmed();
        c.places = splitPlaces(m_ui->placesLineEdit->text());
        c.departure = m_ui->departureDateEdit->date();
        c.returnDate = m_ui->returnDateDateEdit->date();
        c.paidBy = m_ui->paidByLineEdit->text().trimmed();
        c.companions = m_ui->companionsLineEdit->text().trimmed();
        const QTableWidget* t = m_ui->relativesTableWidget;
        for (int row = 0; row < t->rowCount(); ++row) {
            RelativeAbroad rel;
            rel.name = cell(t, row, 0);
            rel.relation = cell(t, row, 1);
            const auto country = countryFromText(cell(t, row, 2));
            rel.countryCode = country ? country->code : cell(t, row, 2);
            rel.status = cell(t, row, 3);
            if (!rel.name.isEmpty() || !rel.relation.isEmpty())
                c.relativesAbroad.append(rel);
        }
        c.noClassifiedDocuments = m_ui->noClassifiedCheckBox->isChecked();
        c.reportingDutiesAcknowledged = m_ui->reportingDutiesCheckBox->isChecked();
        r.setPreDeparture(c);
    } else if (m_kind == ReportKind::Return) {
        ReturnContent c;
        c.actualDeparture = m_ui->actualDepartureDateEdit->date();
        c.actualReturn = m_ui->actualReturnDateEdit->date();
        c.places = splitPlaces(m_ui->returnPlacesLineEdit->text());
        c.results = m_ui->resultsPlainTextEdit->toPlainText().trimmed();
        const QTableWidget* t = m_ui->contactsTableWidget;
        for (int row = 0; row < t->rowCount(); ++row) {
            ForeignContact fc{cell(t, row, 0), parseDate(cell(t, row, 1)), cell(t, row, 2)};
            if (!fc.who.isEmpty() || !fc.about.isEmpty())
                c.foreignContacts.append(fc);
        }
        c.giftsOrAwardsOffered = m_ui->giftsPlainTextEdit->toPlainText().trimmed();
        c.foreignOrganisationInvitations = m_ui->invitationsPlainTextEdit->toPlainText().trimmed();
        c.incidents = m_ui->incidentsPlainTextEdit->toPlainText().trimmed();
        c.selfAssessment = m_ui->selfAssessmentPlainTextEdit->toPlainText().trimmed();
        r.setReturnContent(c);
    }
    return r;
}

void ReportFormDialog::validateForm()
{
    FieldErrors problems = validate(formReport(), m_session.clock().today());
    if (!m_ui->receivedDateDateEdit->date().isValid())
        problems.prepend({QStringLiteral("received_date"), tr("Enter the date the document was received."),
                          Severity::Error});
    m_ui->problemsLabel->setText(problemListHtml(problems));
    const bool canWrite = m_session.database().can(Permission::WriteRecords);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(canWrite && !hasErrors(problems));
}

void ReportFormDialog::loadAttachments()
{
    m_ui->attachmentsListWidget->clear();
    const bool stored = m_report.id != 0;
    m_ui->addAttachmentButton->setEnabled(stored && m_session.database().can(Permission::WriteRecords));
    m_ui->addAttachmentButton->setToolTip(stored ? QString()
                                                 : tr("File the report first; then attach its scan."));
    if (!stored)
        return;
    auto list = app::AttachmentService(m_session).attachments(m_report.id);
    if (!list)
        return;
    for (const AttachmentInfo& a : *list) {
        auto* item = new QListWidgetItem(tr("%1 — %2, added %3 by %4")
                                             .arg(a.fileName, QLocale().formattedDataSize(a.size),
                                                  formatDate(a.addedAt.toLocalTime().date()), a.addedBy),
                                         m_ui->attachmentsListWidget);
        item->setData(Qt::UserRole, a.id);
        item->setData(Qt::UserRole + 1, a.mediaType);
        item->setData(Qt::UserRole + 2, a.fileName);
        item->setIcon(style()->standardIcon(
            a.mediaType == QLatin1String("application/pdf") ? QStyle::SP_FileIcon : QStyle::SP_DesktopIcon));
    }
    m_ui->openAttachmentButton->setEnabled(m_ui->attachmentsListWidget->count() > 0);
    m_ui->exportAttachmentButton->setEnabled(m_ui->attachmentsListWidget->count() > 0);
    if (m_ui->attachmentsListWidget->count() > 0)
        m_ui->attachmentsListWidget->setCurrentRow(0);
    m_ui->tabWidget->setTabText(m_ui->tabWidget->indexOf(m_ui->scansTab),
                                tr("&Scans (%1)").arg(m_ui->attachmentsListWidget->count()));
}

int ReportFormDialog::attachmentCount() const
{
    return m_ui->attachmentsListWidget->count();
}

void ReportFormDialog::chooseAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach scanned documents"), QString(), tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"));
    if (!paths.isEmpty())
        attachFiles(paths);
}

int ReportFormDialog::attachFiles(const QStringList& paths)
{
    int attached = 0;
    QStringList problems;
    for (const QString& path : paths) {
        auto added = app::AttachmentService(m_session).attachFile(m_report.id, path);
        if (added)
            ++attached;
        else
            problems.append(added.error().toString());
    }
    if (attached > 0)
        m_changed = true;
    loadAttachments();
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Not attached"), problems.join(QLatin1Char('\n')));
    return attached;
}

void ReportFormDialog::openAttachment(qint64 attachmentId)
{
    auto content = app::AttachmentService(m_session).content(attachmentId);
    if (!content) {
        MessageBox::warning(this, tr("Scan not opened"), content.error().toString());
        return;
    }
    const AttachmentEntry entry = attachmentEntry(attachmentId);
    // The viewer takes the only copy of the decrypted bytes and overwrites it when it closes.
    AttachmentViewerDialog viewer(entry.fileName, std::move(*content), entry.mediaType, this);
    if (!viewer.isReadable()) {
        MessageBox::warning(this, tr("Scan not opened"), viewer.problem());
        return;
    }
    viewer.exec();
}

bool ReportFormDialog::exportAttachment(qint64 attachmentId)
{
    const AttachmentEntry entry = attachmentEntry(attachmentId);
    const auto answer = MessageBox::question(
        this, tr("Save an unencrypted copy"),
        tr("The copy of “%1” you are about to save is NOT encrypted: anyone who can read the folder you "
           "choose can read the scan. Save it only where it must go, and delete it when it is no longer "
           "needed. The scan itself stays encrypted in the database.")
            .arg(entry.fileName),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Save)
        return false;
    const QString path = FileDialogs::saveFileName(this, tr("Save an unencrypted copy of the scan"),
                                                   QDir::home().filePath(entry.fileName), QString());
    if (path.isEmpty())
        return false;
    if (Status saved = app::AttachmentService(m_session).saveCopy(attachmentId, path); !saved) {
        MessageBox::warning(this, tr("Copy not saved"), saved.error().toString());
        return false;
    }
    PrintSupport::confirmWritten(this,
                                 path); // where it went, that it is not encrypted, its folder a click away
    return true;
}

ReportFormDialog::AttachmentEntry ReportFormDialog::attachmentEntry(qint64 attachmentId) const
{
    for (int row = 0; row < m_ui->attachmentsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->attachmentsListWidget->item(row);
        if (item->data(Qt::UserRole).toLongLong() == attachmentId)
            return {item->data(Qt::UserRole + 2).toString(), item->data(Qt::UserRole + 1).toString()};
    }
    return {};
}

bool ReportFormDialog::save()
{
    validateForm();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    const Report edited = formReport();
    app::ReportFiling filing;
    filing.receivedDate = edited.receivedDate;
    filing.fields = edited.fields;
    filing.cellOpinion = edited.cellOpinion;
    filing.committeeOpinion = edited.committeeOpinion;
    filing.committeeDecision = edited.committeeDecision;
    filing.decisionDate = edited.decisionDate;
    if (m_kind == ReportKind::SelfReview)
        filing.confirmed = edited.confirmed;
    auto filed = app::RegisterService(m_session).fileReport(m_postingId, m_kind, filing);
    if (!filed) {
        MessageBox::warning(this, tr("Not filed"), filed.error().toString());
        return false;
    }
    m_report = *filed;
    m_changed = true;
    setDirty(false);
    loadAttachments();
    return true;
}

QVariantMap ReportFormDialog::draftKey() const
{
    return {{QStringLiteral("posting"), m_postingId}, {QStringLiteral("kind"), static_cast<int>(m_kind)}};
}

void ReportFormDialog::draftRestored()
{
    validateForm();
}

} // namespace orec::gui
