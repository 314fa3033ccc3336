#include "gui/attachment_viewer_dialog.h"

#include "core/secure_bytes.h"
#include "gui/window_size.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace orec::gui {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
} // namespace

AttachmentViewerDialog::AttachmentViewerDialog(const QString& title, QByteArray content,
                                               const QString& mediaType, QWidget* parent)
    : QDialog(parent), m_content(std::move(content))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    m_previousButton = new QPushButton(tr("&Previous page"), this);
    m_previousButton->setObjectName(QStringLiteral("previousPageButton"));
    m_pageSpinBox = new QSpinBox(this);
    m_pageSpinBox->setObjectName(QStringLiteral("pageSpinBox"));
    m_pageSpinBox->setPrefix(tr("Page "));
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(QStringLiteral("pageCountLabel"));
    m_nextButton = new QPushButton(tr("&Next page"), this);
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    auto* zoomOutButton = new QPushButton(tr("Zoom &out"), this);
    zoomOutButton->setObjectName(QStringLiteral("zoomOutButton"));
    zoomOutButton->setShortcut(QKeySequence::ZoomOut);
    auto* zoomInButton = new QPushButton(tr("Zoom &in"), this);
    zoomInButton->setObjectName(QStringLiteral("zoomInButton"));
    zoomInButton->setShortcut(QKeySequence::ZoomIn);
    auto* fitButton = new QPushButton(tr("&Fit to width"), this);
    fitButton->setObjectName(QStringLiteral("fitWidthButton"));
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_previousButton, m_pageSpinBox, m_pageCountLabel, m_nextButton})
        controls->addWidget(w);
    controls->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*>{zoomOutButton, zoomInButton, fitButton})
        controls->addWidget(w);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    controls->addSpacing(12);
    controls->addWidget(buttons);

    connect(zoomInButton, &QPushButton::clicked, this, &AttachmentViewerDialog::zoomIn);
    connect(zoomOutButton, &QPushButton::clicked, this, &AttachmentViewerDialog::zoomOut);
    connect(fitButton, &QPushButton::clicked, this, &AttachmentViewerDialog::fitToWidth);
    connect(m_previousButton, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int shown) { goToPage(shown - 1); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // A QBuffer over the dialog's own array: the PDF is read from memory, never from a file.
    m_buffer.setBuffer(&m_content);
    m_buffer.open(QIODevice::ReadOnly);
    if (mediaType == QLatin1String("application/pdf"))
        buildPdfView();
    else
        buildImageView();
    if (m_pdfView)
        layout->addWidget(m_pdfView, 1);
    if (m_imageArea)
        layout->addWidget(m_imageArea, 1);
    layout->addLayout(controls);
    updatePageControls();
    resizeToFit(this, QSize(960, 760));
}

AttachmentViewerDialog::~AttachmentViewerDialog()
{
    // The view renders pages on a thread of its own: it goes before the document, and both before the
    // bytes they read are overwritten.
    delete m_pdfView;
    m_pdfView = nullptr;
    if (m_pdf) {
        m_pdf->close();
        delete m_pdf;
        m_pdf = nullptr;
    }
    m_buffer.close();
    m_buffer.setBuffer(nullptr);
    wipeBytes(m_content);
    if (!m_image.isNull())
        m_image.fill(0); // the decoded pixels are the scan as much as its file was
    m_image = QImage();
    if (m_imageLabel)
        m_imageLabel->clear();
}

void AttachmentViewerDialog::buildPdfView()
{
    m_pdf = new QPdfDocument(this);
    m_pdf->load(&m_buffer);
    if (m_pdf->status() != QPdfDocument::Status::Ready || m_pdf->pageCount() < 1) {
        m_problem = m_pdf->error() == QPdfDocument::Error::IncorrectPassword
                        ? tr("The PDF is protected by a password; scan the paper again without one.")
                        : tr("The PDF could not be read.");
        return;
    }
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("pdfView"));
    // One page at a time: the page buttons and the number always agree with what is shown.
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    m_pageSpinBox->setRange(1, m_pdf->pageCount());
    m_pageCountLabel->setText(tr("of %1").arg(m_pdf->pageCount()));
    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &AttachmentViewerDialog::updatePageControls);
}

