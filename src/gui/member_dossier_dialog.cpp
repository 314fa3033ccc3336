#include "gui/member_dossier_dialog.h"

#include "app/query_service.h"
#include "app/register_service.h"
#include "core/validation.h"
#include "gui/display_format.h"
#include "gui/dossier_tabs.h"
#include "gui/member_report_dialog.h"
#include "gui/message_box.h"
#include "gui/posting_editor_dialog.h"
#include "gui/print_support.h"
#include "gui/problem_list.h"
#include "gui/register_labels.h"
#include "gui/report_form_dialog.h"
#include "gui/window_size.h"
#include "ui_member_dossier_dialog.h"

#include <QPushButton>

namespace orec::gui {

namespace {
const char* kErrorStyle = "border: 1px solid #b71c1c; background: #fff5f5;";
const char* kWarningStyle = "border: 1px solid #e65100;";
} // namespace

MemberDossierDialog::MemberDossierDialog(app::Session& session, qint64 memberId, QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::MemberDossierDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_readOnly = !m_session.database().can(Permission::WriteRecords);
    m_fieldWidgets = {
        {QStringLiteral("full_name"), m_ui->fullNameLineEdit},
        {QStringLiteral("alias"), m_ui->aliasLineEdit},
        {QStringLiteral("gender"), m_ui->genderComboBox},
        {QStringLiteral("date_of_birth"), m_ui->dateOfBirthDateEdit},
        {QStringLiteral("hometown"), m_ui->hometownLineEdit},
        {QStringLiteral("citizen_id"), m_ui->citizenIdLineEdit},
        {QStringLiteral("party_card_no"), m_ui->partyCardLineEdit},
        {QStringLiteral("dossier_no"), m_ui->dossierLineEdit},
        {QStringLiteral("admission_date"), m_ui->admissionDateDateEdit},
        {QStringLiteral("full_membership_date"), m_ui->fullMembershipDateDateEdit},
        {QStringLiteral("home_unit"), m_ui->homeUnitComboBox},
        {QStringLiteral("position"), m_ui->positionLineEdit},
        {QStringLiteral("workplace"), m_ui->workplaceLineEdit},
        {QStringLiteral("phone"), m_ui->phoneLineEdit},
        {QStringLiteral("email"), m_ui->emailLineEdit},
    };
    for (Gender g : allValues<Gender>())
        m_ui->genderComboBox->addItem(displayName(g), static_cast<int>(g));
    m_ui->homeUnitComboBox->addItem(QString(), 0);
    PartyUnitFilter home;
    home.overseas = false;
    if (auto units = app::RegisterService(m_session).units(home)) {
        for (const PartyUnit& unit : *units)
            m_ui->homeUnitComboBox->addItem(unit.name, unit.id);
    }
    m_ui->reportsTableWidget->verticalHeader()->hide();
    m_ui->cellHistoryTableWidget->verticalHeader()->hide();
    m_ui->historyTableWidget->verticalHeader()->hide();

    loadMember(memberId);

    // Every edit is checked at once; the problems show beside the fields and in a list below.
    for (QLineEdit* edit : m_ui->identityTab->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &MemberDossierDialog::validateForm);
    for (QComboBox* box : {m_ui->genderComboBox, m_ui->homeUnitComboBox})
        connect(box, &QComboBox::activated, this, &MemberDossierDialog::validateForm);
    connect(m_ui->disciplinaryCheckBox, &QCheckBox::clicked, this, &MemberDossierDialog::validateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, &MemberDossierDialog::onButton);
    connect(m_ui->newPostingButton, &QPushButton::clicked, this, &MemberDossierDialog::planPosting);
    connect(m_ui->openPostingButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_ui->postingsTreeWidget->currentItem())
            openPosting(item->data(0, DossierTabs::IdRole).toLongLong());
    });
    connect(m_ui->postingsTreeWidget, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openPosting(item->data(0, DossierTabs::IdRole).toLongLong()); });
    const auto openCurrentReport = [this] {
        const int row = m_ui->reportsTableWidget->currentRow();
        if (row < 0)
            return;
        const QTableWidgetItem* item = m_ui->reportsTableWidget->item(row, 0);
        openReport(item->data(DossierTabs::PostingIdRole).toLongLong(),
                   static_cast<ReportKind>(item->data(DossierTabs::KindRole).toInt()));
    };
    connect(m_ui->fileReportButton, &QPushButton::clicked, this, openCurrentReport);
    connect(m_ui->memberReportButton, &QPushButton::clicked, this, &MemberDossierDialog::recordMemberReport);
    connect(m_ui->reportsTableWidget, &QTableWidget::activated, this, openCurrentReport);
    // The member's overseas record as the committee files it: identity, trips, cells, reports.
    QPushButton* print = m_ui->buttonBox->addButton(tr("&Print the record…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printRecordButton"));
    print->setEnabled(m_member.id != 0);
    connect(print, &QPushButton::clicked, this, [this] {
        app::PrintRequest request;
        request.kind = app::PrintKind::MemberRecord;
        request.memberId = m_member.id;
        PrintSupport::preview(this, m_session, request);
    });
    watchForEdits(m_ui->identityTab);
    validateForm();
    resizeToFit(this, QSize(1000, 660));
}

