// AttachmentViewerDialog: shows a scanned image from the database in memory, never written to disk.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;

namespace orec::gui {

class AttachmentViewerDialog : public QDialog
{
    Q_OBJECT
public:
    AttachmentViewerDialog(const QString& title, const QImage& image, QWidget* parent = nullptr);

    const QImage& image() const { return m_image; }

private:
    void zoom(double factor);

    QImage m_image;
    QLabel* m_label = nullptr;
    double m_scale = 1.0;
};

} // namespace orec::gui
