#include "gui/spreadsheet_import_wizard.h"

#include "app/import_mapping.h"
#include "gui/background_work.h"
#include "gui/file_dialogs.h"
#include "gui/import_preview_model.h"
#include "gui/message_box.h"
#include "gui/window_size.h"
#include "reports/xlsx_reader.h"
#include "ui_spreadsheet_import_wizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace orec::gui {

namespace {

// "Họ và tên", or "Số thẻ đảng viên or Số CCCD" for the either-or keys missingRequiredFields gives.
QStringList fieldTitles(const QStringList& keys)
{
    QStringList out;
    for (const QString& key : keys) {
        QStringList titles;
        for (const QString& part : key.split(QLatin1Char('|')))
            titles.append(app::interchangeColumnTitle(part));
        out.append(titles.join(SpreadsheetImportWizard::tr(" or ")));
    }
    return out;
}

bool isXlsx(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

// The problems of a report as lines a clerk can follow in the spreadsheet; long lists are cut.
QString problemLines(const QList<app::ImportProblem>& problems)
{
    constexpr int kShown = 1000;
    QStringList lines;
    for (const app::ImportProblem& p : problems) {
        if (lines.size() == kShown)
            break;
        lines.append(
            p.column.isEmpty()
                ? SpreadsheetImportWizard::tr("Line %1: %2").arg(p.line).arg(p.reason)
                : SpreadsheetImportWizard::tr("Line %1, %2: %3").arg(p.line).arg(p.column, p.reason));
    }
    if (problems.size() > kShown)
        lines.append(SpreadsheetImportWizard::tr("… and %n more", nullptr,
                                                 static_cast<int>(problems.size()) - kShown));
    return lines.join(QLatin1Char('\n'));
}

// What the import service is doing, in the words of the progress dialog.
QString stageText(app::ImportStage stage, qint64 done, qint64 total, const QString& file)
{
    const QLocale locale;
    switch (stage) {
    case app::ImportStage::Reading:
        return SpreadsheetImportWizard::tr("Reading %1…").arg(file);
    case app::ImportStage::Checking:
        return SpreadsheetImportWizard::tr("Checking row %1 of %2…")
            .arg(locale.toString(done), locale.toString(total));
    case app::ImportStage::Writing:
        return SpreadsheetImportWizard::tr("Writing row %1 of %2 into the register…")
            .arg(locale.toString(done), locale.toString(total));
    case app::ImportStage::Finishing:
        return SpreadsheetImportWizard::tr("Signing the audit log and saving…");
    }
    return {};
}

} // namespace

SpreadsheetImportWizard::SpreadsheetImportWizard(app::Session& session, QWidget* parent)
    : QWizard(parent), m_ui(std::make_unique<Ui::SpreadsheetImportWizard>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->previewPage->setCommitPage(true);
    m_model = new ImportPreviewModel(this);
    QTableView* view = m_ui->previewTableView;
    view->setModel(m_model);
    // Fixed heights and widths from the first rows only: a sheet of 100,000 rows opens at once.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setResizeContentsPrecision(50);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Under the rows, what the member's own form would warn about (probation long over, a probationary
    // member with a card...): the rows are imported, but the clerk reads it first.
    m_previewWarnings = new QPlainTextEdit(m_ui->previewPage);
    m_previewWarnings->setObjectName(QStringLiteral("previewWarningsPlainTextEdit"));
    m_previewWarnings->setReadOnly(true);
    m_previewWarnings->setMaximumHeight(6 * m_previewWarnings->fontMetrics().lineSpacing());
    m_previewWarnings->hide();
    m_ui->previewPageLayout->insertWidget(m_ui->previewPageLayout->indexOf(view) + 1, m_previewWarnings);

    // Above the columns, the line their titles were taken from: under a sheet's title rows ("ĐẢNG BỘ …",
    // "DANH SÁCH …") the import finds it by the titles it knows; the clerk may choose another.
    auto* headerRow = new QHBoxLayout;
    m_headerLineLabel = new QLabel(m_ui->mappingPage);
    m_headerLine = new QSpinBox(m_ui->mappingPage);
    m_headerLine->setObjectName(QStringLiteral("headerLineSpinBox"));
    m_headerLine->setRange(1, 1000);
    m_headerLine->setKeyboardTracking(false);
    m_headerLineLabel->setBuddy(m_headerLine);
    m_headerLineNote = new QLabel(m_ui->mappingPage);
    m_headerLineNote->setObjectName(QStringLiteral("headerLineNoteLabel"));
    m_headerLineNote->setWordWrap(true);
    headerRow->addWidget(m_headerLineLabel);
    headerRow->addWidget(m_headerLine);
    headerRow->addWidget(m_headerLineNote, 1);
    m_ui->mappingPageLayout->insertLayout(0, headerRow);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &SpreadsheetImportWizard::headerLineChosen);

