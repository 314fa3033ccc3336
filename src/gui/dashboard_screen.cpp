#include "gui/dashboard_screen.h"

#include "gui/display_format.h"
#include "gui/file_dialogs.h"
#include "gui/message_box.h"
#include "gui/print_dialog.h"
#include "gui/print_support.h"
#include "gui/register_labels.h"
#include "ui_dashboard_screen.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QImageWriter>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace orec::gui {

namespace {

constexpr int kCountryBars = 10; // at most; fewer when the chart is too low to name them all
constexpr int kFewestCountryBars = 3;
constexpr int kMonths = 24;
constexpr int kTileColumns = 4;
constexpr int kTileHeight = 64;
constexpr int kChartHeight = 170;        // both rows of charts on a 700 px laptop screen
constexpr int kStackedChartHeight = 250; // the countries above the pie: the page scrolls
constexpr int kChartsSideBySide = 960;   // px of page width the countries and the pie's legend need in a row
constexpr int kNarrowTileColumns = 2;
const char* kTileValue = "orecTileValue";
const char* kTileCaption = "orecTileCaption";

// `caption` broken into lines no wider than `width` (a word wider than that keeps a line of its own).
QString wrapped(const QString& caption, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    for (const QString& word : caption.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && metrics.horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

QChartView* makeView(QWidget* container, const char* name, int minimumHeight)
{
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* view = new QChartView(container);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    layout->addWidget(view);
    return view;
}

// A chart's (translated) title as a file name: words joined by dashes, no path separators.
QString fileStem(const QString& title)
{
    QString stem;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            stem += c;
        else if (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("chart") : stem;
}

QChart* freshChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

const QColor kRed(0xc6, 0x28, 0x28);
const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kGreen(0x2e, 0x7d, 0x32);

} // namespace

DashboardScreen::DashboardScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::DashboardScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    // Low enough for both rows of charts on a 700 px laptop screen; the months' labels may stand on their
    // side.
    m_countryView = makeView(m_ui->countryChartContainer, "countryChartView", kChartHeight);
    m_cellTypeView = makeView(m_ui->cellTypeChartContainer, "cellTypeChartView", kChartHeight);
    m_movementsView = makeView(m_ui->movementsChartContainer, "movementsChartView", 200);
    // The charts fit their labels to the room they have (fewer countries, months on their side): they
    // are redrawn as their views change size.
    for (QChartView* view : {m_countryView, m_movementsView})
        view->installEventFilter(this);
    m_ui->scrollArea->viewport()->installEventFilter(this);
    // The tiles share the width they have; their captions wrap to it rather than widen the screen.
    for (QPushButton* tile : tiles()) {
        tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
        tile->installEventFilter(this);
    }
    // Each chart goes into letters and slides as a picture; the statistical report prints its own.
    for (QChartView* view : {m_countryView, m_cellTypeView, m_movementsView}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->setToolTip(tr("Right-click to save the chart as a picture"));
        connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
            QMenu menu(this);
            menu.addAction(tr("Save chart as PNG…"), this, [this, view] { saveChartPng(view); })
                ->setObjectName(QStringLiteral("saveChartAction"));
            menu.addAction(tr("Print the statistical report…"), this, [this] {
                PrintDialog dialog(m_session, this);
                dialog.selectKind(app::PrintKind::Statistics);
                dialog.exec();
            });
            menu.addAction(tr("Print the statistical report with this chart…"), this, [this, view] {
                PrintDialog dialog(m_session, this);
                dialog.selectKind(app::PrintKind::Statistics);
                dialog.setDashboardChart(chartImage(view));
                dialog.exec();
            });
            menu.exec(view->mapToGlobal(at));
        });
    }

