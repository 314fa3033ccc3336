#include "gui/transition_dialog.h"

#include "app/register_service.h"
#include "gui/display_format.h"
#include "gui/register_labels.h"
#include "ui_transition_dialog.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace orec::gui {

TransitionDialog::TransitionDialog(app::Session& session, PostingTransition transition,
                                   const Posting& posting, TransitionContext context, QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::TransitionDialog>()), m_session(session),
      m_transition(transition), m_posting(posting), m_context(std::move(context))
{
    m_ui->setupUi(this);
    setWindowTitle(displayName(transition));
    using T = PostingTransition;
    const bool approve = transition == T::Approve;
    const bool extend = transition == T::Extend;
    const bool join = transition == T::JoinCell;
    const bool reason = transition == T::Cancel || transition == T::MarkDidNotReturn || extend;
    m_ui->form->setRowVisible(m_ui->committeeComboBox, approve);
    m_ui->form->setRowVisible(m_ui->decisionNumberLineEdit, approve || extend);
    m_ui->form->setRowVisible(m_ui->decisionDateDateEdit, approve || extend);
    m_ui->form->setRowVisible(m_ui->decisionBodyLineEdit, approve);
    m_ui->form->setRowVisible(m_ui->cellComboBox, join);
    m_ui->form->setRowVisible(m_ui->newReturnDateEdit, extend);
    m_ui->form->setRowVisible(m_ui->reasonPlainTextEdit, reason);

    QString intro;
    switch (transition) {
    case T::Approve:
        intro = tr("Record the committee's approval of the posting.");
        break;
    case T::Depart:
        intro = tr("Record the day the member left the country.");
        break;
    case T::RecordUnapprovedDeparture:
        intro = tr(
            "The member left without approval. The posting is flagged for the committee (Regulation 69-QĐ/TW, art. 34).");
        break;
    case T::JoinCell:
        intro = tr("Record the overseas cell the member joined abroad.");
        break;
    case T::Extend:
        intro = tr("Record the decision that extends the stay and the new planned return.");
        break;
    case T::ReturnHome:
        intro = tr("Record the day the member came back. The return report falls due from it.");
        break;
    case T::Close:
        intro = tr("Close the posting: its reports are in.");
        break;
    case T::Cancel:
        intro = tr("Cancel the posting before departure.");
        break;
    case T::MarkLostContact:
        intro = tr("Record since when nobody can reach the member.");
        break;
    case T::Found:
        intro = tr("Record the day contact was restored.");
        break;
    case T::MarkDidNotReturn:
        intro = tr("Record that the member stayed abroad and did not return.");
        break;
    }
    // A cell receives a member on a transfer letter (2-SHĐ, 3A-SHĐ); the life-cycle does not wait for it, but
    // the clerk should know when the posting has none yet.
    if (join && posting.transferLetterOutId == 0)
        intro += QLatin1Char(' ') +
                 tr("No transfer letter out has been issued for this posting yet; once the step is recorded, "
                    "issue it from the posting (Issue a transfer letter…).");
    // The step's date starts at the planned one where the posting has it and it has come, and says so: OK
    // pressed on today's date would record a departure or a return on the wrong day.
    QDate proposed;
    if (transition == T::Depart || transition == T::RecordUnapprovedDeparture)
        proposed = posting.plannedDeparture;
    else if (transition == T::ReturnHome)
        proposed = posting.effectivePlannedReturn();
    else if (approve)
        proposed = posting.decisionDate;
    if (proposed > m_context.today)
        proposed = QDate(); // not yet: nothing is recorded ahead of time, so today it is
    if (proposed.isValid()) {
        intro +=
            QLatin1Char(' ') +
            (approve ? tr("The date proposed is the decision's, %1: change it if the approval was recorded "
                          "on another day.")
                     : tr("The date proposed is the planned one, %1: change it if it happened on another "
                          "day."))
                .arg(formatDate(proposed));
    }
    m_ui->introLabel->setText(
        QStringLiteral("<b>%1</b> — %2").arg(displayName(transition).toHtmlEscaped(), intro.toHtmlEscaped()));
    m_ui->dateDateEdit->setDate(proposed.isValid() ? proposed : m_context.today);
    m_ui->decisionNumberLineEdit->setText(approve ? posting.decisionNumber : QString());
    m_ui->decisionDateDateEdit->setDate(approve ? posting.decisionDate : QDate());
    m_ui->decisionBodyLineEdit->setText(posting.decisionBody);
    fillLists();
    addPapersPanel();

    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, &TransitionDialog::updateVerdict);
    for (QComboBox* box : {m_ui->committeeComboBox, m_ui->cellComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, &TransitionDialog::updateVerdict);
    connect(m_ui->reasonPlainTextEdit, &QPlainTextEdit::textChanged, this, &TransitionDialog::updateVerdict);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);
    watchForEdits(this);
    updateVerdict();
    // Wide enough for the intro to read in two lines and for the OK button, which carries the step's name.
    setMinimumWidth(std::max(minimumSizeHint().width(), 64 * fontMetrics().averageCharWidth()));
    adjustSize();
}

