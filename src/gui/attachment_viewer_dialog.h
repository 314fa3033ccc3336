// AttachmentViewerDialog: shows a scan from the database (a PDF or an image) inside the program, from memory;
// nothing decrypted is written to disk, and the decrypted bytes are overwritten when the viewer closes.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QDialog>
#include <QImage>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace orec::gui {

class AttachmentViewerDialog : public QDialog
{
    Q_OBJECT
public:
    // `content` is the decrypted file, `mediaType` what AttachmentService read it to be. The dialog keeps
    // the only copy it is given (pass it with std::move) and wipes it in its destructor.
    AttachmentViewerDialog(const QString& title, QByteArray content, const QString& mediaType,
                           QWidget* parent = nullptr);
    ~AttachmentViewerDialog() override;

    // False when the content could not be read as what it claims to be; problem() says why.
    bool isReadable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    bool isPdf() const { return m_pdf != nullptr; }
    // An image is one page.
    int pageCount() const;
    int currentPage() const; // from 0
    void goToPage(int page);
    // How many screen pixels one pixel of the image, or one point of the PDF at 72 dpi, takes.
    double zoomFactor() const;
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(0.8); }
    // The page as wide as the window (how a PDF opens).
    void fitToWidth();

    const QImage& image() const { return m_image; }

private:
    void buildPdfView();
    void buildImageView();
    void zoomBy(double factor);
    void showImageScaled();
    void updatePageControls();
    double pdfFitWidthFactor() const;

    QByteArray m_content;
    QBuffer m_buffer;
    QString m_problem;
    QImage m_image;
    double m_scale = 1.0;
    QPdfDocument* m_pdf = nullptr;
    QPdfView* m_pdfView = nullptr;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_imageLabel = nullptr;
    QPushButton* m_previousButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QSpinBox* m_pageSpinBox = nullptr;
    QLabel* m_pageCountLabel = nullptr;
};

} // namespace orec::gui