    QTableWidget* mapping = m_ui->mappingTableWidget;
    mapping->setColumnCount(3);
    mapping->verticalHeader()->hide();
    mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    retranslate();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SpreadsheetImportWizard::browse);
    connect(m_ui->fileLineEdit, &QLineEdit::editingFinished, this, &SpreadsheetImportWizard::readSheetNames);
    connect(m_ui->showComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setShow(static_cast<ImportPreviewModel::Show>(m_ui->showComboBox->currentData().toInt()));
    });
    m_ui->sheetLabel->setEnabled(false);
    m_ui->sheetComboBox->setEnabled(false);
    resizeToFit(this, QSize(980, 640));
}

SpreadsheetImportWizard::~SpreadsheetImportWizard() = default;

void SpreadsheetImportWizard::retranslate()
{
    m_headerLineLabel->setText(tr("Column &titles on line:"));
    {
        const QSignalBlocker blocker(m_ui->tableComboBox);
        const int keep = std::max(0, m_ui->tableComboBox->currentIndex());
        m_ui->tableComboBox->clear();
        m_ui->tableComboBox->addItem(tr("Members"), static_cast<int>(app::InterchangeTable::Members));
        m_ui->tableComboBox->addItem(tr("Party units and overseas cells"),
                                     static_cast<int>(app::InterchangeTable::Cells));
        m_ui->tableComboBox->addItem(tr("Postings (trips abroad)"),
                                     static_cast<int>(app::InterchangeTable::Postings));
        m_ui->tableComboBox->setCurrentIndex(keep);
    }
    {
        const QSignalBlocker blocker(m_ui->showComboBox);
        const int keep = std::max(0, m_ui->showComboBox->currentIndex());
        m_ui->showComboBox->clear();
        m_ui->showComboBox->addItem(tr("All rows"), static_cast<int>(ImportPreviewModel::Show::AllRows));
        m_ui->showComboBox->addItem(tr("Rows with problems"),
                                    static_cast<int>(ImportPreviewModel::Show::RowsWithProblems));
        m_ui->showComboBox->addItem(tr("Duplicates"), static_cast<int>(ImportPreviewModel::Show::Duplicates));
        m_ui->showComboBox->addItem(tr("Rows with warnings"),
                                    static_cast<int>(ImportPreviewModel::Show::RowsWithWarnings));
        m_ui->showComboBox->setCurrentIndex(keep);
    }
    m_ui->mappingTableWidget->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First rows"), tr("Imported as")});
    m_ui->previewPage->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_ui->fileLineEdit->setPlaceholderText(tr("a .csv or .xlsx file"));
    m_ui->fileInfoLabel->setText(tr(
        "Headers may be the interchange names (ho_ten, ngay_sinh…), their English aliases, or the words of your "
        "own sheet: the next step matches them."));
}

void SpreadsheetImportWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWizard::changeEvent(event);
}

void SpreadsheetImportWizard::setTable(app::InterchangeTable table)
{
    m_ui->tableComboBox->setCurrentIndex(m_ui->tableComboBox->findData(static_cast<int>(table)));
}

app::InterchangeTable SpreadsheetImportWizard::table() const
{
    return static_cast<app::InterchangeTable>(m_ui->tableComboBox->currentData().toInt());
}

void SpreadsheetImportWizard::setFile(const QString& path)
{
    m_ui->fileLineEdit->setText(path);
    readSheetNames();
}

