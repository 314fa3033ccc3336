#include "gui/cells_screen.h"

#include "app/query_service.h"
#include "app/register_service.h"
#include "core/text_folding.h"
#include "gui/register_labels.h"
#include "ui_cells_screen.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMap>
#include <QTreeWidgetItemIterator>

namespace orec::gui {

CellsScreen::CellsScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::CellsScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QTreeWidget* tree = m_ui->cellsTreeWidget;
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    for (int column = 1; column < tree->columnCount(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, KindRole).toInt() == CellTypeItem)
            loadCellCounts(item);
    });
    connect(tree, &QTreeWidget::itemActivated, this, [this] { showMembers(); });
    connect(m_ui->showMembersButton, &QPushButton::clicked, this, &CellsScreen::showMembers);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &CellsScreen::applySearch);
    // Enter in the search: the row chosen shows its members, as Enter on it would; otherwise the first row
    // found is chosen for the arrows and the next Enter.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this, tree] {
        tree->setFocus();
        if (QTreeWidgetItem* current = tree->currentItem();
            current && current->isSelected() && !current->isHidden()) {
            showMembers();
            return;
        }
        QTreeWidgetItemIterator first(tree, QTreeWidgetItemIterator::NotHidden);
        if (*first)
            tree->setCurrentItem(*first);
    });
    connect(m_ui->inactiveCheckBox, &QCheckBox::toggled, this, &CellsScreen::reload);
    reload();
}

CellsScreen::~CellsScreen() = default;

void CellsScreen::reload()
{
    QTreeWidget* tree = m_ui->cellsTreeWidget;
    tree->clear();
    app::RegisterService service(m_session);
    PartyUnitFilter filter;
    filter.overseas = true;
    filter.kind = UnitKind::Cell;
    filter.activeOnly = !m_ui->inactiveCheckBox->isChecked();
    auto cells = service.units(filter);
    if (!cells) {
        Q_EMIT statusMessage(cells.error().toString());
        return;
    }
    m_cells = *cells;
    // Who is abroad today, by country and cell type: one query for every country and type at once.
    const QDate today = m_session.clock().today();
    QMap<QString, int> abroadByCountry;
    QMap<QPair<QString, int>, int> abroadByType;
    QMap<QString, int> outsideCells;
    if (auto stats = app::QueryService(m_session).statistics(today, today)) {
        for (const CountryCellTypeCount& c : stats->byCountryAndCellType) {
            abroadByCountry[c.countryCode] += c.members;
            if (c.cellType)
                abroadByType[{c.countryCode, static_cast<int>(*c.cellType)}] += c.members;
            else
                outsideCells[c.countryCode] += c.members;
        }
    }
    QMap<QString, QMap<int, QList<const PartyUnit*>>> byCountry;
    for (const PartyUnit& cell : std::as_const(m_cells))
        byCountry[cell.countryCode][cell.cellType ? static_cast<int>(*cell.cellType) : -1].append(&cell);
    QList<QString> countries = byCountry.keys();
    std::sort(countries.begin(), countries.end(), [](const QString& a, const QString& b) {
        return foldForSearch(RegisterLabels::country(a)) < foldForSearch(RegisterLabels::country(b));
    });
    QFont bold = tree->font();
    bold.setBold(true);
    for (const QString& country : countries) {
        const auto& types = byCountry.value(country);
        int cellCount = 0;
        for (const auto& list : types)
            cellCount += static_cast<int>(list.size());
        auto* countryItem = new QTreeWidgetItem(tree);
        countryItem->setText(0,
                             tr("%1 — %n cell(s)", nullptr, cellCount).arg(RegisterLabels::country(country)));
        countryItem->setFont(0, bold);
        countryItem->setData(0, KindRole, CountryItem);
        countryItem->setData(0, CountryRole, country);
        countryItem->setText(3, QString::number(abroadByCountry.value(country)));
        countryItem->setText(5, QString::number(outsideCells.value(country)));
        countryItem->setToolTip(3, tr("Members abroad in this country now, in a cell or not"));
        for (auto it = types.begin(); it != types.end(); ++it) {
            auto* typeItem = new QTreeWidgetItem(countryItem);
            const QString typeName =
                it.key() >= 0 ? displayName(static_cast<CellType>(it.key())) : tr("Other");
            typeItem->setText(0, tr("%1 (%2)").arg(typeName).arg(it.value().size()));
            typeItem->setData(0, KindRole, CellTypeItem);
            typeItem->setData(0, CountryRole, country);
            typeItem->setData(0, CellTypeRole, it.key());
            typeItem->setText(3, QString::number(abroadByType.value({country, it.key()})));
            for (const PartyUnit* cell : it.value()) {
                auto* cellItem = new QTreeWidgetItem(typeItem);
                cellItem->setText(0, cell->active ? cell->name : tr("%1 (inactive)").arg(cell->name));
                cellItem->setText(1, cell->city);
                cellItem->setData(0, KindRole, CellItem);
                cellItem->setData(0, CountryRole, country);
                cellItem->setData(0, CellTypeRole, it.key());
                cellItem->setData(0, CellIdRole, cell->id);
                cellItem->setData(2, Qt::UserRole, cell->secretaryMemberId);
                cellItem->setToolTip(0, cell->code);
            }
        }
    }
    m_ui->countLabel->setText(
        tr("%Ln overseas cell(s) in %1 countries", nullptr, static_cast<int>(m_cells.size()))
            .arg(countries.size()));
    applySearch();
}