    const auto tile = [this](QPushButton* button, auto&& action) {
        connect(button, &QPushButton::clicked, this, action);
    };
    tile(m_ui->membersTileButton, [this] { Q_EMIT membersRequested(MemberFilter{}); });
    tile(m_ui->abroadTileButton, [this] {
        MemberFilter f;
        f.presence = MemberPresence::Abroad;
        Q_EMIT membersRequested(f);
    });
    tile(m_ui->overdueTileButton, [this] {
        MemberFilter f;
        f.presence = MemberPresence::Overdue;
        Q_EMIT membersRequested(f);
    });
    tile(m_ui->lostContactTileButton, [this] {
        MemberFilter f;
        f.presence = MemberPresence::LostContact;
        Q_EMIT membersRequested(f);
    });
    tile(m_ui->probationTileButton, [this] {
        MemberFilter f;
        f.probationaryOnly = true;
        Q_EMIT membersRequested(f);
    });
    tile(m_ui->reportsOverdueTileButton, [this] { Q_EMIT reportsDueRequested(true); });
    tile(m_ui->reportsDueSoonTileButton, [this] { Q_EMIT reportsDueRequested(false); });
    tile(m_ui->unapprovedTileButton, [this] { Q_EMIT unapprovedDeparturesRequested(); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardScreen::reload);
    reload();
}

DashboardScreen::~DashboardScreen() = default;

void DashboardScreen::reload()
{
    // The figures come in three steps so the tiles show before the slower month-by-month counts.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    loadSummary();
    loadAbroad();
    loadMovements();
    QApplication::restoreOverrideCursor();
    m_loaded = true;
}

QList<QPushButton*> DashboardScreen::tiles() const
{
    return {m_ui->membersTileButton,     m_ui->abroadTileButton,         m_ui->overdueTileButton,
            m_ui->lostContactTileButton, m_ui->reportsOverdueTileButton, m_ui->reportsDueSoonTileButton,
            m_ui->probationTileButton,   m_ui->unapprovedTileButton};
}

void DashboardScreen::fitTileText(QPushButton* tile)
{
    const QVariant value = tile->property(kTileValue);
    if (!value.isValid())
        return;
    tile->ensurePolished(); // the style sheet's font
    // The style sheet's padding and border, and a little air.
    const int room = std::max(40, tile->width() - 2 * 6 - 2 * 1 - 8);
    const QString text = QLocale().toString(value.toLongLong()) + QLatin1Char('\n') +
                         wrapped(tile->property(kTileCaption).toString(), tile->fontMetrics(), room);
    if (tile->text() != text)
        tile->setText(text);
    // As high as its lines need: the grid then makes its row that high at once.
    tile->setMinimumHeight(std::max(kTileHeight, tile->sizeHint().height()));
}

void DashboardScreen::layOutTiles()
{
    // The cell types are named only in the pie's legend: where the row is too narrow for it beside the
    // countries, the pie goes below them (the page scrolls).
    const int chartsRoom = m_ui->scrollArea->viewport()->width();
    const auto direction =
        chartsRoom >= kChartsSideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_ui->chartsTopLayout->direction() != direction) {
        m_ui->chartsTopLayout->setDirection(direction);
        // One below the other, each is as high as its ten countries or seven cell types need.
        const int height = direction == QBoxLayout::LeftToRight ? kChartHeight : kStackedChartHeight;
        m_countryView->setMinimumHeight(height);
        m_cellTypeView->setMinimumHeight(height);
    }

    // Four tiles a row where they have their minimum width, two where not.
    auto* grid = m_ui->tilesLayout;
    const QMargins margins = m_ui->layout->contentsMargins();
    const int spacing = std::max(0, grid->horizontalSpacing());
    const int minimum = m_ui->membersTileButton->minimumWidth();
    const int columns = m_ui->scrollArea->viewport()->width() - margins.left() - margins.right() >=
                                kTileColumns * minimum + (kTileColumns - 1) * spacing
                            ? kTileColumns
                            : kNarrowTileColumns;
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    const QList<QPushButton*> all = tiles();
    for (QPushButton* tile : all)
        grid->removeWidget(tile);
    for (int i = 0; i < all.size(); ++i)
        grid->addWidget(all.at(i), i / columns, i % columns);
}

bool DashboardScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        if (auto* tile = qobject_cast<QPushButton*>(watched))
            fitTileText(tile);
        else if (watched == m_countryView && m_loaded && countryBarsThatFit() != m_shownCountryBars)
            drawCountryChart();
        else if (watched == m_movementsView)
            fitMonthLabels();
        else if (watched == m_ui->scrollArea->viewport())
            layOutTiles();
    }
    return Screen::eventFilter(watched, event);
}

