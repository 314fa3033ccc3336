#include "gui/member_report_dialog.h"

#include "app/register_service.h"
#include "core/validation.h"
#include "gui/message_box.h"
#include "gui/problem_list.h"
#include "ui_member_report_dialog.h"

#include <QEvent>
#include <QPushButton>

namespace orec::gui {

MemberReportDialog::MemberReportDialog(app::Session& session, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MemberReportDialog>()), m_session(session),
      m_memberId(memberId)
{
    m_ui->setupUi(this);
    for (ReportKind kind : allValues<ReportKind>()) {
        if (!isPostingReport(kind))
            m_ui->kindComboBox->addItem(displayName(kind), static_cast<int>(kind));
    }
    m_ui->receivedDateEdit->setDate(m_session.clock().today());
    QString name;
    if (auto member = app::RegisterService(m_session).member(memberId))
        name = member->fullName;
    m_ui->headerLabel->setText(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()));
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &MemberReportDialog::updateKind);
    connect(m_ui->eventDateEdit, &QLineEdit::textEdited, this, &MemberReportDialog::validateForm);
    connect(m_ui->receivedDateEdit, &QLineEdit::textEdited, this, &MemberReportDialog::validateForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
}

MemberReportDialog::~MemberReportDialog() = default;

void MemberReportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QDialog::changeEvent(event);
}

void MemberReportDialog::setKind(ReportKind kind)
{
    const int index = m_ui->kindComboBox->findData(static_cast<int>(kind));
    if (index >= 0)
        m_ui->kindComboBox->setCurrentIndex(index);
}

QString MemberReportDialog::problemsText() const
{
    return m_ui->problemsLabel->text();
}

void MemberReportDialog::updateKind()
{
    // An annual rating has no event: its date is when it was received.
    const bool event = isEventReport(formReport().kind);
    m_ui->eventDateLabel->setEnabled(event);
    m_ui->eventDateEdit->setEnabled(event);
    if (!event)
        m_ui->eventDateEdit->setDate({});
    m_ui->cellOpinionLabel->setText(event ? tr("&Cell's remarks:") : tr("&Cell's rating and remarks:"));
    validateForm();
}

Report MemberReportDialog::formReport() const
{
    Report r;
    r.memberId = m_memberId;
    r.kind = static_cast<ReportKind>(m_ui->kindComboBox->currentData().toInt());
    r.eventDate = m_ui->eventDateEdit->date();
    r.receivedDate = m_ui->receivedDateEdit->date();
    // The person recording it took it in (as the register fills in when it is saved).
    if (r.receivedDate.isValid())
        r.receivedBy = m_session.actor().user;
    r.cellOpinion = m_ui->cellOpinionPlainTextEdit->toPlainText().trimmed();
    r.committeeOpinion = m_ui->committeeOpinionPlainTextEdit->toPlainText().trimmed();
    return r;
}

void MemberReportDialog::validateForm()
{
    const Report r = formReport();
    FieldErrors problems = validate(r, m_session.clock().today());
    if (!r.receivedDate.isValid())
        problems.prepend({QStringLiteral("received_date"), tr("Enter the date the document was received."),
                          Severity::Error});
    if (isEventReport(r.kind) && !r.eventDate.isValid())
        problems.prepend({QStringLiteral("event_date"), tr("Enter the date of the event."), Severity::Error});
    m_ui->problemsLabel->setText(problemListHtml(problems));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_session.database().can(Permission::WriteRecords) && !hasErrors(problems));
}

bool MemberReportDialog::save()
{
    validateForm();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return false;
    auto saved = app::RegisterService(m_session).addMemberReport(formReport());
    if (!saved) {
        MessageBox::warning(this, tr("Not recorded"), saved.error().toString());
        return false;
    }
    m_report = *saved;
    return true;
}

} // namespace orec::gui
