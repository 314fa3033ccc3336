#include "gui/document_register_dialog.h"

#include "app/document_register_service.h"
#include "gui/display_format.h"
#include "gui/file_dialogs.h"
#include "gui/message_box.h"
#include "gui/print_support.h"
#include "gui/window_size.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace orec::gui {

DocumentRegisterDialog::DocumentRegisterDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("documentRegisterDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kindLabel->setBuddy(m_kind);
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(0, 2200); // 0: every year
    m_yearLabel->setBuddy(m_year);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_yearLabel);
    filters->addWidget(m_year);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("documentsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printListButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_print);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &DocumentRegisterDialog::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentRegisterDialog::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &DocumentRegisterDialog::reload);
    connect(m_reprint, &QPushButton::clicked, this, &DocumentRegisterDialog::reprintSelected);
    connect(m_print, &QPushButton::clicked, this, &DocumentRegisterDialog::printList);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, &DocumentRegisterDialog::reprintSelected);
    retranslate();
    resizeToFit(this, QSize(900, 520));
}

void DocumentRegisterDialog::reload()
{
    DocumentRegisterFilter filter;
    filter.search = m_search->text();
    filter.kindSymbol = m_kind->currentData().toString();
    filter.year = m_year->value();
    auto documents = app::DocumentRegisterService(m_session).list(filter);
    m_documents = documents ? *documents : QList<IssuedDocument>();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Number"), tr("Date"), tr("Title"), tr("Issued by")});
    for (const IssuedDocument& d : std::as_const(m_documents)) {
        QList<QStandardItem*> row{new QStandardItem(d.numberText), new QStandardItem(formatDate(d.issueDate)),
                                  new QStandardItem(d.title), new QStandardItem(d.issuedBy)};
        m_model->appendRow(row);
    }
    // The title takes the room; the number, date and user are as wide as they need.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    if (!documents)
        m_count->setText(documents.error().message);
    else
        m_count->setText(tr("%n document(s)", nullptr, static_cast<int>(m_documents.size())));
    m_reprint->setEnabled(!m_documents.isEmpty());
    m_print->setEnabled(!m_documents.isEmpty());
}

int DocumentRegisterDialog::rowCount() const
{
    return m_model->rowCount();
}

const IssuedDocument* DocumentRegisterDialog::selected() const
{
    if (m_documents.isEmpty())
        return nullptr;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? 0 : rows.first().row();
    return row < m_documents.size() ? &m_documents.at(row) : nullptr;
}

QString DocumentRegisterDialog::reprintSelected()
{
    const IssuedDocument* document = selected();
    if (!document)
        return {};
    QString name = document->numberText;
    name.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    QString path = FileDialogs::saveFileName(this, tr("Reprint %1").arg(document->numberText),
                                             QDir::home().filePath(name + QStringLiteral(".pdf")),
                                             tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (Status written = app::DocumentRegisterService(m_session).reprint(document->id, path); !written) {
        MessageBox::warning(this, tr("Reprint failed"), written.error().toString());
        return {};
    }
    PrintSupport::confirmWritten(this, path);
    return path;
}

void DocumentRegisterDialog::printList()
{
    app::PrintRequest request;
    request.kind = app::PrintKind::ScreenList;
    request.table = app::DocumentRegisterService::registerTable(m_documents);
    request.title = QStringLiteral("Sổ đăng ký văn bản đi"); // the paper register's own name
    if (m_year->value() > 0)
        request.titleNotes << QStringLiteral("(năm %1)").arg(m_year->value());
    request.listName = tr("document-register", "file name");
    PrintSupport::preview(this, m_session, request);
}

void DocumentRegisterDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DocumentRegisterDialog::retranslate()
{
    setWindowTitle(tr("Document register"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("number or words of the title"));
    m_kindLabel->setText(tr("&Kind:"));
    m_yearLabel->setText(tr("&Year:"));
    m_year->setSpecialValueText(tr("every year"));
    const QSignalBlocker blocker(m_kind);
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    m_kind->addItem(tr("every kind"), QString());
    for (const auto& symbol : app::documentKindSymbols())
        m_kind->addItem(QStringLiteral("%1 — %2").arg(symbol.first, symbol.second), symbol.first);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_reprint->setText(tr("&Reprint…"));
    m_print->setText(tr("&Print the list…"));
    m_close->setText(tr("Close"));
    reload();
}

} // namespace orec::gui