void SpreadsheetImportWizard::browse()
{
    const QString start =
        m_ui->fileLineEdit->text().isEmpty() ? QDir::homePath() : m_ui->fileLineEdit->text();
    const QString path = FileDialogs::openFileName(
        this, tr("Choose the spreadsheet"), start,
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void SpreadsheetImportWizard::readSheetNames()
{
    if (m_busy)
        return;
    const QString path = m_ui->fileLineEdit->text().trimmed();
    m_ui->sheetComboBox->clear();
    if (isXlsx(path) && QFileInfo::exists(path)) {
        // Opening a large workbook inflates its shared strings: on a worker, like every read of the sheet.
        m_busy = true;
        const QStringList names = BackgroundWork::run<QStringList>(
            this, tr("Reading the spreadsheet"), [&path](WorkProgress& progress) {
                progress.report(stageText(app::ImportStage::Reading, 0, 0, QFileInfo(path).fileName()));
                auto workbook = reports::XlsxReader::open(path);
                return workbook ? workbook->sheetNames() : QStringList();
            });
        m_busy = false;
        m_ui->sheetComboBox->addItems(names);
    }
    const bool choice = m_ui->sheetComboBox->count() > 1;
    m_ui->sheetLabel->setEnabled(choice);
    m_ui->sheetComboBox->setEnabled(choice);
}

bool SpreadsheetImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return readHead();
    case MappingPage: {
        updateMissing();
        const QStringList missing = app::missingRequiredFields(table(), [this] {
            QStringList fields;
            for (int c = 0; c < mappedColumns(); ++c)
                fields.append(fieldComboBox(c)->currentData().toString());
            return fields;
        }());
        if (!missing.isEmpty()) {
            MessageBox::warning(this, tr("Columns missing"),
                                tr("No column feeds %1. Choose the column that holds it.")
                                    .arg(fieldTitles(missing).join(QStringLiteral(", "))));
            return false;
        }
        return runPreview();
    }
    case PreviewPage:
        return runImport();
    default:
        return true;
    }
}

void SpreadsheetImportWizard::headerLineChosen(int line)
{
    if (m_head.headerLine == line)
        return;
    const int before = m_head.headerLine;
    if (!readHead(line)) {
        const QSignalBlocker blocker(m_headerLine);
        m_headerLine->setValue(before);
    }
}

bool SpreadsheetImportWizard::readHead(int headerLine)
{
    const QString path = m_ui->fileLineEdit->text().trimmed();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        MessageBox::warning(this, tr("No file"), tr("Choose the spreadsheet to import."));
        return false;
    }
    const int sheet = std::max(0, m_ui->sheetComboBox->currentIndex());
    // A workbook of 100,000 rows takes seconds to read: on a worker, the window answering meanwhile.
    const QString file = QFileInfo(path).fileName();
    const app::InterchangeTable into = table();
    auto head = inBackground<app::ImportSheetHead>(
        tr("Reading the spreadsheet"), [&](app::Session& worker, WorkProgress& progress) {
            progress.report(stageText(app::ImportStage::Reading, 0, 0, file));
            return app::ImportService(worker).head(path, sheet, 3, into, headerLine);
        });
    if (!head) {
        MessageBox::warning(this, tr("The file cannot be read"), head.error().toString());
        return false;
    }
    if (head->header.isEmpty()) {
        MessageBox::warning(this, tr("The file cannot be read"),
                            tr("The sheet is empty: it has no header row."));
        return false;
    }
    const QString of = QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(static_cast<int>(table()))
                           .arg(path)
                           .arg(sheet)
                           .arg(QFileInfo(path).lastModified().toMSecsSinceEpoch())
                           .arg(headerLine);
    m_head = *head;
    {
        const QSignalBlocker blocker(m_headerLine);
        m_headerLine->setValue(m_head.headerLine);
    }
    m_headerLineNote->setText(headerLine > 0 ? tr("as you chose.")
                              : m_head.headerFound
                                  ? tr("found by its column titles, under the title rows above it.")
                                  : tr("the first line of the sheet."));
    // Coming back to this step with the same file keeps the clerk's choices.
    if (of != m_headOf) {
        m_headOf = of;
        fillMapping();
    }
    return true;
}

