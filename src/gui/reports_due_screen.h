// ReportsDueScreen: every report due soon or overdue, the oldest first, with the days late and one click to
// file it.
#pragma once

#include "app/session.h"
#include "gui/screen.h"
#include "storage/register_query_types.h"

#include <memory>

namespace Ui {
class ReportsDueScreen;
}

namespace orec::gui {

class ReportsDueModel;

class ReportsDueScreen : public Screen
{
    Q_OBJECT
public:
    explicit ReportsDueScreen(app::Session& session, QWidget* parent = nullptr);
    ~ReportsDueScreen() override;

    void reload() override;
    enum Show { OverdueAndDueSoon, OverdueOnly, DueSoonOnly };
    // The dashboard's figures land here: the overdue ones, or those due within `withinDays`.
    void showOnly(Show show, int withinDays = 30);
    ReportsDueModel* model() const { return m_model; }
    // Opens the report form for the row; true when the report was filed.
    bool fileRow(int row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void fillKinds();
    void fillShowChoices();
    void updateCount();
    void openMember();
    void exportList();
    void printList();
    void sizeColumns();

    std::unique_ptr<Ui::ReportsDueScreen> m_ui;
    app::Session& m_session;
    ReportsDueModel* m_model = nullptr;
};

} // namespace orec::gui