MemberDossierDialog::~MemberDossierDialog() = default;

void MemberDossierDialog::loadMember(qint64 memberId)
{
    if (memberId != 0) {
        auto found = app::RegisterService(m_session).member(memberId);
        if (!found) {
            MessageBox::warning(this, tr("Member not found"), found.error().toString());
            return;
        }
        m_member = *found;
    }
    fillForm();
    loadHistory();
}

void MemberDossierDialog::fillForm()
{
    const Member& m = m_member;
    m_ui->fullNameLineEdit->setText(m.fullName);
    m_ui->aliasLineEdit->setText(m.alias);
    m_ui->genderComboBox->setCurrentIndex(
        std::max(0, m_ui->genderComboBox->findData(static_cast<int>(m.gender))));
    m_ui->dateOfBirthDateEdit->setDate(m.dateOfBirth);
    m_ui->hometownLineEdit->setText(m.hometown);
    m_ui->citizenIdLineEdit->setText(m.citizenId);
    m_ui->partyCardLineEdit->setText(m.partyCardNumber);
    m_ui->dossierLineEdit->setText(m.dossierNumber);
    m_ui->admissionDateDateEdit->setDate(m.admissionDate);
    m_ui->fullMembershipDateDateEdit->setDate(m.fullMembershipDate);
    m_ui->homeUnitComboBox->setCurrentIndex(std::max(0, m_ui->homeUnitComboBox->findData(m.homeUnitId)));
    m_ui->positionLineEdit->setText(m.position);
    m_ui->workplaceLineEdit->setText(m.workplace);
    m_ui->phoneLineEdit->setText(m.phone);
    m_ui->emailLineEdit->setText(m.email);
    m_ui->disciplinaryCheckBox->setChecked(m.underDisciplinaryReview);
    m_ui->notesPlainTextEdit->setPlainText(m.notes);
    for (QWidget* w : m_ui->identityTab->findChildren<QWidget*>()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->setReadOnly(m_readOnly);
        else if (qobject_cast<QComboBox*>(w) || qobject_cast<QCheckBox*>(w))
            w->setEnabled(!m_readOnly);
    }
    m_ui->notesPlainTextEdit->setReadOnly(m_readOnly);
    const bool stored = m.id != 0;
    for (QWidget* tab : {m_ui->postingsTab, m_ui->cellsTab, m_ui->reportsTab, m_ui->historyTab})
        m_ui->tabWidget->setTabEnabled(m_ui->tabWidget->indexOf(tab), stored);
    m_ui->newPostingButton->setEnabled(stored && !m_readOnly);
    if (auto* print = findChild<QPushButton*>(QStringLiteral("printRecordButton")))
        print->setEnabled(stored); // a new member has a record once saved
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setVisible(!m_readOnly);
    updateHeader();
}

