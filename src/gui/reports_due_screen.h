// ReportsDueScreen: every report due soon or overdue, the oldest first, with the days late and one click to
// file it.
#pragma once

#include "app/print_service.h"
#include "app/session.h"
#include "gui/screen.h"
#include "storage/register_query_types.h"

#include <QTimer>
#include <memory>

namespace Ui {
class ReportsDueScreen;
}

class QLineEdit;

namespace orec::gui {

class FilterBar;
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
    bool focusSearch() override;
    // The pause in typing after which the list follows the search (120 ms, as on the member list).
    void setSearchDelay(int milliseconds) { m_searchDelay.setInterval(milliseconds); }
    // The filters in force as the filter bar names them ("Overdue only", "Document: …"), the search apart.
    QStringList activeFilters() const;
    // What Print sends: the list's own filter, so the paper holds the rows on screen in their order.
    app::PrintRequest printRequest() const;
    // Reminder letters for the overdue rows selected, or for every overdue report the filters keep when none
    // is selected.
    app::PrintRequest remindersRequest() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void setFilters(Show show, int withinDays);
    void clearFilters();
    void searchEntered();
    void retranslateSearch();
    void fillKinds();
    void fillShowChoices();
    void updateCount();
    void openMember();
    void exportList();
    void printList();
    void printReminders();
    void sizeColumns();

    std::unique_ptr<Ui::ReportsDueScreen> m_ui;
    app::Session& m_session;
    ReportsDueModel* m_model = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    FilterBar* m_filterBar = nullptr;
    QTimer m_searchDelay;
};

} // namespace orec::gui
