#include "gui/issue_transfer_dialog.h"

#include "app/register_service.h"
#include "core/validation.h"
#include "gui/problem_list.h"
#include "gui/register_labels.h"
#include "ui_issue_transfer_dialog.h"

#include <QEvent>
#include <QPushButton>

namespace orec::gui {

IssueTransferDialog::IssueTransferDialog(app::Session& session, const Posting& posting,
                                         TransferDirection direction, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::IssueTransferDialog>()), m_session(session),
      m_posting(posting), m_direction(direction)
{
    m_ui->setupUi(this);
    app::RegisterService service(m_session);
    if (auto member = service.member(m_posting.memberId))
        m_member = *member;
    for (TransferKind kind : allValues<TransferKind>()) {
        const QString form = transferFormCode(kind);
        m_ui->kindComboBox->addItem(form.isEmpty() ? displayName(kind)
                                                   : QStringLiteral("%1 (%2)").arg(displayName(kind), form),
                                    static_cast<int>(kind));
    }
    m_ui->kindComboBox->setCurrentIndex(
        std::max(0, m_ui->kindComboBox->findData(static_cast<int>(suggestedKind(m_posting)))));
    fillLists();
    for (QComboBox* box : {m_ui->kindComboBox, m_ui->committeeComboBox, m_ui->receivingUnitComboBox})
        box->setSizePolicy(QSizePolicy::Expanding, box->sizePolicy().verticalPolicy());
    m_ui->issueDateEdit->setDate(m_session.clock().today());
    m_ui->partyCardLineEdit->setText(m_member.partyCardNumber);
    m_ui->dossierLineEdit->setText(m_member.dossierNumber);
    m_ui->numberLabel->setStyleSheet(QStringLiteral("color: #37474f;"));
    m_ui->numberLabel->setText(
        tr("The number is given by the committee's transfer register (10-SHĐ) when the "
           "letter is issued."));
    updateHeader();

    connect(m_ui->receivingUnitComboBox, &QComboBox::currentIndexChanged, this,
            &IssueTransferDialog::onReceivingUnitChanged);
    for (QComboBox* box : {m_ui->kindComboBox, m_ui->committeeComboBox, m_ui->receivingUnitComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &IssueTransferDialog::validateForm);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &IssueTransferDialog::validateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (issue())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onReceivingUnitChanged();
    validateForm();
    // The form's widest label and the committee names read whole; the notes wrap.
    setMinimumWidth(std::max(minimumSizeHint().width(), 72 * fontMetrics().averageCharWidth()));
    adjustSize();
}

IssueTransferDialog::~IssueTransferDialog() = default;

void IssueTransferDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateHeader();
    }
    QDialog::changeEvent(event);
}

TransferKind IssueTransferDialog::suggestedKind(const Posting& posting)
{
    if (posting.purpose == PostingPurpose::Labour)
        return TransferKind::LabourExport;
    if (posting.arrangement == PartyActivityArrangement::OfficialTransfer)
        return TransferKind::Official;
    return TransferKind::Temporary;
}

void IssueTransferDialog::updateHeader()
{
    const bool out = m_direction == TransferDirection::Out;
    setWindowTitle(out ? tr("Issue a transfer letter out") : tr("Issue a transfer letter back"));
    const QString what = out ? tr("Letter out: the member's party activity moves to the unit abroad.")
                             : tr("Letter back: the member's party activity returns to the home unit.");
    m_ui->headerLabel->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(m_member.fullName.toHtmlEscaped(), what.toHtmlEscaped()));
}

void IssueTransferDialog::fillLists()
{
    app::RegisterService service(m_session);
    // Issuing committees are the home ones; the member's own (the first committee above the home cell) first.
    PartyUnitFilter committees;
    committees.overseas = false;
    committees.kind = UnitKind::Committee;
    m_ui->committeeComboBox->addItem(QString(), 0);
    if (auto units = service.units(committees)) {
        for (const PartyUnit& unit : *units)
            m_ui->committeeComboBox->addItem(unit.name, unit.id);
    }
    qint64 homeCommittee = 0;
    qint64 unitId = m_member.homeUnitId;
    for (int depth = 0; unitId != 0 && depth < 16 && homeCommittee == 0; ++depth) {
        auto unit = service.unit(unitId);
        if (!unit)
            break;
        if (unit->kind == UnitKind::Committee && !unit->overseas)
            homeCommittee = unit->id;
        unitId = unit->parentId;
    }
    if (homeCommittee == 0)
        homeCommittee = m_posting.approvingCommitteeId;
    m_ui->committeeComboBox->setCurrentIndex(std::max(0, m_ui->committeeComboBox->findData(homeCommittee)));

    // Out: the overseas cells, those of the posting's countries first; back: the home units. The empty first
    // entry is a unit not in the register (a mission abroad), named on the letter only.
    m_ui->receivingUnitComboBox->addItem(tr("(not in the register: type the name below)"), 0);
    PartyUnitFilter receiving;
    receiving.kind = UnitKind::Cell;
    receiving.activeOnly = true;
    receiving.overseas = m_direction == TransferDirection::Out;
    QList<PartyUnit> units;
    if (auto found = service.units(receiving))
        units = *found;
    qint64 preferred = 0;
    if (m_direction == TransferDirection::Out) {
        std::stable_sort(units.begin(), units.end(), [this](const PartyUnit& a, const PartyUnit& b) {
            return m_posting.includesCountry(a.countryCode) && !m_posting.includesCountry(b.countryCode);
        });
        preferred = m_posting.overseasCellId;
        if (preferred == 0 && !units.isEmpty() && m_posting.includesCountry(units.first().countryCode))
            preferred = units.first().id;
    } else {
        preferred = m_member.homeUnitId;
    }
    for (const PartyUnit& unit : std::as_const(units)) {
        const QString text =
            unit.overseas
                ? QStringLiteral("%1 — %2").arg(unit.name, RegisterLabels::country(unit.countryCode))
                : unit.name;
        m_ui->receivingUnitComboBox->addItem(text, unit.id);
        m_ui->receivingUnitComboBox->setItemData(m_ui->receivingUnitComboBox->count() - 1, unit.name,
                                                 Qt::UserRole + 1);
    }
    m_ui->receivingUnitComboBox->setCurrentIndex(
        std::max(0, m_ui->receivingUnitComboBox->findData(preferred)));
}