Member MemberDossierDialog::formMember() const
{
    Member m = m_member;
    m.fullName = m_ui->fullNameLineEdit->text().simplified();
    m.alias = m_ui->aliasLineEdit->text().simplified();
    m.gender = static_cast<Gender>(m_ui->genderComboBox->currentData().toInt());
    m.dateOfBirth = m_ui->dateOfBirthDateEdit->date();
    m.hometown = m_ui->hometownLineEdit->text().trimmed();
    m.citizenId = m_ui->citizenIdLineEdit->text().trimmed();
    m.partyCardNumber = m_ui->partyCardLineEdit->text().trimmed();
    m.dossierNumber = m_ui->dossierLineEdit->text().trimmed();
    m.admissionDate = m_ui->admissionDateDateEdit->date();
    m.fullMembershipDate = m_ui->fullMembershipDateDateEdit->date();
    m.homeUnitId = m_ui->homeUnitComboBox->currentData().toLongLong();
    m.position = m_ui->positionLineEdit->text().trimmed();
    m.workplace = m_ui->workplaceLineEdit->text().trimmed();
    m.phone = m_ui->phoneLineEdit->text().trimmed();
    m.email = m_ui->emailLineEdit->text().trimmed();
    m.underDisciplinaryReview = m_ui->disciplinaryCheckBox->isChecked();
    m.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    return m;
}

void MemberDossierDialog::validateForm()
{
    m_problems = validate(formMember(), m_session.clock().today());
    // A date typed that does not exist reads as "no date" to the record: say so here.
    const QList<QPair<QString, DateLineEdit*>> dates{
        {QStringLiteral("date_of_birth"), m_ui->dateOfBirthDateEdit},
        {QStringLiteral("admission_date"), m_ui->admissionDateDateEdit},
        {QStringLiteral("full_membership_date"), m_ui->fullMembershipDateDateEdit}};
    for (const auto& [field, edit] : dates) {
        if (!edit->hasValidText())
            m_problems.append(
                {field, tr("“%1” is not a date; write it as %2.").arg(edit->text(), dateFormat().toLower()),
                 Severity::Error});
    }
    for (auto it = m_fieldWidgets.begin(); it != m_fieldWidgets.end(); ++it) {
        QString style;
        QStringList messages;
        for (const FieldError& problem : std::as_const(m_problems)) {
            if (problem.field != it.key())
                continue;
            messages.append(problem.message);
            if (problem.isError())
                style = QLatin1String(kErrorStyle);
            else if (style.isEmpty())
                style = QLatin1String(kWarningStyle);
        }
        it.value()->setStyleSheet(style);
        it.value()->setToolTip(messages.join(QLatin1Char('\n')));
    }
    m_ui->problemsLabel->setText(problemListHtml(m_problems));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!hasErrors(m_problems));
}

void MemberDossierDialog::loadHistory()
{
    m_ui->memberReportButton->setEnabled(m_member.id != 0 &&
                                         m_session.database().can(Permission::WriteRecords));
    if (m_member.id == 0)
        return;
    auto history = app::QueryService(m_session).memberHistory(m_member.id);
    if (!history) {
        MessageBox::warning(this, tr("History not available"), history.error().toString());
        return;
    }
    const QDate today = m_session.clock().today();
    DossierTabs::fillPostings(m_ui->postingsTreeWidget, *history, today);
    DossierTabs::fillCells(m_ui->cellHistoryTableWidget, *history);
    DossierTabs::fillReports(m_ui->reportsTableWidget, *history, today);
    DossierTabs::fillChanges(m_ui->historyTableWidget, *history);
}

