#include "gui/print_dialog.h"

#include "app/printer_calibration.h"
#include "app/register_service.h"
#include "gui/background_work.h"
#include "gui/committee_levels_dialog.h"
#include "gui/message_box.h"
#include "gui/print_support.h"
#include "gui/printer_calibration_dialog.h"
#include "ui_print_dialog.h"

#include <QEvent>

namespace orec::gui {

namespace {

using app::PrintKind;

bool needsPeriod(PrintKind k)
{
    return k == PrintKind::Movements || k == PrintKind::Statistics || k == PrintKind::TransferredAbroadList;
}
bool needsCommittee(PrintKind k)
{
    return k == PrintKind::TransferredAbroadList || k == PrintKind::TransferRegister ||
           k == PrintKind::TemporaryTransfer || k == PrintKind::OverseasPostingSlip;
}
bool needsLetter(PrintKind k)
{
    return k == PrintKind::TemporaryTransfer || k == PrintKind::OverseasPostingSlip;
}
bool needsYear(PrintKind k)
{
    return k == PrintKind::TransferRegister || needsLetter(k);
}

} // namespace

PrintDialog::PrintDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrintDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    const QDate today = m_session.clock().today();
    m_ui->fromDateEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toDateEdit->setDate(today);
    m_ui->yearSpinBox->setValue(today.year());
    fillLists();
    retranslate();
    connect(m_ui->kindListWidget, &QListWidget::currentRowChanged, this, &PrintDialog::updateFields);
    connect(m_ui->committeeComboBox, &QComboBox::currentIndexChanged, this, &PrintDialog::fillLetters);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &PrintDialog::fillLetters);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &PrintDialog::savePdf);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PrintDialog::exportTable);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &PrintDialog::issue);
    connect(m_ui->kindListWidget, &QListWidget::itemActivated, this, &PrintDialog::preview);
    connect(m_ui->overlayCheckBox, &QCheckBox::toggled, this, &PrintDialog::updateFields);
    connect(m_ui->calibrateButton, &QPushButton::clicked, this, &PrintDialog::calibrate);
    connect(m_ui->levelsButton, &QPushButton::clicked, this, &PrintDialog::editLevels);
    m_ui->kindListWidget->setCurrentRow(0);
    fillLetters();
    updateFields();
}

PrintDialog::~PrintDialog() = default;

QList<PrintKind> PrintDialog::kinds()
{
    return {PrintKind::Abroad,
            PrintKind::Abroad,
            PrintKind::Movements,
            PrintKind::ReportsDue,
            PrintKind::MemberRecord,
            PrintKind::Statistics,
            PrintKind::TemporaryTransfer,
            PrintKind::OverseasPostingSlip,
            PrintKind::TransferredAbroadList,
            PrintKind::TransferRegister,
            PrintKind::Reminders};
}

QString PrintDialog::kindTitle(PrintKind kind, reports::AbroadGrouping grouping)
{
    switch (kind) {
    case PrintKind::Abroad:
        return grouping == reports::AbroadGrouping::HomeUnit ? tr("Members abroad, by home unit")
                                                             : tr("Members abroad, by country and cell");
    case PrintKind::Movements:
        return tr("Departures and returns in a period");
    case PrintKind::ReportsDue:
        return tr("Reports overdue and due soon");
    case PrintKind::MemberRecord:
        return tr("A member's overseas record");
    case PrintKind::Statistics:
        return tr("Statistical table for a period");
    case PrintKind::TemporaryTransfer:
        return tr("Temporary transfer letter (2-SHĐ)");
    case PrintKind::OverseasPostingSlip:
        return tr("Official posting slip abroad (3A-SHĐ)");
    case PrintKind::TransferredAbroadList:
        return tr("Report listing a batch of 3A-SHĐ slips (3C-SHĐ)");
    case PrintKind::TransferRegister:
        return tr("Transfer register (10-SHĐ)");
    case PrintKind::Reminders:
        return tr("Reminder letters for overdue reports");
    case PrintKind::Calibration:
        return tr("Printer calibration page");
    case PrintKind::ScreenList:
        return tr("The list on screen");
    }
    return {};
}

