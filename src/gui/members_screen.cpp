#include "gui/members_screen.h"

#include "app/print_service.h"
#include "app/register_service.h"
#include "gui/background_work.h"
#include "gui/display_format.h"
#include "gui/filter_bar.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/print_support.h"
#include "gui/register_labels.h"
#include "gui/search_enter.h"
#include "ui_members_screen.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace orec::gui {

namespace {
const char* kHeaderStateKey = "members/headerState";
// The columns a new installation shows; the others are a click away in "Columns".
const QList<int> kHiddenByDefault{MemberListModel::GenderColumn,        MemberListModel::CitizenIdColumn,
                                  MemberListModel::AdmissionDateColumn, MemberListModel::CityColumn,
                                  MemberListModel::CellTypeColumn,      MemberListModel::DepartureColumn,
                                  MemberListModel::DaysOverdueColumn};

// The filter combos show the start of a long name so that the filters fit a small screen; their lists
// open wide enough to read every name whole.
void fitPopupToItems(QComboBox* box)
{
    // A department has thousands of home units: measure only the texts longest in characters.
    QList<QString> texts;
    texts.reserve(box->count());
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    const qsizetype measured = std::min<qsizetype>(texts.size(), 16);
    std::partial_sort(texts.begin(), texts.begin() + measured, texts.end(),
                      [](const QString& a, const QString& b) { return a.size() > b.size(); });
    int widest = 0;
    const QFontMetrics metrics(box->view()->font());
    for (qsizetype i = 0; i < measured; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(texts.at(i)));
    box->view()->setMinimumWidth(widest + 4 * metrics.averageCharWidth() +
                                 box->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}
} // namespace

MembersScreen::MembersScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::MembersScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_model = new MemberListModel(m_session, this);
    QTableView* view = m_ui->membersTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring rows it does not show.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setColumnWidth(MemberListModel::NameColumn, 220);
    view->setColumnWidth(MemberListModel::HomeUnitColumn, 200);
    view->setColumnWidth(MemberListModel::PresenceColumn, 150);
    view->setColumnWidth(MemberListModel::CellColumn, 220);
    if (!header->restoreState(QSettings().value(QLatin1String(kHeaderStateKey)).toByteArray())) {
        for (int column : kHiddenByDefault)
            header->hideSection(column);
    }
    header->setSortIndicator(-1, Qt::AscendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!MemberListModel::isSortable(column)) {
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(-1, Qt::AscendingOrder);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(header, &QHeaderView::sectionMoved, this, &MembersScreen::saveColumns);
    connect(header, &QHeaderView::sectionResized, this, &MembersScreen::saveColumns);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint& at) {
        m_ui->columnsToolButton->menu()->exec(header->mapToGlobal(at));
    });
    m_ui->columnsToolButton->setMenu(new QMenu(m_ui->columnsToolButton));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(120); // one query per pause in typing, not one per key
    connect(&m_searchDelay, &QTimer::timeout, this, &MembersScreen::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, &MembersScreen::searchEntered);
    for (QComboBox* box : {m_ui->presenceComboBox, m_ui->countryComboBox, m_ui->cellTypeComboBox,
                           m_ui->purposeComboBox, m_ui->homeUnitComboBox})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    connect(m_ui->probationaryCheckBox, &QCheckBox::toggled, this, &MembersScreen::applyFilter);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &MembersScreen::clearFilters);
    // Every filter in force stays in sight above the list, with one click to clear them (the search stays).
    m_filterBar = new FilterBar(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(view), m_filterBar);
    connect(m_filterBar, &FilterBar::clearRequested, this, [this] {
        MemberFilter keepSearch;
        keepSearch.text = m_ui->searchLineEdit->text().trimmed();
        showFiltered(keepSearch);
        m_ui->searchLineEdit->setFocus();
    });
    connect(m_model, &MemberListModel::countChanged, this, &MembersScreen::updateCount);
    connect(m_model, &MemberListModel::modelReset, this, &MembersScreen::updateCount);
    connect(view, &QTableView::activated, this, &MembersScreen::openSelected);
    connect(m_ui->openMemberButton, &QPushButton::clicked, this, &MembersScreen::openSelected);
    connect(m_ui->newMemberButton, &QPushButton::clicked, this, &MembersScreen::newMember);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MembersScreen::exportList);
    connect(m_ui->printButton, &QPushButton::clicked, this, &MembersScreen::printList);
    m_ui->newMemberButton->setEnabled(m_session.database().can(Permission::WriteRecords));

    retranslate(); // fills the filter lists
    applyFilter();
}

