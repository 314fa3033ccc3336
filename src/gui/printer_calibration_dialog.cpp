#include "gui/printer_calibration_dialog.h"

#include "app/print_service.h"
#include "app/printer_calibration.h"
#include "gui/message_box.h"
#include "gui/print_support.h"
#include "ui_printer_calibration_dialog.h"

#include <QEvent>
#include <QPrinterInfo>
#include <QPushButton>

namespace orec::gui {

PrinterCalibrationDialog::PrinterCalibrationDialog(app::Session& session, const QString& printerName,
                                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrinterCalibrationDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    fillPrinters(printerName);
    loadOffsets();
    connect(m_ui->printerComboBox, &QComboBox::currentIndexChanged, this,
            &PrinterCalibrationDialog::loadOffsets);
    connect(m_ui->testPageButton, &QPushButton::clicked, this, &PrinterCalibrationDialog::printTestPage);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PrinterCalibrationDialog::accept);
}

PrinterCalibrationDialog::~PrinterCalibrationDialog() = default;

QStringList PrinterCalibrationDialog::printerNames()
{
    QStringList names{QString()};
    names += QPrinterInfo::availablePrinterNames();
    return names;
}

void PrinterCalibrationDialog::fillPrinters(const QString& select)
{
    const QSignalBlocker blocker(m_ui->printerComboBox);
    m_ui->printerComboBox->clear();
    for (const QString& name : printerNames())
        m_ui->printerComboBox->addItem(name.isEmpty() ? tr("(the default printer)") : name, name);
    m_ui->printerComboBox->setCurrentIndex(std::max(0, m_ui->printerComboBox->findData(select)));
}

QString PrinterCalibrationDialog::printerName() const
{
    return m_ui->printerComboBox->currentData().toString();
}

void PrinterCalibrationDialog::loadOffsets()
{
    const reports::PrinterOffset offset = app::PrinterCalibration::offsetFor(printerName());
    m_ui->xSpinBox->setValue(offset.xMm);
    m_ui->ySpinBox->setValue(offset.yMm);
}

void PrinterCalibrationDialog::printTestPage()
{
    app::PrintRequest r;
    r.kind = app::PrintKind::Calibration;
    r.printerName = printerName();
    r.offset = reports::PrinterOffset{m_ui->xSpinBox->value(), m_ui->ySpinBox->value()};
    PrintSupport::preview(this, m_session, r);
}

bool PrinterCalibrationDialog::save()
{
    const Status saved = app::PrinterCalibration::save(
        printerName(), reports::PrinterOffset{m_ui->xSpinBox->value(), m_ui->ySpinBox->value()});
    if (!saved)
        MessageBox::warning(this, tr("Not saved"), saved.error().message);
    return saved.ok();
}

void PrinterCalibrationDialog::accept()
{
    if (save())
        QDialog::accept();
}

void PrinterCalibrationDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillPrinters(printerName());
    }
    QDialog::changeEvent(event);
}

} // namespace orec::gui