void PrintDialog::fillLists()
{
    const QSignalBlocker a(m_ui->kindListWidget), b(m_ui->groupingComboBox), c(m_ui->committeeComboBox);
    const int row = std::max(0, m_ui->kindListWidget->currentRow());
    m_ui->kindListWidget->clear();
    const QList<PrintKind> all = kinds();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto grouping =
            i == 1 ? reports::AbroadGrouping::HomeUnit : reports::AbroadGrouping::CountryAndCell;
        auto* item = new QListWidgetItem(kindTitle(all.at(i), grouping), m_ui->kindListWidget);
        item->setData(Qt::UserRole, static_cast<int>(all.at(i)));
        item->setData(Qt::UserRole + 1, static_cast<int>(grouping));
    }
    m_ui->kindListWidget->setCurrentRow(row);

    const int grouping = std::max(0, m_ui->groupingComboBox->currentIndex());
    m_ui->groupingComboBox->clear();
    m_ui->groupingComboBox->addItem(tr("by country and overseas cell"),
                                    static_cast<int>(reports::AbroadGrouping::CountryAndCell));
    m_ui->groupingComboBox->addItem(tr("by home unit"), static_cast<int>(reports::AbroadGrouping::HomeUnit));
    m_ui->groupingComboBox->setCurrentIndex(grouping);

    const QVariant committee = m_ui->committeeComboBox->currentData();
    m_ui->committeeComboBox->clear();
    PartyUnitFilter filter;
    filter.overseas = false;
    filter.kind = UnitKind::Committee;
    if (auto units = app::RegisterService(m_session).units(filter)) {
        for (const PartyUnit& unit : *units)
            m_ui->committeeComboBox->addItem(unit.name, unit.id);
    }
    m_ui->committeeComboBox->setCurrentIndex(std::max(0, m_ui->committeeComboBox->findData(committee)));

    const QVariant printer = m_ui->printerComboBox->currentData();
    const QSignalBlocker d(m_ui->printerComboBox);
    m_ui->printerComboBox->clear();
    for (const QString& name : PrinterCalibrationDialog::printerNames())
        m_ui->printerComboBox->addItem(name.isEmpty() ? tr("(the default printer)") : name, name);
    m_ui->printerComboBox->setCurrentIndex(std::max(0, m_ui->printerComboBox->findData(printer)));
}

void PrintDialog::editLevels()
{
    CommitteeLevelsDialog dialog(m_session, this);
    dialog.exec();
}

void PrintDialog::calibrate()
{
    PrinterCalibrationDialog dialog(m_session, m_ui->printerComboBox->currentData().toString(), this);
    dialog.exec();
}

void PrintDialog::fillLetters()
{
    const QVariant keep = m_ui->letterComboBox->currentData();
    m_ui->letterComboBox->clear();
    const qint64 committee = m_ui->committeeComboBox->currentData().toLongLong();
    if (committee == 0)
        return;
    app::RegisterService service(m_session);
    auto letters = service.transferRegister(committee, m_ui->yearSpinBox->value());
    if (!letters)
        return;
    for (const Transfer& t : *letters) {
        auto member = service.member(t.memberId);
        const QString form = transferFormCode(t.kind);
        QString text =
            QStringLiteral("%1 — %2").arg(t.registerNumber.toString(), member ? member->fullName : QString());
        if (!form.isEmpty())
            text += QStringLiteral(" (%1)").arg(form);
        m_ui->letterComboBox->addItem(text, t.id);
    }
    m_ui->letterComboBox->setCurrentIndex(std::max(0, m_ui->letterComboBox->findData(keep)));
}

PrintKind PrintDialog::kind() const
{
    const QListWidgetItem* item = m_ui->kindListWidget->currentItem();
    return item ? static_cast<PrintKind>(item->data(Qt::UserRole).toInt()) : PrintKind::Abroad;
}

void PrintDialog::selectKind(PrintKind kind, reports::AbroadGrouping grouping)
{
    for (int row = 0; row < m_ui->kindListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->kindListWidget->item(row);
        if (static_cast<PrintKind>(item->data(Qt::UserRole).toInt()) == kind &&
            (kind != PrintKind::Abroad ||
             item->data(Qt::UserRole + 1).toInt() == static_cast<int>(grouping))) {
            m_ui->kindListWidget->setCurrentRow(row);
            break;
        }
    }
    if (kind == PrintKind::Abroad)
        m_ui->groupingComboBox->setCurrentIndex(m_ui->groupingComboBox->findData(static_cast<int>(grouping)));
}