void DashboardScreen::setTile(QPushButton* tile, qint64 value, const QString& caption, bool alarm)
{
    tile->setProperty(kTileValue, value);
    tile->setProperty(kTileCaption, caption);
    QString style =
        QStringLiteral("QPushButton { text-align: center; padding: 6px; font-size: 11pt; border: 1px solid "
                       "#cfd8dc; border-radius: 6px; background: %1; color: %2; }"
                       "QPushButton:hover { border-color: #1565c0; }");
    const bool red = alarm && value > 0;
    tile->setStyleSheet(style.arg(red ? QStringLiteral("#ffebee") : QStringLiteral("#fafafa"),
                                  red ? QStringLiteral("#b71c1c") : QStringLiteral("#263238")));
    fitTileText(tile);
}

void DashboardScreen::loadSummary()
{
    auto summary = app::QueryService(m_session).summary();
    if (!summary) {
        Q_EMIT statusMessage(summary.error().toString());
        return;
    }
    m_summary = *summary;
    m_ui->asOfLabel->setText(tr("As of %1").arg(formatDate(m_session.clock().today())));
    setTile(m_ui->membersTileButton, m_summary.members, tr("members in the register"));
    setTile(m_ui->abroadTileButton, m_summary.abroad, tr("abroad now"));
    setTile(m_ui->overdueTileButton, m_summary.overdue, tr("overdue to return"), true);
    setTile(m_ui->lostContactTileButton, m_summary.lostContact, tr("lost contact"), true);
    setTile(m_ui->reportsOverdueTileButton, m_summary.reportsOverdue, tr("reports overdue"), true);
    setTile(m_ui->reportsDueSoonTileButton, m_summary.reportsDueSoon, tr("reports due in 14 days"));
    setTile(m_ui->probationTileButton, m_summary.probationEndingSoon, tr("probation ends within 30 days"));
    m_ui->probationTileButton->setToolTip(tr("Opens the list of probationary members"));
    setTile(m_ui->unapprovedTileButton, m_summary.unapprovedDepartures, tr("departures without approval"),
            true);
}

void DashboardScreen::loadAbroad()
{
    const QDate today = m_session.clock().today();
    m_countryCounts.clear();
    m_cellTypeCounts.clear();
    if (auto stats = app::QueryService(m_session).statistics(today, today)) {
        QMap<QString, int> byCountry;
        QMap<int, int> byType;
        for (const CountryCellTypeCount& c : stats->byCountryAndCellType) {
            byCountry[c.countryCode] += c.members;
            byType[c.cellType ? static_cast<int>(*c.cellType) : -1] += c.members;
        }
        for (auto it = byCountry.begin(); it != byCountry.end(); ++it)
            m_countryCounts.append({it.key(), it.value()});
        std::sort(m_countryCounts.begin(), m_countryCounts.end(),
                  [](const auto& a, const auto& b) { return a.second > b.second; });
        if (m_countryCounts.size() > kCountryBars)
            m_countryCounts.resize(kCountryBars);
        for (auto it = byType.begin(); it != byType.end(); ++it)
            m_cellTypeCounts.append({it.key(), it.value()});
    }
    drawCountryChart();

    // By cell type: a pie, "not in a cell" included.
    QChart* pieChart = freshChart(tr("Abroad now, by cell type"));
    auto* pie = new QPieSeries;
    m_cellTypes.clear();
    const QList<QColor> colours{QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00), QColor(0xf9, 0xa8, 0x25),
                                QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0x6a, 0x1b, 0x9a),
                                QColor(0x90, 0xa4, 0xae)};
    for (const auto& [type, count] : std::as_const(m_cellTypeCounts)) {
        const QString name =
            type >= 0 ? displayName(static_cast<CellType>(type)) : tr("Not in an overseas cell");
        QPieSlice* slice = pie->append(QStringLiteral("%1: %2").arg(name).arg(count), count);
        slice->setColor(colours.at(type >= 0 ? std::min(type, 5) : 6));
        m_cellTypes.append(type);
    }
    pie->setPieSize(0.75);
    pieChart->addSeries(pie);
    pieChart->legend()->setAlignment(Qt::AlignRight);
    // The cell types are named only in the legend: it has the larger share of the row (chartsTopLayout)
    // and a font small enough for all seven in a chart on a 700 px screen.
    QFont legendFont = pieChart->legend()->font();
    legendFont.setPointSizeF(7.5);
    pieChart->legend()->setFont(legendFont);
    connect(pie, &QPieSeries::clicked, this,
            [this, pie](QPieSlice* slice) { openCellType(static_cast<int>(pie->slices().indexOf(slice))); });
    QChart* old = m_cellTypeView->chart();
    m_cellTypeView->setChart(pieChart);
    delete old;
}