TransitionDialog::~TransitionDialog() = default;

void TransitionDialog::fillLists()
{
    app::RegisterService service(m_session);
    if (m_transition == PostingTransition::Approve) {
        PartyUnitFilter committees;
        committees.overseas = false;
        committees.kind = UnitKind::Committee;
        m_ui->committeeComboBox->addItem(QString(), 0);
        if (auto units = service.units(committees)) {
            for (const PartyUnit& unit : *units)
                m_ui->committeeComboBox->addItem(unit.name, unit.id);
        }
        m_ui->committeeComboBox->setCurrentIndex(
            std::max(0, m_ui->committeeComboBox->findData(m_posting.approvingCommitteeId)));
    }
    if (m_transition == PostingTransition::JoinCell) {
        PartyUnitFilter cells;
        cells.overseas = true;
        cells.kind = UnitKind::Cell;
        cells.activeOnly = true;
        if (auto units = service.units(cells))
            m_cells = *units;
        // The cells of the posting's countries first: almost always the one joined.
        std::stable_sort(m_cells.begin(), m_cells.end(), [this](const PartyUnit& a, const PartyUnit& b) {
            return m_posting.includesCountry(a.countryCode) && !m_posting.includesCountry(b.countryCode);
        });
        m_ui->cellComboBox->addItem(QString(), 0);
        for (const PartyUnit& cell : std::as_const(m_cells))
            m_ui->cellComboBox->addItem(
                QStringLiteral("%1 — %2").arg(cell.name, RegisterLabels::country(cell.countryCode)), cell.id);
        if (m_cells.size() > 0 && m_posting.includesCountry(m_cells.first().countryCode))
            m_ui->cellComboBox->setCurrentIndex(1);
    }
}