void PrintDialog::setMemberKey(const QString& key)
{
    m_ui->memberLineEdit->setText(key);
}

void PrintDialog::updateFields()
{
    const PrintKind k = kind();
    if (k == PrintKind::Abroad) {
        const QListWidgetItem* item = m_ui->kindListWidget->currentItem();
        const QSignalBlocker blocker(m_ui->groupingComboBox);
        m_ui->groupingComboBox->setCurrentIndex(
            m_ui->groupingComboBox->findData(item->data(Qt::UserRole + 1)));
    }
    QFormLayout* form = m_ui->parametersForm;
    form->setRowVisible(m_ui->groupingComboBox, k == PrintKind::Abroad);
    form->setRowVisible(m_ui->fromDateEdit, needsPeriod(k));
    form->setRowVisible(m_ui->toDateEdit, needsPeriod(k));
    form->setRowVisible(m_ui->withinSpinBox, k == PrintKind::ReportsDue);
    form->setRowVisible(m_ui->memberLineEdit, k == PrintKind::MemberRecord);
    form->setRowVisible(m_ui->committeeLayout, needsCommittee(k));
    form->setRowVisible(m_ui->yearSpinBox, needsYear(k));
    form->setRowVisible(m_ui->letterComboBox, needsLetter(k));
    form->setRowVisible(m_ui->enclosuresLineEdit, needsLetter(k));
    // Only 2-SHĐ comes as a pre-printed sheet to fill in.
    form->setRowVisible(m_ui->overlayCheckBox, k == PrintKind::TemporaryTransfer);
    form->setRowVisible(m_ui->printerLayout,
                        k == PrintKind::TemporaryTransfer && m_ui->overlayCheckBox->isChecked());
    // Letters and a member's record are documents, not lists.
    m_ui->exportButton->setEnabled(!needsLetter(k) && k != PrintKind::MemberRecord);
    // The preview and the PDF are drafts; a clerk issues the final one with its number.
    app::PrintRequest probe;
    probe.kind = k;
    m_ui->issueButton->setEnabled(PrintSupport::mayIssue(m_session, probe));

    QString text;
    switch (k) {
    case PrintKind::Abroad:
        text = tr("Everyone abroad today with their country, cell and planned return.");
        break;
    case PrintKind::Movements:
        text = tr("Members who left or came back between the two dates.");
        break;
    case PrintKind::ReportsDue:
        text = tr(
            "Reports not received: those overdue, then those due within the days given (0: overdue only).");
        break;
    case PrintKind::MemberRecord:
        text = tr("Type the member's party card number or citizen ID.");
        break;
    case PrintKind::Statistics:
        text = tr(
            "Members abroad by country and cell type, departures, returns and reports in the period, with a chart.");
        break;
    case PrintKind::TemporaryTransfer:
        text =
            tr("A letter from the issuing committee's transfer register of the year, with the committees it "
               "is forwarded through. On the pre-printed form only the values are printed, shifted by the "
               "printer's calibration.");
        break;
    case PrintKind::OverseasPostingSlip:
        text = tr("A slip from the issuing committee's transfer register of the year; only a district-level "
                  "committee or above issues it.");
        break;
    case PrintKind::TransferredAbroadList:
        text = tr("The 3A-SHĐ slips the committee issued together (give their day as first and last day), "
                  "reported to the Foreign Ministry's Party Committee.");
        break;
    case PrintKind::TransferRegister:
        text = tr("The committee's book of the year: letters it sent, letters it received, and the counts.");
        break;
    case PrintKind::Reminders:
        text = tr(
            "A letter to each member whose report is overdue, through their cell, asking for it; one letter "
            "per page.");
        break;
    case PrintKind::Calibration:
    case PrintKind::ScreenList:
        break; // printed from the screens only
    }
    m_ui->descriptionLabel->setText(text);
}

