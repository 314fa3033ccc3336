// PrintDialog: every printed document of the register in one place: choose the kind, fill in what it needs
// (period, grouping, member, committee, letter), then preview, save as PDF or export its table.
#pragma once

#include "app/print_service.h"
#include "app/session.h"

#include <QDialog>
#include <QImage>
#include <memory>

namespace Ui {
class PrintDialog;
}

namespace orec::gui {

class PrintDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintDialog(app::Session& session, QWidget* parent = nullptr);
    ~PrintDialog() override;

    // The kinds in the order the dialog and the File → Print menu list them.
    static QList<app::PrintKind> kinds();
    // "Members abroad, by country and cell"…, as the menu shows them (the Abroad kind twice, by grouping).
    static QString kindTitle(app::PrintKind kind,
                             reports::AbroadGrouping grouping = reports::AbroadGrouping::CountryAndCell);

    void selectKind(app::PrintKind kind,
                    reports::AbroadGrouping grouping = reports::AbroadGrouping::CountryAndCell);
    app::PrintKind kind() const;
    void setMemberKey(const QString& key);
    // The statistical report shows this picture (a dashboard chart) in place of the chart it draws.
    void setDashboardChart(const QImage& chart) { m_dashboardChart = chart; }
    // The request the fields describe; an error (shown to the user by the buttons) when one is missing.
    Result<app::PrintRequest> request();

    void preview();
    QString savePdf();
    QString exportTable();
    // Issues the document with the next number of its kind in the committee's register (PrintSupport::issue).
    QString issue();
    // Opens the printer calibration for the printer chosen for the pre-printed form.
    void calibrate();
    // Opens the committees' levels (which committee may issue 3A-SHĐ, who signs).
    void editLevels();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLists();
    void fillLetters();
    void updateFields();
    void retranslate();

    std::unique_ptr<Ui::PrintDialog> m_ui;
    app::Session& m_session;
    QImage m_dashboardChart;
};

} // namespace orec::gui