void SpreadsheetImportWizard::fillMapping()
{
    QTableWidget* mapping = m_ui->mappingTableWidget;
    mapping->clearContents();
    mapping->setRowCount(static_cast<int>(m_head.header.size()));
    const app::ColumnMap suggested = app::suggestColumnMap(table(), m_head.header);
    const QStringList fields = app::fieldsOfColumns(table(), m_head.header, suggested);
    const auto columns = app::interchangeColumns(table());
    for (int c = 0; c < m_head.header.size(); ++c) {
        const QString header = m_head.header.at(c).trimmed();
        auto* name =
            new QTableWidgetItem(header.isEmpty() ? tr("(no header, column %1)").arg(c + 1) : header);
        mapping->setItem(c, 0, name);
        QStringList samples;
        for (const QStringList& row : std::as_const(m_head.samples)) {
            if (!row.value(c).trimmed().isEmpty())
                samples.append(row.value(c).trimmed());
        }
        auto* sample = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        sample->setForeground(palette().color(QPalette::PlaceholderText));
        mapping->setItem(c, 1, sample);

        auto* box = new QComboBox(mapping);
        box->setObjectName(QStringLiteral("fieldComboBox%1").arg(c));
        box->addItem(tr("— not imported —"), QString());
        // The titles a clerk knows ("Họ và tên *"); the interchange key and its English alias, which a
        // sheet's header may also use, are in the item's tooltip.
        for (const app::InterchangeColumn& column : columns) {
            const QString key = QLatin1String(column.header);
            QString text = app::interchangeColumnTitle(key);
            if (column.required)
                text += QStringLiteral(" *");
            box->addItem(text, key);
            box->setItemData(box->count() - 1,
                             tr("Interchange header: %1 (or %2)").arg(key, QLatin1String(column.alias)),
                             Qt::ToolTipRole);
        }
        box->setCurrentIndex(std::max(0, box->findData(fields.value(c))));
        box->setEnabled(!header.isEmpty()); // a column without a header cannot be named in the map
        connect(box, &QComboBox::currentIndexChanged, this, [this, c] { onFieldChosen(c); });
        mapping->setCellWidget(c, 2, box);
    }
    mapping->resizeRowsToContents();
    updateMissing();
}

int SpreadsheetImportWizard::mappedColumns() const
{
    return m_ui->mappingTableWidget->rowCount();
}

QComboBox* SpreadsheetImportWizard::fieldComboBox(int column) const
{
    return qobject_cast<QComboBox*>(m_ui->mappingTableWidget->cellWidget(column, 2));
}

void SpreadsheetImportWizard::onFieldChosen(int column)
{
    // A field is fed by one column: choosing it here takes it from the column that had it.
    const QString key = fieldComboBox(column)->currentData().toString();
    if (!key.isEmpty()) {
        for (int other = 0; other < mappedColumns(); ++other) {
            QComboBox* box = fieldComboBox(other);
            if (other != column && box && box->currentData().toString() == key) {
                const QSignalBlocker blocker(box);
                box->setCurrentIndex(0);
            }
        }
    }
    updateMissing();
}

app::ColumnMap SpreadsheetImportWizard::columnMap() const
{
    app::ColumnMap map;
    for (int c = 0; c < mappedColumns() && c < m_head.header.size(); ++c) {
        const QString header = m_head.header.at(c).trimmed();
        if (!header.isEmpty())
            map.insert(header, fieldComboBox(c)->currentData().toString());
    }
    return map;
}

void SpreadsheetImportWizard::updateMissing()
{
    QStringList fields;
    for (int c = 0; c < mappedColumns(); ++c)
        fields.append(fieldComboBox(c)->currentData().toString());
    const QStringList missing = app::missingRequiredFields(table(), fields);
    m_ui->missingLabel->setText(
        missing.isEmpty() ? tr("Fields marked * are required; every one is fed by a column.")
                          : tr("<span style='color:#b71c1c'>Required fields no column feeds yet: %1</span>")
                                .arg(fieldTitles(missing).join(QStringLiteral(", ")).toHtmlEscaped()));
}

