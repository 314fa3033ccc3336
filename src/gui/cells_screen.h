// CellsScreen: the overseas cells as a tree, country → cell type → cell, with each cell's secretary, the
// members present and overdue; counts of a cell are read only when its branch is opened.
#pragma once

#include "app/session.h"
#include "core/party_unit.h"
#include "gui/screen.h"

#include <memory>

namespace Ui {
class CellsScreen;
}

class QTreeWidgetItem;

namespace orec::gui {

class CellsScreen : public Screen
{
    Q_OBJECT
public:
    // Column 0 of every item, Qt::UserRole: what it is; the data roles below: what it stands for.
    enum ItemKind { CountryItem = 1, CellTypeItem, CellItem };
    static constexpr int KindRole = Qt::UserRole;
    static constexpr int CountryRole = Qt::UserRole + 1;
    static constexpr int CellTypeRole = Qt::UserRole + 2;
    static constexpr int CellIdRole = Qt::UserRole + 3;
    static constexpr int LoadedRole = Qt::UserRole + 4;

    explicit CellsScreen(app::Session& session, QWidget* parent = nullptr);
    ~CellsScreen() override;

    void reload() override;
    bool focusSearch() override;
    // The members the item stands for, as a member-list filter.
    MemberFilter filterFor(const QTreeWidgetItem* item) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadCellCounts(QTreeWidgetItem* typeItem);
    void applySearch();
    void showMembers();

    std::unique_ptr<Ui::CellsScreen> m_ui;
    app::Session& m_session;
    QList<PartyUnit> m_cells;
};

} // namespace orec::gui
