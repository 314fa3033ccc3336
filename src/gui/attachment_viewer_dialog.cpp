#include "gui/attachment_viewer_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace orec::gui {

AttachmentViewerDialog::AttachmentViewerDialog(const QString& title, const QImage& image, QWidget* parent)
    : QDialog(parent), m_image(image)
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("scanScrollArea"));
    m_label = new QLabel(area);
    m_label->setObjectName(QStringLiteral("scanLabel"));
    area->setWidget(m_label);
    area->setAlignment(Qt::AlignCenter);
    layout->addWidget(area);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* in = buttons->addButton(tr("Zoom &in"), QDialogButtonBox::ActionRole);
    QPushButton* out = buttons->addButton(tr("Zoom &out"), QDialogButtonBox::ActionRole);
    connect(in, &QPushButton::clicked, this, [this] { zoom(1.25); });
    connect(out, &QPushButton::clicked, this, [this] { zoom(0.8); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // A page scanned at 300 dpi is far larger than the screen: start with the whole width visible.
    m_scale = image.width() > 900 ? 900.0 / image.width() : 1.0;
    zoom(1.0);
    resize(960, 760);
}

void AttachmentViewerDialog::zoom(double factor)
{
    m_scale = std::clamp(m_scale * factor, 0.05, 8.0);
    const QSize size = (QSizeF(m_image.size()) * m_scale).toSize();
    m_label->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_label->resize(size);
}

} // namespace orec::gui