void CellsScreen::loadCellCounts(QTreeWidgetItem* typeItem)
{
    if (typeItem->data(0, LoadedRole).toBool())
        return;
    typeItem->setData(0, LoadedRole, true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    app::QueryService queries(m_session);
    app::RegisterService service(m_session);
    for (int i = 0; i < typeItem->childCount(); ++i) {
        QTreeWidgetItem* cellItem = typeItem->child(i);
        if (!cellItem)
            continue;
        MemberFilter filter = filterFor(cellItem);
        if (auto present = queries.countMembers(filter))
            cellItem->setText(3, QString::number(*present));
        filter.presence = MemberPresence::Overdue;
        if (auto overdue = queries.countMembers(filter)) {
            cellItem->setText(4, *overdue > 0 ? QString::number(*overdue) : QString());
            if (*overdue > 0)
                cellItem->setForeground(4, QColor(0xb7, 0x1c, 0x1c));
        }
        if (const qint64 secretary = cellItem->data(2, Qt::UserRole).toLongLong(); secretary != 0) {
            if (auto member = service.member(secretary))
                cellItem->setText(2, member->fullName);
        } else {
            cellItem->setText(2, tr("(none appointed)"));
        }
    }
    QApplication::restoreOverrideCursor();
}

MemberFilter CellsScreen::filterFor(const QTreeWidgetItem* item) const
{
    MemberFilter filter;
    filter.presence = MemberPresence::Abroad;
    if (!item)
        return filter;
    filter.countryCode = item->data(0, CountryRole).toString();
    const int kind = item->data(0, KindRole).toInt();
    if (kind == CellTypeItem || kind == CellItem) {
        if (const int type = item->data(0, CellTypeRole).toInt(); type >= 0)
            filter.cellType = static_cast<CellType>(type);
    }
    if (kind == CellItem) {
        filter.cellId = item->data(0, CellIdRole).toLongLong();
        // The cell alone says where; its members may be in a neighbouring country of the posting.
        filter.countryCode.clear();
        filter.cellType.reset();
    }
    return filter;
}

void CellsScreen::showMembers()
{
    Q_EMIT membersRequested(filterFor(m_ui->cellsTreeWidget->currentItem()));
}

void CellsScreen::applySearch()
{
    const QString needle = m_ui->searchLineEdit->text();
    QTreeWidget* tree = m_ui->cellsTreeWidget;
    for (int c = 0; c < tree->topLevelItemCount(); ++c) {
        QTreeWidgetItem* country = tree->topLevelItem(c);
        if (!country)
            continue;
        const bool countryMatches = foldedContains(country->text(0), needle);
        bool anyCell = false;
        for (int t = 0; t < country->childCount(); ++t) {
            QTreeWidgetItem* type = country->child(t);
            if (!type)
                continue;
            bool anyInType = false;
            for (int i = 0; i < type->childCount(); ++i) {
                QTreeWidgetItem* cell = type->child(i);
                if (!cell)
                    continue;
                const bool match = needle.isEmpty() || countryMatches ||
                                   foldedContains(cell->text(0), needle) ||
                                   foldedContains(cell->text(1), needle);
                cell->setHidden(!match);
                anyInType = anyInType || match;
            }
            type->setHidden(!anyInType);
            anyCell = anyCell || anyInType;
        }
        country->setHidden(!anyCell);
        // Finding a cell by name opens its branch.
        const bool open = !needle.isEmpty() && anyCell && !countryMatches;
        country->setExpanded(open);
        for (int t = 0; open && t < country->childCount(); ++t) {
            if (QTreeWidgetItem* type = country->child(t))
                type->setExpanded(!type->isHidden());
        }
    }
}

bool CellsScreen::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
    return true;
}

void CellsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    Screen::changeEvent(event);
}

} // namespace orec::gui