bool SpreadsheetImportWizard::runPreview()
{
    app::ImportOptions options;
    options.columnMap = columnMap();
    options.sheet = std::max(0, m_ui->sheetComboBox->currentIndex());
    options.headerLine = m_head.headerLine;
    const QString path = m_ui->fileLineEdit->text().trimmed();
    const app::InterchangeTable into = table();
    auto preview = inBackground<app::ImportPreview>(
        tr("Checking the spreadsheet"), [&](app::Session& worker, WorkProgress& progress) {
            options.progress = progressOf(progress, QFileInfo(path).fileName());
            return app::ImportService(worker).preview(into, path, options);
        });
    if (!preview && preview.code() == ErrorCode::Cancelled)
        return false; // the clerk stopped it: the mapping step stays, as it was
    if (!preview) {
        MessageBox::warning(this, tr("The file cannot be checked"), preview.error().toString());
        return false;
    }
    m_model->setPreview(std::move(*preview));
    showPreview();
    return true;
}

void SpreadsheetImportWizard::showPreview()
{
    const app::ImportReport& r = m_model->preview().report;
    const QLocale locale;
    QString text = tr("<b>%1 row(s) read:</b> %2 valid, %3 with problems.")
                       .arg(locale.toString(r.rows), locale.toString(r.valid), locale.toString(r.rejected));
    if (!r.duplicates.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n value(s) repeat a party card number or citizen ID already in the file or in "
                   "the register; they are never merged.",
                   nullptr, static_cast<int>(r.duplicates.size()));
    if (!r.warnings.isEmpty())
        text += QLatin1Char(' ') +
                tr("%n warning(s) that do not stop a row, in %1 row(s) (yellow; listed below the rows).",
                   nullptr, static_cast<int>(r.warnings.size()))
                    .arg(locale.toString(m_model->rowsWithWarnings()));
    if (!r.changes.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%n value(s) read otherwise than written (blue; point at a cell for what "
                                  "the sheet says).",
                                  nullptr, static_cast<int>(r.changes.size()));
    if (r.headerLine > 1 || !r.sectionLines.isEmpty()) {
        QStringList sections;
        for (const int line : r.sectionLines)
            sections << locale.toString(line);
        text += QStringLiteral("<br>") + tr("Column titles on line %1.").arg(locale.toString(r.headerLine));
        if (!sections.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Section titles left out: line(s) %1.").arg(sections.join(QStringLiteral(", ")));
    }
    if (!r.ignoredColumns.isEmpty())
        text += QStringLiteral("<br>") +
                tr("Not imported: %1.").arg(r.ignoredColumns.join(QStringLiteral(", ")).toHtmlEscaped());
    m_ui->summaryLabel->setText(text);

    const bool problems = !r.problems.isEmpty();
    m_ui->showComboBox->setItemText(0, tr("All rows (%1)").arg(locale.toString(r.rows)));
    m_ui->showComboBox->setItemText(
        1, tr("Rows with problems (%1)").arg(locale.toString(m_model->rowsWithProblems())));
    m_ui->showComboBox->setItemText(2, tr("Duplicates (%1)").arg(locale.toString(r.duplicates.size())));
    m_ui->showComboBox->setItemText(
        3, tr("Rows with warnings (%1)").arg(locale.toString(m_model->rowsWithWarnings())));
    m_previewWarnings->setPlainText(problemLines(r.warnings));
    m_previewWarnings->setVisible(!r.warnings.isEmpty());
    m_ui->allOrNothingRadioButton->setEnabled(!problems);
    m_ui->allOrNothingRadioButton->setToolTip(
        problems ? tr("Correct the marked rows in the file first, or import only "
                      "the valid rows.")
                 : QString());
    m_ui->validOnlyRadioButton->setEnabled(problems);
    (problems ? m_ui->validOnlyRadioButton : m_ui->allOrNothingRadioButton)->setChecked(true);

    QTableView* view = m_ui->previewTableView;
    view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c), 260));
}