MembersScreen::~MembersScreen() = default;

void MembersScreen::fillFilterLists()
{
    m_filling = true;
    const auto keep = [](QComboBox* box) { return box->currentData(); };
    const QVariant presence = keep(m_ui->presenceComboBox), country = keep(m_ui->countryComboBox),
                   cellType = keep(m_ui->cellTypeComboBox), purpose = keep(m_ui->purposeComboBox),
                   homeUnit = keep(m_ui->homeUnitComboBox);

    m_ui->presenceComboBox->clear();
    for (MemberPresence p :
         {MemberPresence::Any, MemberPresence::AtHome, MemberPresence::Abroad, MemberPresence::Overdue,
          MemberPresence::LostContact, MemberPresence::DidNotReturn})
        m_ui->presenceComboBox->addItem(RegisterLabels::presence(p), static_cast<int>(p));

    m_ui->countryComboBox->clear();
    m_ui->countryComboBox->addItem(tr("All countries"), QString());
    for (const Country& c : RegisterLabels::countriesByName())
        m_ui->countryComboBox->addItem(RegisterLabels::country(c.code), c.code);

    m_ui->cellTypeComboBox->clear();
    m_ui->cellTypeComboBox->addItem(tr("All types"), -1);
    for (CellType t : allValues<CellType>())
        m_ui->cellTypeComboBox->addItem(displayName(t), static_cast<int>(t));

    m_ui->purposeComboBox->clear();
    m_ui->purposeComboBox->addItem(tr("All purposes"), -1);
    for (PostingPurpose p : allValues<PostingPurpose>())
        m_ui->purposeComboBox->addItem(displayName(p), static_cast<int>(p));

    m_ui->homeUnitComboBox->clear();
    m_ui->homeUnitComboBox->addItem(tr("All units"), 0);
    PartyUnitFilter home;
    home.overseas = false;
    if (auto units = app::RegisterService(m_session).units(home)) {
        for (const PartyUnit& unit : *units)
            m_ui->homeUnitComboBox->addItem(unit.name, unit.id);
    }

    const auto restore = [](QComboBox* box, const QVariant& value) {
        const int at = value.isValid() ? box->findData(value) : -1;
        box->setCurrentIndex(std::max(0, at));
    };
    restore(m_ui->presenceComboBox, presence);
    restore(m_ui->countryComboBox, country);
    restore(m_ui->cellTypeComboBox, cellType);
    restore(m_ui->purposeComboBox, purpose);
    restore(m_ui->homeUnitComboBox, homeUnit);
    for (QComboBox* box : {m_ui->presenceComboBox, m_ui->countryComboBox, m_ui->cellTypeComboBox,
                           m_ui->purposeComboBox, m_ui->homeUnitComboBox})
        fitPopupToItems(box);
    m_filling = false;
}

MemberFilter MembersScreen::currentFilter() const
{
    MemberFilter filter;
    filter.text = m_ui->searchLineEdit->text().trimmed();
    filter.presence = static_cast<MemberPresence>(m_ui->presenceComboBox->currentData().toInt());
    filter.countryCode = m_ui->countryComboBox->currentData().toString();
    if (const int t = m_ui->cellTypeComboBox->currentData().toInt(); t >= 0)
        filter.cellType = static_cast<CellType>(t);
    if (const int p = m_ui->purposeComboBox->currentData().toInt(); p >= 0)
        filter.purpose = static_cast<PostingPurpose>(p);
    filter.homeUnitId = m_ui->homeUnitComboBox->currentData().toLongLong();
    filter.probationaryOnly = m_ui->probationaryCheckBox->isChecked();
    filter.cellId = m_model->filter().cellId; // set by a click-through only
    return filter;
}

void MembersScreen::applyFilter()
{
    const qint64 keep = m_model->memberIdAt(m_ui->membersTableView->currentIndex().row());
    m_model->setFilter(currentFilter());
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    // Stay on the member the clerk had chosen when the first page still has them.
    for (int row = 0; keep != 0 && row < std::min(m_model->rowCount(), MemberListModel::kPageSize); ++row) {
        if (m_model->memberIdAt(row) == keep) {
            m_ui->membersTableView->selectRow(row);
            break;
        }
    }
}