int DashboardScreen::countryBarsThatFit() const
{
    // A country's name needs a line of the axis' font and a little air; the title and the value axis
    // take the rest. QtCharts hides the names that would overlap, so fewer bars show when the chart is low.
    if (m_countryView->height() < 100)
        return kCountryBars; // never laid out (a chart printed without having been on show)
    QFont small = m_countryView->font();
    small.setPointSizeF(8);
    const int line = QFontMetrics(small).height() + 8;
    const int title = QFontMetrics(m_countryView->font()).height() * 2;
    const int room = m_countryView->height() - title - line - 24;
    return std::clamp(room / line, kFewestCountryBars, kCountryBars);
}

void DashboardScreen::drawCountryChart()
{
    // Abroad by country: the largest first, read from the top.
    m_shownCountryBars = countryBarsThatFit();
    const int shown = std::min<int>(m_shownCountryBars, static_cast<int>(m_countryCounts.size()));
    QChart* chart = freshChart(tr("Abroad now, by country (the %1 largest)").arg(shown));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(tr("Members abroad"));
    set->setColor(kRed);
    QStringList labels;
    m_countries.clear();
    for (int i = shown - 1; i >= 0; --i) {
        *set << m_countryCounts.at(i).second;
        labels << RegisterLabels::country(m_countryCounts.at(i).first);
        m_countries.prepend(m_countryCounts.at(i).first);
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    QFont small = categories->labelsFont();
    small.setPointSizeF(8);
    categories->setLabelsFont(small);
    categories->setTruncateLabels(false); // country names are what the chart is about
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    int largest = 0;
    for (const auto& [code, count] : std::as_const(m_countryCounts))
        largest = std::max(largest, count);
    values->setRange(0, std::max(5, largest));
    values->applyNiceNumbers();
    chart->legend()->hide();
    // Bars were added bottom-up; index 0 is the smallest shown.
    connect(series, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet*) { openCountry(static_cast<int>(m_countries.size()) - 1 - index); });
    QChart* old = m_countryView->chart();
    m_countryView->setChart(chart);
    delete old;
}

void DashboardScreen::loadMovements()
{
    const QDate today = m_session.clock().today();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(kMonths - 1));
    m_months.clear();
    m_movements.clear();
    app::QueryService queries(m_session);
    for (int i = 0; i < kMonths; ++i) {
        const QDate start = first.addMonths(i);
        const QDate end = std::min(start.addMonths(1).addDays(-1), today);
        m_months.append(start);
        auto stats = queries.statistics(start, end);
        m_movements.append(stats ? qMakePair(stats->departures, stats->returns) : qMakePair(0, 0));
    }
    QChart* chart = freshChart(tr("Departures and returns per month, last two years"));
    auto* series = new QBarSeries;
    auto* departures = new QBarSet(tr("Departures"));
    auto* returns = new QBarSet(tr("Returns"));
    departures->setColor(kBlue);
    returns->setColor(kGreen);
    QStringList labels;
    for (int i = 0; i < m_months.size(); ++i) {
        *departures << m_movements.at(i).first;
        *returns << m_movements.at(i).second;
        labels << m_months.at(i).toString(QStringLiteral("MM/yy"));
    }
    series->append(departures);
    series->append(returns);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false); // too narrow, they stand on their side (fitMonthLabels)
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    int largest = 0;
    for (const auto& [departed, returned] : std::as_const(m_movements))
        largest = std::max({largest, departed, returned});
    values->setRange(0, std::max(5, largest));
    values->applyNiceNumbers();
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, returns](int index, QBarSet* set) { openMonth(index, set == returns); });
    QChart* old = m_movementsView->chart();
    m_movementsView->setChart(chart);
    delete old;
    fitMonthLabels();
}