bool SpreadsheetImportWizard::runImport()
{
    const app::ImportReport& checked = m_model->preview().report;
    const QString path = m_ui->fileLineEdit->text().trimmed();
    app::ImportOptions options;
    options.columnMap = columnMap();
    options.sheet = std::max(0, m_ui->sheetComboBox->currentIndex());
    options.headerLine = m_head.headerLine;
    options.skipInvalid = m_ui->validOnlyRadioButton->isChecked();
    if (!options.skipInvalid && !checked.complete()) {
        MessageBox::warning(this, tr("Nothing to import"),
                            tr("Some rows have problems: import only the valid rows, "
                               "or correct the file and check it again."));
        return false;
    }
    if (options.skipInvalid) {
        if (checked.valid == 0) {
            MessageBox::warning(this, tr("Nothing to import"), tr("No row of the file is valid."));
            return false;
        }
        const QFileInfo source(path);
        const QString suffix = isXlsx(path) ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        QString selected;
        QString rejects = FileDialogs::saveFileName(
            this, tr("Save the rejected rows"),
            source.dir().filePath(source.completeBaseName() + tr("-rejected") + suffix),
            isXlsx(path) ? tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
                         : tr("CSV, UTF-8 (*.csv);;Excel workbook (*.xlsx)"),
            &selected);
        if (rejects.isEmpty())
            return false;
        if (!rejects.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) &&
            !rejects.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            rejects +=
                selected.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        options.rejectsPath = rejects;
    }
    // One transaction, on the worker: a Cancel rolls it back, the register unchanged.
    const app::InterchangeTable into = table();
    auto report = inBackground<app::ImportReport>(
        tr("Importing the spreadsheet"), [&](app::Session& worker, WorkProgress& progress) {
            options.progress = progressOf(progress, QFileInfo(path).fileName());
            return app::ImportService(worker).importFile(into, path, options);
        });
    if (!report && report.code() == ErrorCode::Cancelled) {
        if (!m_abandon)
            MessageBox::information(
                this, tr("Import stopped"),
                tr("The import was stopped; nothing was written and the register is unchanged."));
        return false;
    }
    if (!report) {
        MessageBox::warning(this, tr("Import failed"), report.error().toString());
        return false;
    }
    m_report = *report;
    showResult();
    return true;
}

template <typename T>
Result<T>
SpreadsheetImportWizard::inBackground(const QString& title,
                                      const std::function<Result<T>(app::Session&, WorkProgress&)>& work)
{
    if (m_busy)
        return Error(ErrorCode::Cancelled, tr("The spreadsheet is still being read."));
    m_busy = true;
    m_abandon = false;
    button(QWizard::BackButton)->setEnabled(false);
    button(currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton)->setEnabled(false);
    // The session is the worker's until it ends (BackgroundWork holds the interface back meanwhile).
    auto result = BackgroundWork::run<Result<T>>(
        this, title, [&](WorkProgress& progress) { return work(m_session, progress); });
    m_busy = false;
    button(QWizard::BackButton)->setEnabled(true);
    button(currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton)->setEnabled(true);
    return result;
}

std::function<bool(app::ImportStage, qint64, qint64)>
SpreadsheetImportWizard::progressOf(WorkProgress& progress, const QString& file)
{
    return [this, &progress, file](app::ImportStage stage, qint64 done, qint64 total) {
        return progress.report(stageText(stage, done, total, file), done, total) && !m_abandon.load();
    };
}

void SpreadsheetImportWizard::done(int result)
{
    // Closed while a worker reads or imports (the lock closes every dialog): it stops, and the import's
    // transaction rolls back; the wait for it ends in inBackground().
    if (m_busy)
        m_abandon = true;
    QWizard::done(result);
}

void SpreadsheetImportWizard::showResult()
{
    QStringList lines;
    if (m_report.imported > 0)
        lines.append(tr("<b>%n row(s) imported</b> into the register.", nullptr, m_report.imported));
    else
        lines.append(tr("<b>Nothing was imported</b>; the register is unchanged."));
    if (m_report.secretariesSet > 0)
        lines.append(
            tr("%n cell(s) imported earlier now have their secretary.", nullptr, m_report.secretariesSet));
    if (m_report.rejected > 0) {
        if (!m_report.rejectsPath.isEmpty())
            lines.append(tr("%n row(s) left out; they are in %1 with their line numbers and reasons.",
                            nullptr, m_report.rejected)
                             .arg(QDir::toNativeSeparators(m_report.rejectsPath).toHtmlEscaped()));
        else
            lines.append(tr("%n row(s) have problems (below).", nullptr, m_report.rejected));
    }
    m_ui->resultLabel->setText(lines.join(QStringLiteral("<br>")));
    QList<app::ImportProblem> shown = m_report.problems;
    shown += m_report.warnings;
    m_ui->problemsPlainTextEdit->setPlainText(problemLines(shown));
    m_ui->problemsPlainTextEdit->setVisible(!shown.isEmpty());
}

} // namespace orec::gui
