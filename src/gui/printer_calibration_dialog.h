// PrinterCalibrationDialog: a printer's offsets for the pre-printed 2-SHĐ sheet: prints the test page with
// its rulers and cross marks, and saves the offsets the clerk measured under the printer's name.
#pragma once

#include "app/session.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PrinterCalibrationDialog;
}

namespace orec::gui {

class PrinterCalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrinterCalibrationDialog(app::Session& session, const QString& printerName = {},
                                      QWidget* parent = nullptr);
    ~PrinterCalibrationDialog() override;

    // The printers the dialog offers: the default printer (an empty name) first, then those installed.
    static QStringList printerNames();
    QString printerName() const;
    void printTestPage();
    bool save();
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadOffsets();
    void fillPrinters(const QString& select);

    std::unique_ptr<Ui::PrinterCalibrationDialog> m_ui;
    app::Session& m_session;
};

} // namespace orec::gui