void MembersScreen::showFiltered(const MemberFilter& filter)
{
    m_filling = true;
    {
        const QSignalBlocker blocker(m_ui->searchLineEdit);
        m_ui->searchLineEdit->setText(filter.text);
    }
    const auto select = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(m_ui->presenceComboBox, static_cast<int>(filter.presence));
    select(m_ui->countryComboBox, filter.countryCode);
    select(m_ui->cellTypeComboBox, filter.cellType ? static_cast<int>(*filter.cellType) : -1);
    select(m_ui->purposeComboBox, filter.purpose ? static_cast<int>(*filter.purpose) : -1);
    select(m_ui->homeUnitComboBox, filter.homeUnitId);
    m_cellName.clear();
    if (filter.cellId != 0) {
        auto cell = app::RegisterService(m_session).unit(filter.cellId);
        m_cellName = cell ? cell->name : QString();
    }
    {
        const QSignalBlocker blocker(m_ui->probationaryCheckBox);
        m_ui->probationaryCheckBox->setChecked(filter.probationaryOnly);
    }
    m_filling = false;
    m_model->setFilter(filter);
}

void MembersScreen::clearFilters()
{
    showFiltered(MemberFilter{});
    m_ui->searchLineEdit->setFocus();
}

QStringList MembersScreen::activeFilters() const
{
    const MemberFilter& f = m_model->filter();
    QStringList active;
    if (f.presence != MemberPresence::Any)
        active << tr("Where: %1").arg(RegisterLabels::presence(f.presence));
    if (!f.countryCode.isEmpty())
        active << tr("Country: %1").arg(RegisterLabels::country(f.countryCode));
    if (f.cellId != 0)
        active << (m_cellName.isEmpty() ? tr("One overseas cell") : tr("Cell: %1").arg(m_cellName));
    if (f.cellType)
        active << tr("Cell type: %1").arg(displayName(*f.cellType));
    if (f.purpose)
        active << tr("Purpose: %1").arg(displayName(*f.purpose));
    if (f.homeUnitId != 0)
        active << tr("Home unit: %1").arg(m_ui->homeUnitComboBox->currentText());
    if (f.probationaryOnly)
        active << tr("Probationary only");
    return active;
}

void MembersScreen::updateCount()
{
    const MemberFilter& f = m_model->filter();
    const QStringList active = activeFilters();
    const bool filtered = !f.text.isEmpty() || !active.isEmpty();
    const int count = static_cast<int>(m_model->totalCount());
    if (m_model->isCounting())
        m_ui->countLabel->setText(tr("Counting…"));
    else
        m_ui->countLabel->setText((filtered ? tr("%Ln member(s) match", nullptr, count)
                                            : tr("%Ln member(s) in the register", nullptr, count)) +
                                  FilterBar::activeNote(static_cast<int>(active.size())));
    m_filterBar->setFilters(active, m_model->isCounting() ? std::max(count, 1) : count);
}

void MembersScreen::reload()
{
    fillFilterLists();
    m_model->refresh();
    m_model->retranslate();
}

bool MembersScreen::focusSearch()
{
    m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchLineEdit->selectAll();
    return true;
}

// Enter in the search: the list follows at once; a member already chosen (or the only one found) opens, as
// Enter on the row would; otherwise the first row is chosen for the arrows and the next Enter.
void MembersScreen::searchEntered()
{
    m_searchDelay.stop();
    applyFilter();
    if (rowToOpenOnSearchEnter(m_ui->membersTableView) >= 0)
        openSelected();
}

void MembersScreen::openSelected()
{
    const QModelIndex current = m_ui->membersTableView->currentIndex();
    if (!current.isValid())
        return;
    openMember(m_model->memberIdAt(current.row()));
}

void MembersScreen::openMember(qint64 memberId)
{
    if (memberId == 0)
        return;
    MemberDossierDialog dialog(m_session, memberId, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_model->refresh();
        Q_EMIT registerChanged();
    }
}

void MembersScreen::newMember()
{
    if (!m_session.database().can(Permission::WriteRecords))
        return;
    MemberDossierDialog dialog(m_session, 0, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_model->refresh();
        Q_EMIT registerChanged();
        Q_EMIT statusMessage(tr("Member %1 was added.").arg(dialog.member().fullName));
    }
}

void MembersScreen::buildColumnMenu()
{
    QMenu* menu = m_ui->columnsToolButton->menu();
    menu->clear();
    QHeaderView* header = m_ui->membersTableView->horizontalHeader();
    for (int column = 0; column < MemberListModel::ColumnCount; ++column) {
        QAction* action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != MemberListModel::NameColumn); // a list without names helps nobody
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveColumns();
        });
    }
}