Result<app::PrintRequest> PrintDialog::request()
{
    app::PrintRequest r;
    r.kind = kind();
    r.grouping = static_cast<reports::AbroadGrouping>(m_ui->groupingComboBox->currentData().toInt());
    if (needsPeriod(r.kind)) {
        r.from = m_ui->fromDateEdit->date();
        r.to = m_ui->toDateEdit->date();
        if (!r.from.isValid() || !r.to.isValid() || r.to < r.from)
            return Error(ErrorCode::Invalid,
                         tr("Give a period: a first and a last day, the first not after the last."));
    }
    r.withinDays = m_ui->withinSpinBox->value();
    if (r.kind == PrintKind::ReportsDue && r.withinDays == 0) {
        // As the description says: 0 days is the overdue ones only, not those due today as well.
        ReportDueFilter overdue;
        overdue.overdueOnly = true;
        r.dueFilter = overdue;
    }
    if (r.kind == PrintKind::Statistics)
        r.dashboardChart = m_dashboardChart;
    if (r.kind == PrintKind::MemberRecord) {
        const QString key = m_ui->memberLineEdit->text().trimmed();
        if (key.isEmpty())
            return Error(ErrorCode::Invalid, tr("Type the member's party card number or citizen ID."));
        auto id = app::PrintService(m_session).memberId(key);
        if (!id)
            return id.error();
        r.memberId = *id;
    }
    if (needsCommittee(r.kind))
        r.committeeId = m_ui->committeeComboBox->currentData().toLongLong();
    if (needsYear(r.kind))
        r.year = m_ui->yearSpinBox->value();
    if (needsLetter(r.kind)) {
        r.transferId = m_ui->letterComboBox->currentData().toLongLong();
        if (r.transferId == 0)
            return Error(ErrorCode::Invalid, tr("The committee issued no transfer letter in that year."));
        r.enclosures = m_ui->enclosuresLineEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString& e : r.enclosures)
            e = e.trimmed();
    }
    if (r.kind == PrintKind::TemporaryTransfer && m_ui->overlayCheckBox->isChecked()) {
        r.overlay = true;
        r.printerName = m_ui->printerComboBox->currentData().toString();
        r.offset = app::PrinterCalibration::offsetFor(r.printerName);
    }
    return r;
}

void PrintDialog::preview()
{
    auto r = request();
    if (!r) {
        MessageBox::warning(this, tr("Cannot print yet"), r.error().message);
        return;
    }
    PrintSupport::preview(this, m_session, *r);
}

QString PrintDialog::savePdf()
{
    auto r = request();
    if (!r) {
        MessageBox::warning(this, tr("Cannot print yet"), r.error().message);
        return {};
    }
    return PrintSupport::savePdf(this, m_session, *r);
}

QString PrintDialog::issue()
{
    auto r = request();
    if (!r) {
        MessageBox::warning(this, tr("Cannot print yet"), r.error().message);
        return {};
    }
    return PrintSupport::issue(this, m_session, *r);
}

QString PrintDialog::exportTable()
{
    auto r = request();
    if (!r) {
        MessageBox::warning(this, tr("Cannot export yet"), r.error().message);
        return {};
    }
    // The figures behind a statistical table take a while over a large register: gathered on a worker,
    // the dialog answering meanwhile.
    const app::PrintRequest& request = *r;
    auto table = BackgroundWork::run<Result<reports::ReportTable>>(
        this, tr("Exporting the table"), [&](WorkProgress& progress) -> Result<reports::ReportTable> {
            progress.report(tr("Gathering the table…"));
            return app::PrintService(m_session).table(request);
        });
    if (!table) {
        if (table.code() != ErrorCode::Cancelled)
            MessageBox::warning(this, tr("Export failed"), table.error().toString());
        return {};
    }
    return PrintSupport::exportTable(this, m_session, *table, PrintSupport::suggestedName(*r));
}

void PrintDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PrintDialog::retranslate()
{
    fillLists();
    updateFields();
    m_ui->memberLineEdit->setPlaceholderText(tr("party card number or citizen ID"));
    m_ui->enclosuresLineEdit->setPlaceholderText(tr("papers sent with it, separated by ;"));
}

} // namespace orec::gui
