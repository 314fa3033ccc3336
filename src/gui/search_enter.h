// What Enter in a list's search field does, the same on every list: the row already chosen, or the only one
// found, is the one to open; otherwise the first row is chosen for the arrow keys and the next Enter.
#pragma once

class QTableView;

namespace orec::gui {

// Moves the focus to `view` and returns the row to open, or -1 when there is none yet (the first row, if
// any, is then selected).
int rowToOpenOnSearchEnter(QTableView* view);

} // namespace orec::gui
