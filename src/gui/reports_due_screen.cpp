#include "gui/reports_due_screen.h"

#include "app/print_service.h"
#include "gui/display_format.h"
#include "gui/filter_bar.h"
#include "gui/member_dossier_dialog.h"
#include "gui/print_support.h"
#include "gui/report_form_dialog.h"
#include "gui/reports_due_model.h"
#include "gui/search_enter.h"
#include "ui_reports_due_screen.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>

namespace orec::gui {

ReportsDueScreen::ReportsDueScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::ReportsDueScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_model = new ReportsDueModel(m_session, this);
    QTableView* view = m_ui->reportsTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setSectionResizeMode(ReportsDueModel::PostingColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(40);
    sizeColumns();
    view->setMouseTracking(true);
    fillKinds();
    fillShowChoices();
    // The search, as on the member list: a name with or without diacritics, a card number, a cell.
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(24 * fontMetrics().averageCharWidth());
    // A row of its own, as wide as the list: beside the three filters it would not fit a 1024-pixel screen
    // in Vietnamese, whose labels are the long ones.
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->titleLabel) + 1, m_searchEdit);
    setTabOrder(m_ui->kindComboBox, m_searchEdit);
    setTabOrder(m_searchEdit, view);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(120);
    connect(&m_searchDelay, &QTimer::timeout, this, &ReportsDueScreen::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &ReportsDueScreen::searchEntered);
    retranslateSearch();
    m_filterBar = new FilterBar(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(view), m_filterBar);
    connect(m_filterBar, &FilterBar::clearRequested, this, &ReportsDueScreen::clearFilters);
    connect(m_ui->showComboBox, &QComboBox::currentIndexChanged, this, &ReportsDueScreen::applyFilter);
    connect(m_ui->withinSpinBox, &QSpinBox::valueChanged, this, &ReportsDueScreen::applyFilter);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &ReportsDueScreen::applyFilter);
    // One click on "File…" files the report; Enter on any column does the same.
    connect(view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (index.column() == ReportsDueModel::ActionColumn)
            fileRow(index.row());
    });
    connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.column() != ReportsDueModel::ActionColumn)
            fileRow(index.row());
    });
    connect(m_ui->fileButton, &QPushButton::clicked, this,
            [this] { fileRow(m_ui->reportsTableView->currentIndex().row()); });
    connect(m_ui->openMemberButton, &QPushButton::clicked, this, &ReportsDueScreen::openMember);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportsDueScreen::exportList);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReportsDueScreen::printList);
    connect(m_ui->remindersButton, &QPushButton::clicked, this, &ReportsDueScreen::printReminders);
    // Letters go out from the committee at home.
    const auto field = m_session.isFieldDatabase();
    m_ui->remindersButton->setVisible(!field || !*field);
    m_ui->fileButton->setEnabled(m_session.database().can(Permission::WriteRecords));
    applyFilter();
}

ReportsDueScreen::~ReportsDueScreen() = default;

void ReportsDueScreen::fillKinds()
{
    const QVariant keep = m_ui->kindComboBox->currentData();
    const QSignalBlocker blocker(m_ui->kindComboBox);
    m_ui->kindComboBox->clear();
    m_ui->kindComboBox->addItem(tr("All documents"), -1);
    for (ReportKind kind : allValues<ReportKind>())
        m_ui->kindComboBox->addItem(displayName(kind), static_cast<int>(kind));
    m_ui->kindComboBox->setCurrentIndex(std::max(0, m_ui->kindComboBox->findData(keep)));
}

void ReportsDueScreen::fillShowChoices()
{
    const int keep = std::max(0, m_ui->showComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->showComboBox);
    m_ui->showComboBox->clear();
    m_ui->showComboBox->addItem(tr("Overdue and due soon"), OverdueAndDueSoon);
    m_ui->showComboBox->addItem(tr("Overdue only"), OverdueOnly);
    m_ui->showComboBox->addItem(tr("Due soon only"), DueSoonOnly);
    m_ui->showComboBox->setCurrentIndex(keep);
}

