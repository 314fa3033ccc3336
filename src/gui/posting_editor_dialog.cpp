#include "gui/posting_editor_dialog.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "core/validation.h"
#include "gui/display_format.h"
#include "gui/dossier_tabs.h"
#include "gui/issue_transfer_dialog.h"
#include "gui/message_box.h"
#include "gui/print_support.h"
#include "gui/problem_list.h"
#include "gui/register_labels.h"
#include "gui/report_form_dialog.h"
#include "gui/transition_dialog.h"
#include "gui/window_size.h"
#include "ui_posting_editor_dialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>

namespace orec::gui {

namespace {

QStringList parseCountries(const QString& text, QStringList* unknown)
{
    QStringList codes;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (auto country = countryFromText(trimmed)) {
            if (!codes.contains(country->code))
                codes.append(country->code);
        } else if (unknown) {
            unknown->append(trimmed);
        }
    }
    return codes;
}

} // namespace

PostingEditorDialog::PostingEditorDialog(app::Session& session, qint64 postingId, qint64 memberId,
                                         QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::PostingEditorDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    for (PostingPurpose p : allValues<PostingPurpose>())
        m_ui->purposeComboBox->addItem(displayName(p), static_cast<int>(p));
    for (PartyActivityArrangement a : allValues<PartyActivityArrangement>())
        m_ui->arrangementComboBox->addItem(displayName(a), static_cast<int>(a));
    for (AttendanceMode a : allValues<AttendanceMode>())
        m_ui->attendanceComboBox->addItem(displayName(a), static_cast<int>(a));
    m_ui->approvingCommitteeComboBox->addItem(QString(), 0);
    PartyUnitFilter committees;
    committees.overseas = false;
    committees.kind = UnitKind::Committee;
    if (auto units = app::RegisterService(m_session).units(committees)) {
        for (const PartyUnit& unit : *units)
            m_ui->approvingCommitteeComboBox->addItem(unit.name, unit.id);
    }
    m_ui->countriesLineEdit->setPlaceholderText(
        tr("e.g. Nhật Bản, Hàn Quốc (names or codes, separated by commas)"));
    m_ui->postingReportsTableWidget->verticalHeader()->hide();
    m_ui->refusalLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_ui->blockedLabel->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_ui->adviceLabel->setStyleSheet(QStringLiteral("color: #37474f;"));

    m_posting.memberId = memberId;
    m_posting.plannedDeparture = m_session.clock().today().addDays(30);
    m_posting.plannedReturn = m_posting.plannedDeparture.addDays(14);
    load(postingId);

    for (QLineEdit* edit : m_ui->planTab->findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &PostingEditorDialog::validatePlan);
    for (QComboBox* box : m_ui->planTab->findChildren<QComboBox*>())
        connect(box, &QComboBox::activated, this, &PostingEditorDialog::validatePlan);
    connect(m_ui->visitsRelativesCheckBox, &QCheckBox::clicked, this, &PostingEditorDialog::validatePlan);
    connect(m_ui->delegationSizeSpinBox, &QSpinBox::valueChanged, this, &PostingEditorDialog::validatePlan);
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton* button) {
        const auto role = m_ui->buttonBox->standardButton(button);
        if (role == QDialogButtonBox::Save)
            savePlan();
        else if (role != QDialogButtonBox::NoButton)
            reject();
    });
    connect(m_ui->fileReportButton, &QPushButton::clicked, this, &PostingEditorDialog::openSelectedReport);
    connect(m_ui->addReportButton, &QPushButton::clicked, this, &PostingEditorDialog::chooseNewReport);
    connect(m_ui->postingReportsTableWidget, &QTableWidget::activated, this,
            &PostingEditorDialog::openSelectedReport);
    // The transfer letters of the posting on their printed forms (2-SHĐ temporary, 3A-SHĐ labour export).
    QPushButton* print =
        m_ui->buttonBox->addButton(tr("&Print the transfer letter"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printLetterButton"));
    auto* letters = new QMenu(print);
    letters->setObjectName(QStringLiteral("printLetterMenu"));
    print->setMenu(letters);
    connect(letters, &QMenu::aboutToShow, this, [this, letters] {
        letters->clear();
        const auto add = [this, letters](const QString& text, qint64 transferId, app::PrintKind kind) {
            QAction* action = letters->addAction(text, this, [this, transferId, kind] {
                app::PrintRequest request;
                request.kind = kind;
                request.transferId = transferId;
                PrintSupport::preview(this, m_session, request);
            });
            action->setEnabled(transferId != 0);
        };
        add(tr("Letter out on form 2-SHĐ (temporary transfer)…"), m_posting.transferLetterOutId,
            app::PrintKind::TemporaryTransfer);
        add(tr("Letter out on form 3A-SHĐ (overseas posting slip)…"), m_posting.transferLetterOutId,
            app::PrintKind::OverseasPostingSlip);
        add(tr("Letter back on form 2-SHĐ…"), m_posting.transferLetterBackId,
            app::PrintKind::TemporaryTransfer);
        if (m_posting.transferLetterOutId == 0 && m_posting.transferLetterBackId == 0)
            letters->addAction(tr("No transfer letter was issued for this posting."))->setEnabled(false);
    });
    // A letter is issued (and printed) by a home committee from its transfer register, not on a cell's
    // laptop.
    if (auto field = app::ExchangeService(m_session).isFieldDatabase())
        m_fieldMode = *field;
    print->setVisible(!m_fieldMode); // the letters' originals are issued and printed at home
    QPushButton* issue =
        m_ui->buttonBox->addButton(tr("Issue a &transfer letter…"), QDialogButtonBox::ActionRole);
    issue->setObjectName(QStringLiteral("issueLetterButton"));
    connect(issue, &QPushButton::clicked, this, &PostingEditorDialog::issueLetter);
    updateLetterActions();
    watchForEdits(m_ui->planTab);
    validatePlan();
    resizeToFit(this, QSize(1040, 680));
}

PostingEditorDialog::~PostingEditorDialog() = default;

void PostingEditorDialog::load(qint64 postingId)
{
    app::RegisterService service(m_session);
    if (postingId != 0) {
        auto found = service.posting(postingId);
        if (!found) {
            MessageBox::warning(this, tr("Posting not found"), found.error().toString());
            return;
        }
        m_posting = *found;
    }
    if (auto member = service.member(m_posting.memberId))
        m_memberName = member->fullName;
    fillPlan();
    rebuildTransitions();
    fillProgress();
    fillReports();
    updateHeader();
    updateLetterActions();
    setDirty(false); // the form now shows what is stored
}

void PostingEditorDialog::fillPlan()
{
    const Posting& p = m_posting;
    const auto select = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(m_ui->purposeComboBox, static_cast<int>(p.purpose));
    m_ui->countriesLineEdit->setText(RegisterLabels::countries(p.countryCodes));
    m_ui->cityLineEdit->setText(p.city);
    m_ui->hostLineEdit->setText(p.hostOrganisation);
    m_ui->visitsRelativesCheckBox->setChecked(p.visitsRelatives);
    m_ui->delegationSizeSpinBox->setValue(std::max(1, p.delegationSize));
    m_ui->plannedDepartureDateEdit->setDate(p.plannedDeparture);
    m_ui->plannedReturnDateEdit->setDate(p.plannedReturn);
    m_ui->decisionNumberLineEdit->setText(p.decisionNumber);
    m_ui->decisionDateDateEdit->setDate(p.decisionDate);
    m_ui->decisionBodyLineEdit->setText(p.decisionBody);
    select(m_ui->approvingCommitteeComboBox, p.approvingCommitteeId);
    m_ui->politicalConclusionLineEdit->setText(p.politicalConclusionRef);
    select(m_ui->arrangementComboBox, static_cast<int>(p.arrangement));
    select(m_ui->attendanceComboBox, static_cast<int>(p.attendance));
    // The plan is what was approved: after departure it changes only through the life-cycle (extend...).
    const bool editable = m_session.database().can(Permission::WriteRecords) &&
                          (p.status == PostingStatus::Planned || p.status == PostingStatus::Approved);
    for (QWidget* w : m_ui->planTab->findChildren<QWidget*>()) {
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            edit->setReadOnly(!editable);
        else if (qobject_cast<QComboBox*>(w) || qobject_cast<QCheckBox*>(w) || qobject_cast<QSpinBox*>(w))
            w->setEnabled(editable);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setVisible(editable);
}

Posting PostingEditorDialog::planFromForm() const
{
    Posting p = m_posting;
    p.purpose = static_cast<PostingPurpose>(m_ui->purposeComboBox->currentData().toInt());
    p.countryCodes = parseCountries(m_ui->countriesLineEdit->text(), nullptr);
    p.city = m_ui->cityLineEdit->text().trimmed();
    p.hostOrganisation = m_ui->hostLineEdit->text().trimmed();
    p.visitsRelatives = m_ui->visitsRelativesCheckBox->isChecked();
    p.delegationSize = m_ui->delegationSizeSpinBox->value();
    p.plannedDeparture = m_ui->plannedDepartureDateEdit->date();
    p.plannedReturn = m_ui->plannedReturnDateEdit->date();
    p.decisionNumber = m_ui->decisionNumberLineEdit->text().trimmed();
    p.decisionDate = m_ui->decisionDateDateEdit->date();
    p.decisionBody = m_ui->decisionBodyLineEdit->text().trimmed();
    p.approvingCommitteeId = m_ui->approvingCommitteeComboBox->currentData().toLongLong();
    p.politicalConclusionRef = m_ui->politicalConclusionLineEdit->text().trimmed();
    p.arrangement = static_cast<PartyActivityArrangement>(m_ui->arrangementComboBox->currentData().toInt());
    p.attendance = static_cast<AttendanceMode>(m_ui->attendanceComboBox->currentData().toInt());
    return p;
}

void PostingEditorDialog::validatePlan()
{
    QStringList unknown;
    const QStringList codes = parseCountries(m_ui->countriesLineEdit->text(), &unknown);
    m_countriesValid = unknown.isEmpty();
    m_ui->countriesHintLabel->setText(unknown.isEmpty()
                                          ? RegisterLabels::countries(codes)
                                          : tr("Unknown: %1").arg(unknown.join(QStringLiteral(", "))));
    m_ui->countriesHintLabel->setStyleSheet(unknown.isEmpty() ? QStringLiteral("color: #546e7a;")
                                                              : QStringLiteral("color: #b71c1c;"));
    FieldErrors problems = validate(planFromForm(), m_session.clock().today());
    m_ui->problemsLabel->setText(problemListHtml(problems));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(m_countriesValid && !hasErrors(problems));
    updateAdvice();
}

void PostingEditorDialog::updateAdvice()
{
    const Posting plan = planFromForm();
    if (!plan.plannedDeparture.isValid() || !plan.plannedReturn.isValid() || plan.countryCodes.isEmpty()) {
        m_ui->adviceLabel->clear();
        return;
    }
    auto advice = app::RegisterService(m_session).adviseArrangement(plan);
    m_ui->adviceLabel->setText(advice ? tr("Rules suggest: %1").arg(advice->explanation) : QString());
}

bool PostingEditorDialog::savePlan()
{
    validatePlan();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    app::RegisterService service(m_session);
    const Posting plan = planFromForm();
    auto saved = plan.id == 0 ? service.createPosting(plan) : service.updatePosting(plan);
    if (!saved) {
        MessageBox::warning(this, tr("Not saved"), saved.error().toString());
        return false;
    }
    m_changed = true;
    setDirty(false);
    load(saved->id);
    return true;
}

QPushButton* PostingEditorDialog::transitionButton(PostingTransition transition) const
{
    return m_buttons.value(static_cast<int>(transition), nullptr);
}

QPushButton* PostingEditorDialog::blockedButton(PostingTransition transition) const
{
    return m_blockedButtons.value(static_cast<int>(transition), nullptr);
}

QString PostingEditorDialog::blockedText() const
{
    return m_ui->blockedLabel->isVisibleTo(this) ? m_ui->blockedLabel->text() : QString();
}

QString PostingEditorDialog::refusalText() const
{
    return m_ui->refusalLabel->text();
}

void PostingEditorDialog::rebuildTransitions()
{
    for (QPushButton* button : std::as_const(m_buttons))
        delete button;
    m_buttons.clear();
    for (QPushButton* button : std::as_const(m_blockedButtons))
        delete button;
    m_blockedButtons.clear();
    m_offered.clear();
    // Steps a rule or a missing record blocks now are shown disabled, with the reason, so the clerk
    // knows what to do first (file the overdue report, close the review...).
    QList<std::pair<PostingTransition, QString>> blocked;
    if (m_posting.id != 0 && m_session.database().can(Permission::WriteRecords)) {
        auto options = app::RegisterService(m_session).transitionOptions(m_posting.id);
        if (options) {
            m_offered = options->offered;
            blocked = options->blocked;
        } else {
            m_ui->refusalLabel->setText(options.error().toString());
        }
    }
    for (PostingTransition transition : std::as_const(m_offered)) {
        auto* button = new QPushButton(displayName(transition), m_ui->nextStepsGroupBox);
        button->setObjectName(QStringLiteral("transitionButton_%1").arg(codeName(transition)));
        connect(button, &QPushButton::clicked, this, [this, transition] { runTransition(transition); });
        m_ui->transitionButtonsLayout->insertWidget(m_ui->transitionButtonsLayout->count() - 1, button);
        m_buttons.insert(static_cast<int>(transition), button);
    }
    QStringList reasons;
    for (const auto& [transition, reason] : std::as_const(blocked)) {
        auto* button = new QPushButton(displayName(transition), m_ui->nextStepsGroupBox);
        button->setObjectName(QStringLiteral("transitionButton_%1").arg(codeName(transition)));
        button->setEnabled(false);
        button->setToolTip(reason);
        m_ui->transitionButtonsLayout->insertWidget(m_ui->transitionButtonsLayout->count() - 1, button);
        m_blockedButtons.insert(static_cast<int>(transition), button);
        reasons.append(tr("%1 is not possible yet: %2").arg(displayName(transition), reason));
    }
    m_ui->blockedLabel->setText(reasons.join(QLatin1Char('\n')));
    m_ui->blockedLabel->setVisible(!reasons.isEmpty());
    m_ui->noTransitionsLabel->setVisible(m_offered.isEmpty() && blocked.isEmpty());
    if (m_posting.id == 0)
        m_ui->noTransitionsLabel->setText(
            tr("Save the plan first; the steps of its life-cycle appear here."));
    else if (m_posting.status == PostingStatus::Returned)
        m_ui->noTransitionsLabel->setText(
            tr("Waiting for the return report (tab Documents); then the posting can be closed."));
    else
        m_ui->noTransitionsLabel->setText(tr("Nothing more to do: the posting is finished."));
}

void PostingEditorDialog::runTransition(PostingTransition transition)
{
    if (isDirty() && !savePlan())
        return;
    app::RegisterService service(m_session);
    auto context = service.transitionContext(m_posting);
    if (!context) {
        m_ui->refusalLabel->setText(context.error().toString());
        return;
    }
    TransitionDialog dialog(m_session, transition, m_posting, *context, this);
    Q_EMIT transitionDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto applied = service.applyTransition(m_posting.id, transition, dialog.input());
    if (!applied) {
        // The register knows more than the form (another posting abroad, a changed record): say why.
        m_ui->refusalLabel->setText(
            tr("“%1” was refused: %2").arg(displayName(transition), applied.error().message));
        return;
    }
    m_ui->refusalLabel->clear();
    m_changed = true;
    load(applied->id);
    // The overseas cell receives the member on the letter out: offer it when the posting has none.
    if (transition == PostingTransition::JoinCell && issuableLetter() == TransferDirection::Out &&
        MessageBox::question(this, tr("Issue the transfer letter?"),
                             tr("No transfer letter out was issued for this posting. Issue it now?"),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        issueLetter();
}

void PostingEditorDialog::fillProgress()
{
    const Posting& p = m_posting;
    QStringList lines;
    const auto line = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines.append(QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                             .arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    line(tr("Status"), displayName(p.status));
    line(tr("Approved on"), formatDate(p.approvalDate));
    line(tr("Departed on"), formatDate(p.actualDeparture));
    if (p.departedWithoutApproval)
        line(tr("Warning"), tr("departed without approval — to be reported to the committee"));
    line(tr("Planned return"), formatDate(p.effectivePlannedReturn()));
    for (const Extension& e : p.extensions)
        line(tr("Extension"),
             tr("decision %1 of %2: until %3")
                 .arg(e.decisionNumber, formatDate(e.decisionDate), formatDate(e.newPlannedReturn)));
    if (p.lostContactSince)
        line(tr("Lost contact since"), formatDate(*p.lostContactSince));
    line(tr("Returned on"), formatDate(p.actualReturn));
    line(tr("Closed on"), formatDate(p.closedDate));
    line(tr("Cancelled on"), formatDate(p.cancelledDate));
    line(tr("Did not return, as of"), formatDate(p.didNotReturnDate));
    line(tr("Reason"), p.statusReason);
    if (p.probationEndDate.isValid())
        line(tr("End of probation"),
             formatDate(p.probationEndDate) + QStringLiteral(" — ") + displayName(p.probationDecision));
    m_ui->progressLabel->setText(
        QStringLiteral("<table cellspacing='6'>%1</table>").arg(lines.join(QString())));
}

void PostingEditorDialog::fillReports()
{
    QTableWidget* table = m_ui->postingReportsTableWidget;
    table->setRowCount(0);
    m_ui->addReportButton->setEnabled(false);
    if (m_posting.id == 0)
        return;
    auto reports = app::RegisterService(m_session).reportsOfPosting(m_posting.id);
    if (!reports)
        return;
    const QDate today = m_session.clock().today();
    for (const Report& report : *reports) {
        const int row = table->rowCount();
        table->insertRow(row);
        const ReportState state = report.stateOn(today);
        table->setItem(row, 0, new QTableWidgetItem(displayName(report.kind)));
        table->setItem(row, 1, new QTableWidgetItem(formatDate(report.dueDate)));
        table->setItem(row, 2, new QTableWidgetItem(formatDate(report.receivedDate)));
        auto* stateItem = new QTableWidgetItem(displayName(state));
        if (state == ReportState::Overdue)
            stateItem->setForeground(QColor(0xb7, 0x1c, 0x1c));
        table->setItem(row, 3, stateItem);
        table->item(row, 0)->setData(Qt::UserRole, static_cast<int>(report.kind));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->addReportButton->setEnabled(m_session.database().can(Permission::WriteRecords) &&
                                      !addableReports().isEmpty());
}

QVariantMap PostingEditorDialog::draftKey() const
{
    return {{QStringLiteral("posting"), m_posting.id}, {QStringLiteral("member"), m_posting.memberId}};
}

bool PostingEditorDialog::reopenChild(const EditorDraft& child)
{
    if (child.kind != QLatin1String("report") ||
        child.key.value(QStringLiteral("posting")).toLongLong() != m_posting.id)
        return false;
    openNewReport(static_cast<ReportKind>(child.key.value(QStringLiteral("kind")).toInt()));
    return true;
}

void PostingEditorDialog::draftRestored()
{
    validatePlan();
}

void PostingEditorDialog::openSelectedReport()
{
    const int row = m_ui->postingReportsTableWidget->currentRow();
    if (row < 0 || m_posting.id == 0)
        return;
    const auto kind =
        static_cast<ReportKind>(m_ui->postingReportsTableWidget->item(row, 0)->data(Qt::UserRole).toInt());
    ReportFormDialog dialog(m_session, m_posting.id, kind, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_changed = true;
        load(m_posting.id);
    }
}

QList<ReportKind> PostingEditorDialog::addableReports() const
{
    QList<ReportKind> kinds;
    if (m_posting.id == 0)
        return kinds;
    QList<ReportKind> present;
    for (int row = 0; row < m_ui->postingReportsTableWidget->rowCount(); ++row)
        present.append(static_cast<ReportKind>(
            m_ui->postingReportsTableWidget->item(row, 0)->data(Qt::UserRole).toInt()));
    for (ReportKind kind : allValues<ReportKind>()) {
        if (isPostingReport(kind) && !present.contains(kind))
            kinds.append(kind);
    }
    return kinds;
}

void PostingEditorDialog::chooseNewReport()
{
    const QList<ReportKind> kinds = addableReports();
    if (kinds.isEmpty())
        return;
    QStringList names;
    for (ReportKind kind : kinds)
        names.append(displayName(kind));
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add a document"), tr("Document received:"), names, 0, false, &ok);
    if (ok && names.contains(chosen))
        openNewReport(kinds.at(static_cast<int>(names.indexOf(chosen))));
}

void PostingEditorDialog::openNewReport(ReportKind kind)
{
    if (m_posting.id == 0)
        return;
    ReportFormDialog dialog(m_session, m_posting.id, kind, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_changed = true;
        load(m_posting.id);
    }
}

std::optional<TransferDirection> PostingEditorDialog::issuableLetter() const
{
    const Posting& p = m_posting;
    if (p.id == 0 || m_fieldMode || !m_session.database().can(Permission::WriteRecords))
        return std::nullopt;
    using S = PostingStatus;
    const bool away = p.status == S::Abroad || p.status == S::InOverseasCell;
    if (p.transferLetterOutId == 0 && (p.status == S::Approved || away))
        return TransferDirection::Out;
    const bool transferred = p.transferLetterOutId != 0 || isTransfer(p.arrangement);
    if (p.transferLetterBackId == 0 && transferred && (away || p.status == S::Returned))
        return TransferDirection::Back;
    return std::nullopt;
}

void PostingEditorDialog::updateLetterActions()
{
    auto* issue = m_ui->buttonBox->findChild<QPushButton*>(QStringLiteral("issueLetterButton"));
    if (!issue)
        return;
    const auto direction = issuableLetter();
    issue->setVisible(!m_fieldMode);
    issue->setEnabled(direction.has_value());
    if (!direction)
        issue->setToolTip(m_posting.id == 0
                              ? tr("Save the plan first.")
                              : tr("The posting has its transfer letters, or takes none at this step."));
    else if (*direction == TransferDirection::Out)
        issue->setToolTip(tr("Issue the letter out, moving the member's party activity to the unit abroad."));
    else
        issue->setToolTip(
            tr("Issue the letter back, returning the member's party activity to the home unit."));
}

void PostingEditorDialog::issueLetter()
{
    const auto direction = issuableLetter();
    if (!direction)
        return;
    if (isDirty() && !savePlan())
        return;
    IssueTransferDialog dialog(m_session, m_posting, *direction, this);
    Q_EMIT issueLetterDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Transfer& letter = dialog.issued();
    m_changed = true;
    load(m_posting.id); // the register linked the letter to the posting: the print menu offers it now
    const QString form = transferFormCode(letter.kind);
    MessageBox::information(
        this, tr("Transfer letter issued"),
        form.isEmpty() ? tr("Letter no. %1 issued.").arg(letter.registerNumber.toString())
                       : tr("Letter no. %1 issued (form %2).").arg(letter.registerNumber.toString(), form));
}

void PostingEditorDialog::updateHeader()
{
    const QString title = m_posting.id == 0 ? tr("New posting") : DossierTabs::postingTitle(m_posting);
    setWindowTitle(tr("%1 — %2").arg(title, m_memberName));
    QString status = m_posting.id == 0 ? tr("not saved yet") : displayName(m_posting.status);
    if (m_posting.isOverdueAbroad(m_session.clock().today()))
        status += QStringLiteral(" — ") +
                  tr("overdue since %1").arg(formatDate(m_posting.effectivePlannedReturn()));
    m_ui->headerLabel->setText(
        QStringLiteral("<h2 style='margin:0'>%1</h2><p style='margin:0'>%2 · <b>%3</b></p>")
            .arg(m_memberName.toHtmlEscaped(), title.toHtmlEscaped(), status.toHtmlEscaped()));
}

} // namespace orec::gui
