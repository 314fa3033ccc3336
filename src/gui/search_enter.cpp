#include "gui/search_enter.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QTableView>

namespace orec::gui {

int rowToOpenOnSearchEnter(QTableView* view)
{
    view->setFocus();
    const int rows = view->model() ? view->model()->rowCount() : 0;
    const QModelIndex current = view->currentIndex();
    const bool chosen = current.isValid() && view->selectionModel()->isRowSelected(current.row(), {});
    if (chosen)
        return current.row();
    if (rows > 0)
        view->selectRow(0);
    return rows == 1 ? 0 : -1;
}

} // namespace orec::gui