void MemberDossierDialog::updateHeader()
{
    if (m_member.id == 0) {
        setWindowTitle(tr("New member"));
        m_ui->headerLabel->setText(QStringLiteral("<h2>%1</h2>").arg(tr("New member")));
        return;
    }
    setWindowTitle(tr("Member dossier — %1").arg(m_member.fullName));
    QString where = RegisterLabels::presence(MemberPresence::AtHome);
    if (auto row = app::QueryService(m_session).memberRow(m_member.id)) {
        where = RegisterLabels::presence(row->presence);
        if (row->presence != MemberPresence::AtHome)
            where += QStringLiteral(": ") + RegisterLabels::country(row->countryCode) +
                     (row->cellName.isEmpty() ? QString() : QStringLiteral(" — ") + row->cellName);
        if (row->presence == MemberPresence::Overdue)
            where += QStringLiteral(" (") + tr("overdue by %n day(s)", nullptr, row->daysOverdue) +
                     QLatin1Char(')');
    }
    QString status = m_member.isProbationary() ? tr("Probationary member") : tr("Full member");
    if (!m_member.partyCardNumber.isEmpty())
        status += QStringLiteral(" · ") + tr("card %1").arg(m_member.partyCardNumber);
    m_ui->headerLabel->setText(
        QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin:0'>%2 · %3</p>")
            .arg(m_member.fullName.toHtmlEscaped(), status.toHtmlEscaped(), where.toHtmlEscaped()));
}

bool MemberDossierDialog::save()
{
    validateForm();
    if (hasErrors(m_problems))
        return false;
    const Member edited = formMember();
    app::RegisterService service(m_session);
    auto saved = edited.id == 0 ? service.addMember(edited) : service.updateMember(edited);
    if (!saved) {
        const QString title =
            saved.code() == ErrorCode::Conflict ? tr("Changed by someone else") : tr("Not saved");
        MessageBox::warning(this, title, saved.error().toString());
        return false;
    }
    m_member = *saved;
    m_changed = true;
    fillForm();
    loadHistory();
    validateForm();
    setDirty(false); // after refilling, which the edit watchers would count
    return true;
}

void MemberDossierDialog::onButton(QAbstractButton* button)
{
    const auto role = m_ui->buttonBox->standardButton(button);
    if (role == QDialogButtonBox::Save) {
        if (save() && !isVisible())
            return;
    } else if (role == QDialogButtonBox::Close) {
        reject();
    }
}

void MemberDossierDialog::planPosting()
{
    if (m_member.id == 0)
        return;
    PostingEditorDialog dialog(m_session, 0, m_member.id, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_changed = true;
        loadHistory();
        updateHeader();
    }
}

void MemberDossierDialog::openPosting(qint64 postingId)
{
    if (postingId == 0)
        return;
    PostingEditorDialog dialog(m_session, postingId, m_member.id, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_changed = true;
        loadHistory();
        updateHeader();
    }
}

void MemberDossierDialog::openReport(qint64 postingId, ReportKind kind)
{
    // Ratings and event reports belong to the member, not to a posting: the register files only the latter
    // here.
    if (postingId == 0)
        return;
    ReportFormDialog dialog(m_session, postingId, kind, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_changed = true;
        loadHistory();
    }
}

QVariantMap MemberDossierDialog::draftKey() const
{
    return {{QStringLiteral("member"), m_member.id}};
}

bool MemberDossierDialog::reopenChild(const EditorDraft& child)
{
    const qint64 postingId = child.key.value(QStringLiteral("posting")).toLongLong();
    if (child.kind == QLatin1String("posting")) {
        if (postingId == 0)
            planPosting();
        else
            openPosting(postingId);
        return true;
    }
    if (child.kind == QLatin1String("report") && postingId != 0) {
        openReport(postingId, static_cast<ReportKind>(child.key.value(QStringLiteral("kind")).toInt()));
        return true;
    }
    return false;
}

void MemberDossierDialog::draftRestored()
{
    validateForm();
}

void MemberDossierDialog::recordMemberReport()
{
    if (m_member.id == 0)
        return;
    MemberReportDialog dialog(m_session, m_member.id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    loadHistory();
}

} // namespace orec::gui