void TransitionDialog::addPapersPanel()
{
    m_papers = missingPapersBefore(m_transition, m_posting, m_context.rules, m_context.reports);
    if (m_papers.isEmpty())
        return;
    // Before the OK button: what the clerk would otherwise only learn later, as an overdue paper.
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("papersFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("#papersFrame { border: 1px solid #e65100; background: #fff3e0; }"));
    auto* layout = new QVBoxLayout(frame);
    m_papersLabel = new QLabel(frame);
    m_papersLabel->setObjectName(QStringLiteral("papersLabel"));
    m_papersLabel->setWordWrap(true);
    m_papersLabel->setTextFormat(Qt::RichText);
    QStringList items;
    QStringList sources;
    QStringList rulesSeen;
    for (const MissingPaper& paper : std::as_const(m_papers)) {
        items.append(QStringLiteral("<li><b>%1</b>%2</li>")
                         .arg(describePaper(paper).toHtmlEscaped(),
                              paper.blocks
                                  ? QStringLiteral(" — ") + tr("required before this step").toHtmlEscaped()
                                  : QString()));
        if (!rulesSeen.contains(paper.ruleKey)) {
            rulesSeen.append(paper.ruleKey);
            sources.append(tr("Rule %1: %2").arg(paper.ruleKey, paper.source).toHtmlEscaped());
        }
    }
    const bool blocks = anyBlocks(m_papers);
    m_papersLabel->setText(
        QStringLiteral("<b>%1</b><ul style='margin: 2px 0'>%2</ul><small>%3</small><br>%4")
            .arg(tr("Papers not received yet:").toHtmlEscaped(), items.join(QString()),
                 sources.join(QStringLiteral("<br>")),
                 (blocks
                      ? tr("The step waits for them. Cancel, then record them in the posting's Documents "
                           "tab.")
                      : tr("To record a paper first, cancel and use the posting's Documents tab; or go "
                           "ahead deliberately: the papers stay due, and show as overdue if they come late."))
                     .toHtmlEscaped()));
    layout->addWidget(m_papersLabel);
    if (!blocks) {
        m_proceedCheckBox = new QCheckBox(frame);
        m_proceedCheckBox->setObjectName(QStringLiteral("proceedWithoutPapersCheckBox"));
        m_proceedCheckBox->setText(
            m_papers.size() == 1
                ? tr("&Proceed without “%1”").arg(displayName(m_papers.first().kind))
                : tr("&Proceed without these %n papers", nullptr, static_cast<int>(m_papers.size())));
        connect(m_proceedCheckBox, &QCheckBox::toggled, this, &TransitionDialog::updateVerdict);
        layout->addWidget(m_proceedCheckBox);
    }
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->verdictLabel), frame);
}

bool TransitionDialog::proceedsWithoutPapers() const
{
    return m_papers.isEmpty() || (m_proceedCheckBox && m_proceedCheckBox->isChecked());
}

TransitionInput TransitionDialog::input() const
{
    TransitionInput in;
    in.date = m_ui->dateDateEdit->date();
    in.committeeId = m_ui->committeeComboBox->currentData().toLongLong();
    in.decisionNumber = m_ui->decisionNumberLineEdit->text().trimmed();
    in.decisionDate = m_ui->decisionDateDateEdit->date();
    in.decisionBody = m_ui->decisionBodyLineEdit->text().trimmed();
    const qint64 cellId = m_ui->cellComboBox->currentData().toLongLong();
    for (const PartyUnit& cell : m_cells) {
        if (cell.id == cellId)
            in.cell = cell;
    }
    if (m_transition == PostingTransition::Extend) {
        Extension extension;
        extension.decisionNumber = in.decisionNumber;
        extension.decisionDate = in.decisionDate;
        extension.newPlannedReturn = m_ui->newReturnDateEdit->date();
        extension.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
        in.extension = extension;
    }
    in.reason = m_ui->reasonPlainTextEdit->toPlainText().trimmed();
    return in;
}

TransitionVerdict TransitionDialog::verdict() const
{
    return check(m_transition, m_posting, input(), m_context);
}

void TransitionDialog::updateVerdict()
{
    const TransitionVerdict v = verdict();
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(displayName(m_transition));
    if (v && !proceedsWithoutPapers()) {
        m_ui->verdictLabel->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
        m_ui->verdictLabel->setText(
            tr("Papers are missing: tick “Proceed without…” to record the step before they are in."));
    } else if (v) {
        m_ui->verdictLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_ui->verdictLabel->setText(tr("Ready to record."));
    } else {
        m_ui->verdictLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_ui->verdictLabel->setText(v.message());
    }
    ok->setEnabled(static_cast<bool>(v) && proceedsWithoutPapers());
}

void TransitionDialog::showRefusal(const QString& message)
{
    m_ui->verdictLabel->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_ui->verdictLabel->setText(message);
}

void TransitionDialog::accept()
{
    if (const TransitionVerdict v = verdict(); !v) {
        showRefusal(v.message());
        return;
    }
    if (!proceedsWithoutPapers()) {
        updateVerdict();
        return;
    }
    EditorDialog::accept();
}

} // namespace orec::gui