void DashboardScreen::fitMonthLabels()
{
    // Two years of months side by side: where a month's label is wider than its bars, the labels stand on
    // their side rather than shrink to "0…".
    QChart* chart = m_movementsView->chart();
    QBarCategoryAxis* axis = nullptr;
    for (QAbstractAxis* horizontal : chart ? chart->axes(Qt::Horizontal) : QList<QAbstractAxis*>{})
        axis = axis ? axis : qobject_cast<QBarCategoryAxis*>(horizontal);
    if (!axis || axis->count() == 0)
        return;
    const QFontMetrics metrics(axis->labelsFont());
    const int valueAxis = metrics.horizontalAdvance(QStringLiteral("0000")) + 24;
    const int perMonth = (m_movementsView->width() - valueAxis - 16) / axis->count();
    const int angle = perMonth < metrics.horizontalAdvance(axis->at(0)) + 10 ? -90 : 0;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
}

QImage DashboardScreen::chartImage(QChartView* view)
{
    if (!view || !view->chart())
        return {};
    // A chart never shown has no size of its own yet: give it one a page can hold.
    if (!view->isVisible() || view->width() < 200 || view->height() < 150)
        view->resize(std::max(view->width(), 900), std::max(view->height(), 500));
    // Twice the screen's pixels, so the picture stays sharp when printed.
    QImage image(view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->render(&painter);
    return image;
}

QString DashboardScreen::saveChartPng(QChartView* view, const QString& path)
{
    if (!view || !view->chart())
        return {};
    QString target = path;
    if (target.isEmpty()) {
        const QString suggested = QDir::home().filePath(
            QStringLiteral("%1-%2.png")
                .arg(fileStem(view->chart()->title()), m_session.clock().today().toString(Qt::ISODate)));
        target =
            FileDialogs::saveFileName(this, tr("Save chart as PNG"), suggested, tr("PNG images (*.png)"));
        if (target.isEmpty())
            return {};
        if (!target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
            target += QStringLiteral(".png");
    }
    // Owner-only before a byte is written, as every file the program writes for the user.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        MessageBox::warning(this, tr("Saving failed"), file.errorString());
        return {};
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(chartImage(view))) {
        MessageBox::warning(this, tr("Saving failed"), writer.errorString());
        return {};
    }
    if (!file.commit()) {
        MessageBox::warning(this, tr("Saving failed"), file.errorString());
        return {};
    }
    Q_EMIT statusMessage(tr("The chart was saved to %1.").arg(QDir::toNativeSeparators(target)));
    if (path.isEmpty())
        PrintSupport::confirmWritten(this,
                                     target); // where the file the clerk chose went, its folder a click away
    return target;
}

void DashboardScreen::openCountry(int bar)
{
    if (bar < 0 || bar >= m_countries.size())
        return;
    MemberFilter filter;
    filter.presence = MemberPresence::Abroad;
    filter.countryCode = m_countries.at(bar);
    Q_EMIT membersRequested(filter);
}

void DashboardScreen::openCellType(int slice)
{
    if (slice < 0 || slice >= m_cellTypes.size())
        return;
    MemberFilter filter;
    filter.presence = MemberPresence::Abroad;
    if (m_cellTypes.at(slice) >= 0)
        filter.cellType = static_cast<CellType>(m_cellTypes.at(slice));
    Q_EMIT membersRequested(filter);
}

void DashboardScreen::openMonth(int month, bool returns)
{
    if (month < 0 || month >= m_months.size())
        return;
    const QDate start = m_months.at(month);
    Q_EMIT movementsRequested(start, start.addMonths(1).addDays(-1), returns);
}

void DashboardScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_loaded)
            reload();
    }
    Screen::changeEvent(event);
}

} // namespace orec::gui