void MembersScreen::saveColumns()
{
    QSettings().setValue(QLatin1String(kHeaderStateKey),
                         m_ui->membersTableView->horizontalHeader()->saveState());
}

void MembersScreen::exportList()
{
    // The list as shown: the visible columns in their order, every row the filter keeps, in the screen's
    // order. The rows are read on a worker, from a list of its own: 100,000 members take seconds, and the
    // window answers meanwhile (with Cancel).
    QHeaderView* header = m_ui->membersTableView->horizontalHeader();
    QList<int> columns;
    QStringList titles;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
            titles.append(m_model->headerData(logical, Qt::Horizontal).toString());
        }
    }
    const MemberFilter filter = m_model->filter();
    const int sortColumn = header->sortIndicatorSection();
    const Qt::SortOrder sortOrder = header->sortIndicatorOrder();
    const QString written = PrintSupport::exportBuiltTable(
        this, m_session,
        [columns, titles, filter, sortColumn,
         sortOrder](app::Session& worker, WorkProgress& progress) -> Result<reports::ReportTable> {
            reports::ReportTable table;
            for (qsizetype i = 0; i < columns.size(); ++i)
                table.addColumn(QString(), titles.at(i),
                                columns.at(i) == MemberListModel::NameColumn ? 50 : 30);
            MemberListModel model(worker);
            if (sortColumn >= 0 && MemberListModel::isSortable(sortColumn))
                model.sort(sortColumn, sortOrder);
            model.setFilter(filter);
            model.finishCounting();
            const int rows = model.rowCount();
            const QLocale locale;
            for (int row = 0; row < rows; ++row) {
                if (row % 500 == 0 &&
                    !progress.report(
                        tr("Reading member %1 of %2…").arg(locale.toString(row), locale.toString(rows)), row,
                        rows))
                    return Error(ErrorCode::Cancelled, tr("The export was stopped."));
                QVariantList cells;
                cells.reserve(columns.size());
                for (int column : columns)
                    cells.append(model.data(model.index(row, column)));
                table.addRow(cells);
            }
            if (!model.lastError().isEmpty())
                return Error(ErrorCode::Io, model.lastError());
            return table;
        },
        tr("members"));
    if (!written.isEmpty())
        Q_EMIT statusMessage(tr("The list was written to %1.").arg(written));
}

app::PrintRequest MembersScreen::printRequest()
{
    const MemberFilter& f = m_model->filter();
    app::PrintRequest request;
    request.kind = app::PrintKind::ScreenList;
    request.listName = QStringLiteral("members");
    m_model->finishCounting(); // every row the filter keeps, not only the first page
    request.table = PrintSupport::tableOfView(m_ui->membersTableView);
    request.table.numbered = true;
    request.title = tr("List");
    switch (f.presence) {
    case MemberPresence::Any:
        request.subtitles << tr("of Party members");
        break;
    case MemberPresence::AtHome:
        request.subtitles << tr("of Party members at home");
        break;
    case MemberPresence::Abroad:
        request.subtitles << tr("of Party members abroad");
        break;
    case MemberPresence::Overdue:
        request.subtitles << tr("of Party members abroad past their planned return");
        break;
    case MemberPresence::LostContact:
        request.subtitles << tr("of Party members abroad with whom contact is lost");
        break;
    case MemberPresence::DidNotReturn:
        request.subtitles << tr("of Party members who did not return");
        break;
    }
    request.titleNotes << tr("(as of %1)").arg(formatDate(m_session.clock().today()));
    QStringList narrowed = activeFilters();
    if (f.presence != MemberPresence::Any)
        narrowed.removeFirst(); // said by the title
    if (!f.text.isEmpty())
        narrowed << tr("Search: “%1”").arg(f.text);
    if (!narrowed.isEmpty())
        request.titleNotes << QStringLiteral("(") + narrowed.join(QStringLiteral("; ")) + QStringLiteral(")");
    return request;
}

void MembersScreen::printList()
{
    PrintSupport::preview(this, m_session, printRequest());
}

void MembersScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    Screen::changeEvent(event);
}

void MembersScreen::retranslate()
{
    fillFilterLists();
    m_model->retranslate();
    buildColumnMenu();
    updateCount();
    m_ui->printButton->setToolTip(tr("Prints the list as shown here: its rows in their order, its columns."));
}

} // namespace orec::gui