void ReportsDueScreen::applyFilter()
{
    ReportDueFilter filter;
    const auto show = static_cast<Show>(m_ui->showComboBox->currentData().toInt());
    filter.overdueOnly = show == OverdueOnly;
    filter.includeOverdue = show != DueSoonOnly;
    filter.withinDays = m_ui->withinSpinBox->value();
    if (const int kind = m_ui->kindComboBox->currentData().toInt(); kind >= 0)
        filter.kind = static_cast<ReportKind>(kind);
    filter.text = m_searchEdit->text().trimmed();
    m_searchDelay.stop();
    m_ui->withinSpinBox->setEnabled(!filter.overdueOnly);
    const auto chosen = m_model->rowAt(m_ui->reportsTableView->currentIndex().row());
    m_model->setFilter(filter);
    // Stay on the report the clerk had chosen when the list still has it near the top.
    for (int row = 0; chosen && row < std::min(m_model->rowCount(), ReportsDueModel::kPageSize); ++row) {
        if (m_model->rowAt(row)->reportId == chosen->reportId) {
            m_ui->reportsTableView->selectRow(row);
            break;
        }
    }
    if (!m_model->lastError().isEmpty())
        Q_EMIT statusMessage(m_model->lastError());
    updateCount();
}

void ReportsDueScreen::showOnly(Show show, int withinDays)
{
    {
        // A figure stands for all its reports: the search goes too.
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
    }
    setFilters(show, withinDays);
}

void ReportsDueScreen::setFilters(Show show, int withinDays)
{
    {
        const QSignalBlocker a(m_ui->showComboBox), b(m_ui->withinSpinBox), c(m_ui->kindComboBox);
        m_ui->showComboBox->setCurrentIndex(m_ui->showComboBox->findData(show));
        m_ui->withinSpinBox->setValue(withinDays);
        m_ui->kindComboBox->setCurrentIndex(0);
    }
    applyFilter();
}

// Back to every report overdue or due within 30 days, of every kind; a search typed stays.
void ReportsDueScreen::clearFilters()
{
    setFilters(OverdueAndDueSoon, 30);
    m_searchEdit->setFocus();
}

QStringList ReportsDueScreen::activeFilters() const
{
    const ReportDueFilter& f = m_model->filter();
    QStringList active;
    if (f.overdueOnly)
        active << tr("Overdue only");
    else if (!f.includeOverdue)
        active << (f.withinDays == 0 ? tr("Due today only")
                                     : tr("Due within %n day(s) only", nullptr, f.withinDays));
    else if (f.withinDays != 30)
        active << tr("Due within %n day(s)", nullptr, f.withinDays);
    if (f.kind)
        active << tr("Document: %1").arg(displayName(*f.kind));
    return active;
}

void ReportsDueScreen::updateCount()
{
    const QStringList active = activeFilters();
    const auto count = static_cast<int>(m_model->totalCount());
    QString text = tr("%Ln report(s)", nullptr, count);
    if (!m_model->filter().text.isEmpty())
        text = tr("%Ln report(s) match “%1”", nullptr, count).arg(m_model->filter().text);
    m_ui->countLabel->setText(text + FilterBar::activeNote(static_cast<int>(active.size())));
    m_filterBar->setFilters(active, count);
}

void ReportsDueScreen::retranslateSearch()
{
    m_searchEdit->setPlaceholderText(
        tr("Search: member (diacritics optional), card number or cell — Ctrl+F"));
}

bool ReportsDueScreen::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
    return true;
}

// Enter in the search: as on the member list, the report chosen (or the only one found) opens its form;
// otherwise the first row is chosen for the arrows and the next Enter.
void ReportsDueScreen::searchEntered()
{
    applyFilter();
    if (const int row = rowToOpenOnSearchEnter(m_ui->reportsTableView); row >= 0)
        fileRow(row);
}

void ReportsDueScreen::reload()
{
    m_model->refresh();
    updateCount();
}

bool ReportsDueScreen::fileRow(int row)
{
    const auto due = m_model->rowAt(row);
    if (!due || due->postingId == 0 || !m_session.database().can(Permission::WriteRecords))
        return false;
    ReportFormDialog dialog(m_session, due->postingId, due->kind, this);
    dialog.exec();
    if (!dialog.changedRegister())
        return false;
    m_model->refresh();
    updateCount();
    Q_EMIT statusMessage(tr("%1 of %2 filed.").arg(displayName(due->kind), due->memberName));
    Q_EMIT registerChanged();
    return true;
}