void AttachmentViewerDialog::buildImageView()
{
    m_image = QImage::fromData(m_content);
    if (m_image.isNull()) {
        m_problem = tr("The image could not be read.");
        return;
    }
    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("scanScrollArea"));
    m_imageLabel = new QLabel(m_imageArea);
    m_imageLabel->setObjectName(QStringLiteral("scanLabel"));
    m_imageArea->setWidget(m_imageLabel);
    m_imageArea->setAlignment(Qt::AlignCenter);
    // A page scanned at 300 dpi is far larger than the screen: start with the whole width visible.
    m_scale = m_image.width() > 900 ? 900.0 / m_image.width() : 1.0;
    showImageScaled();
}

int AttachmentViewerDialog::pageCount() const
{
    if (m_pdf && m_pdfView)
        return m_pdf->pageCount();
    return m_image.isNull() ? 0 : 1;
}

int AttachmentViewerDialog::currentPage() const
{
    return m_pdfView ? m_pdfView->pageNavigator()->currentPage() : 0;
}

void AttachmentViewerDialog::goToPage(int page)
{
    if (!m_pdfView || page < 0 || page >= pageCount() || page == currentPage())
        return;
    m_pdfView->pageNavigator()->jump(page, QPointF(), m_pdfView->zoomFactor());
    m_pdfView->verticalScrollBar()->setValue(0);
    updatePageControls();
}

double AttachmentViewerDialog::pdfFitWidthFactor() const
{
    const QSizeF points = m_pdf->pagePointSize(currentPage());
    if (points.width() <= 0)
        return 1.0;
    // The same pixels per point QPdfView uses for a zoom factor of 1.
    const double pixelsPerPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
    const QMargins margins = m_pdfView->documentMargins();
    const int width = m_pdfView->viewport()->width() - margins.left() - margins.right();
    return std::max(kMinZoom, width / (points.width() * pixelsPerPoint));
}

double AttachmentViewerDialog::zoomFactor() const
{
    if (m_pdfView)
        return m_pdfView->zoomMode() == QPdfView::ZoomMode::FitToWidth ? pdfFitWidthFactor()
                                                                       : m_pdfView->zoomFactor();
    return m_scale;
}

void AttachmentViewerDialog::zoomBy(double factor)
{
    if (m_pdfView) {
        const double zoom = std::clamp(zoomFactor() * factor, kMinZoom, kMaxZoom);
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(zoom);
        return;
    }
    if (m_image.isNull())
        return;
    m_scale = std::clamp(m_scale * factor, kMinZoom, kMaxZoom);
    showImageScaled();
}

void AttachmentViewerDialog::fitToWidth()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        return;
    }
    if (m_image.isNull() || !m_imageArea)
        return;
    const int width = m_imageArea->viewport()->width() - 2;
    m_scale = std::clamp(static_cast<double>(width) / m_image.width(), kMinZoom, kMaxZoom);
    showImageScaled();
}

void AttachmentViewerDialog::showImageScaled()
{
    const QSize size = (QSizeF(m_image.size()) * m_scale).toSize();
    m_imageLabel->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageLabel->resize(size);
}

void AttachmentViewerDialog::updatePageControls()
{
    const int pages = pageCount();
    const bool paged = m_pdfView != nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_previousButton, m_pageSpinBox, m_pageCountLabel, m_nextButton})
        w->setVisible(paged);
    if (!paged)
        return;
    const int page = currentPage();
    const QSignalBlocker blocker(m_pageSpinBox);
    m_pageSpinBox->setValue(page + 1);
    m_previousButton->setEnabled(page > 0);
    m_nextButton->setEnabled(page + 1 < pages);
}

} // namespace orec::gui
