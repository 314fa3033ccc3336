// MembersScreen: the whole register in one list: search as you type, filters, chosen columns, open a dossier.
#pragma once

#include "app/print_service.h"
#include "app/session.h"
#include "gui/screen.h"
#include "storage/register_query_types.h"

#include <QTimer>
#include <memory>

namespace Ui {
class MembersScreen;
}

namespace orec::gui {

class FilterBar;
class MemberListModel;

class MembersScreen : public Screen
{
    Q_OBJECT
public:
    explicit MembersScreen(app::Session& session, QWidget* parent = nullptr);
    ~MembersScreen() override;

    void reload() override;
    bool focusSearch() override;
    // Shows the members a figure elsewhere stands for (a dashboard bar, a cell); the search is cleared.
    void showFiltered(const MemberFilter& filter);
    MemberFilter currentFilter() const;
    MemberListModel* model() const { return m_model; }
    // The pause in typing after which the list follows the search (120 ms); 0 = at the next event-loop pass
    // (benchmarks measure the work of a keystroke without the wait).
    void setSearchDelay(int milliseconds) { m_searchDelay.setInterval(milliseconds); }
    // The member dossier of the selected row, or of a new member.
    void openSelected();
    void openMember(qint64 memberId);
    void newMember();
    // The filters in force as the filter bar names them ("Country: France"); the search text is not one.
    QStringList activeFilters() const;
    // What Print sends: the list as shown (rows in their order, visible columns), titled after the filters.
    app::PrintRequest printRequest();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFilterLists();
    void applyFilter();
    void clearFilters();
    void searchEntered();
    void updateCount();
    void buildColumnMenu();
    void saveColumns();
    void exportList();
    void printList();
    void retranslate();

    std::unique_ptr<Ui::MembersScreen> m_ui;
    app::Session& m_session;
    MemberListModel* m_model = nullptr;
    FilterBar* m_filterBar = nullptr;
    QString m_cellName; // of the cell a click-through filters by
    QTimer m_searchDelay;
    bool m_filling = false;
};

} // namespace orec::gui