void IssueTransferDialog::onReceivingUnitChanged()
{
    // The name on the letter follows the unit chosen; with no unit, the clerk types it.
    const QString name = m_ui->receivingUnitComboBox->currentData(Qt::UserRole + 1).toString();
    if (m_ui->receivingUnitComboBox->currentData().toLongLong() != 0)
        m_ui->receivingNameLineEdit->setText(name);
    else
        m_ui->receivingNameLineEdit->clear();
}

Transfer IssueTransferDialog::formTransfer() const
{
    Transfer t;
    t.kind = static_cast<TransferKind>(m_ui->kindComboBox->currentData().toInt());
    t.direction = m_direction;
    t.issuingCommitteeId = m_ui->committeeComboBox->currentData().toLongLong();
    t.issueDate = m_ui->issueDateEdit->date();
    t.memberId = m_posting.memberId;
    t.postingId = m_posting.id;
    t.receivingUnitId = m_ui->receivingUnitComboBox->currentData().toLongLong();
    t.receivingUnitName = m_ui->receivingNameLineEdit->text().trimmed();
    t.partyCardNumber = m_ui->partyCardLineEdit->text().trimmed();
    t.dossierNumber = m_ui->dossierLineEdit->text().trimmed();
    const QDate dues = m_ui->duesPaidUpToEdit->date();
    t.duesPaidUpTo = dues.isValid() ? QDate(dues.year(), dues.month(), 1) : QDate();
    t.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed();
    return t;
}

void IssueTransferDialog::validateForm()
{
    FieldErrors problems;
    const Transfer t = formTransfer();
    // The register gives the number when it issues the letter; what the form lacks is everything else.
    for (const FieldError& problem : validate(t, m_session.clock().today())) {
        if (problem.field != QLatin1String("register_no"))
            problems.append(problem);
    }
    if (!m_ui->issueDateEdit->hasValidText())
        problems.prepend({QStringLiteral("issue_date"), tr("The issue date is not a date (dd/MM/yyyy)."),
                          Severity::Error});
    if (!m_ui->duesPaidUpToEdit->hasValidText())
        problems.prepend({QStringLiteral("dues_paid_up_to"),
                          tr("“Dues paid up to” is not a date (dd/MM/yyyy)."), Severity::Error});
    showProblems(problems);
}

void IssueTransferDialog::showProblems(const FieldErrors& problems, const QStringList& refusedFields)
{
    QStringList lines;
    QStringList badFields = refusedFields;
    for (const FieldError& problem : problems) {
        lines.append(problemLine(problem));
        if (problem.isError())
            badFields.append(problem.field);
    }
    m_ui->problemsLabel->setText(lines.join(QStringLiteral("<br>")));
    // The label of each field in error turns red, so the clerk sees where to look.
    const QList<std::pair<QString, QLabel*>> labels = {
        {QStringLiteral("issuing_committee"), m_ui->committeeLabel},
        {QStringLiteral("issue_date"), m_ui->issueDateLabel},
        {QStringLiteral("receiving_unit"), m_ui->receivingUnitLabel},
        {QStringLiteral("party_card_no"), m_ui->partyCardLabel},
        {QStringLiteral("dossier_no"), m_ui->dossierLabel},
        {QStringLiteral("dues_paid_up_to"), m_ui->duesLabel},
    };
    for (const auto& [field, label] : labels)
        label->setStyleSheet(badFields.contains(field) ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                                       : QString());
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Issue the letter"));
    ok->setEnabled(m_session.database().can(Permission::WriteRecords) && !hasErrors(problems));
}

QString IssueTransferDialog::problemsText() const
{
    return m_ui->problemsLabel->text();
}

bool IssueTransferDialog::issue()
{
    validateForm();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return false;
    auto issued = app::RegisterService(m_session).issueTransfer(formTransfer());
    if (!issued) {
        // The register knows what the form cannot (the last number of the year): its reasons, under the form.
        FieldErrors refused;
        for (const QString& line : issued.error().message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            refused.append({QString(), line, Severity::Error});
        showProblems(refused, issued.error().where.split(QStringLiteral(", "), Qt::SkipEmptyParts));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(true); // the clerk may correct and try again
        return false;
    }
    m_issued = *issued;
    m_ui->numberLabel->setText(tr("Letter no. %1 issued.").arg(m_issued.registerNumber.toString()));
    return true;
}

} // namespace orec::gui