void ReportsDueScreen::openMember()
{
    const auto due = m_model->rowAt(m_ui->reportsTableView->currentIndex().row());
    if (!due)
        return;
    MemberDossierDialog dialog(m_session, due->memberId, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        m_model->refresh();
        updateCount();
        Q_EMIT registerChanged();
    }
}

void ReportsDueScreen::exportList()
{
    // Every row the filters keep (document kind included), the columns as shown; the "File…" column is a
    // button.
    const QString written =
        PrintSupport::exportView(this, m_session, m_ui->reportsTableView, tr("reports-due", "file name"),
                                 {ReportsDueModel::ActionColumn});
    if (!written.isEmpty())
        Q_EMIT statusMessage(tr("The list was written to %1.").arg(written));
}

app::PrintRequest ReportsDueScreen::printRequest() const
{
    app::PrintRequest request;
    request.kind = app::PrintKind::ReportsDue;
    request.dueFilter = m_model->filter();
    request.withinDays = m_model->filter().withinDays;
    return request;
}

void ReportsDueScreen::printList()
{
    PrintSupport::preview(this, m_session, printRequest());
}

app::PrintRequest ReportsDueScreen::remindersRequest() const
{
    app::PrintRequest request;
    request.kind = app::PrintKind::Reminders;
    request.dueFilter = m_model->filter();
    const QModelIndexList rows = m_ui->reportsTableView->selectionModel()
                                     ? m_ui->reportsTableView->selectionModel()->selectedRows()
                                     : QModelIndexList();
    for (const QModelIndex& index : rows) {
        if (const auto due = m_model->rowAt(index.row()); due && due->daysLate > 0)
            request.reportIds << due->reportId;
    }
    return request;
}

void ReportsDueScreen::printReminders()
{
    // The preview (a draft) offers "Issue with a number" to a clerk: one CV number per letter.
    PrintSupport::preview(this, m_session, remindersRequest());
}

// Widths from the texts the columns hold in the current language and font, so that the days late, the
// dates and the card numbers are never cut to "…" while the posting column takes what is left.
void ReportsDueScreen::sizeColumns()
{
    QTableView* view = m_ui->reportsTableView;
    const QFontMetrics metrics(view->font());
    const int padding = 3 * metrics.averageCharWidth();
    const auto widest = [&](std::initializer_list<QString> texts) {
        int width = 0;
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + padding;
    };
    const auto header = [&](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    view->setColumnWidth(ReportsDueModel::DueColumn,
                         widest({header(ReportsDueModel::DueColumn), formatDate(QDate(2028, 12, 28))}));
    view->setColumnWidth(ReportsDueModel::LateColumn,
                         widest({header(ReportsDueModel::LateColumn), ReportsDueModel::lateText(99'999),
                                 ReportsDueModel::lateText(-365), ReportsDueModel::lateText(0)}));
    view->setColumnWidth(ReportsDueModel::MemberColumn, 28 * metrics.averageCharWidth());
    view->setColumnWidth(ReportsDueModel::CardColumn,
                         widest({header(ReportsDueModel::CardColumn), QStringLiteral("00000000")}));
    int kinds = metrics.horizontalAdvance(header(ReportsDueModel::KindColumn));
    for (ReportKind kind : allValues<ReportKind>())
        kinds = std::max(kinds, metrics.horizontalAdvance(displayName(kind)));
    view->setColumnWidth(ReportsDueModel::KindColumn,
                         std::min(kinds + padding, 45 * metrics.averageCharWidth()));
    view->setColumnWidth(ReportsDueModel::ActionColumn, widest({ReportsDueModel::tr("File…")}));
}

void ReportsDueScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateSearch();
        fillKinds();
        fillShowChoices();
        m_model->retranslate();
        updateCount();
        sizeColumns();
    }
    Screen::changeEvent(event);
}

} // namespace orec::gui
