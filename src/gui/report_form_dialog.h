// ReportFormDialog: files a document of a posting: the pre-departure and return reports with their DOMAIN.md
// fields, the others with their receipt and opinions; signed scans attached encrypted.
#pragma once

#include "app/session.h"
#include "core/report.h"
#include "gui/editor_dialog.h"

#include <memory>

namespace Ui {
class ReportFormDialog;
}

class QTableWidget;

namespace orec::gui {

class ReportFormDialog : public EditorDialog
{
    Q_OBJECT
public:
    ReportFormDialog(app::Session& session, qint64 postingId, ReportKind kind, QWidget* parent = nullptr);
    ~ReportFormDialog() override;

    const Report& report() const { return m_report; }
    bool changedRegister() const { return m_changed; }
    // Files the report as filled in; false (with the problems shown) when it is refused.
    bool save();
    // Stores the files (PDF or images) with the report; returns how many were attached.
    int attachFiles(const QStringList& paths);
    // Shows the scan (PDF or image) in the program's own viewer, from memory: nothing is written to disk.
    void openAttachment(qint64 attachmentId);
    // The user's explicit export: warns that the copy is not encrypted, asks where, writes it (0600).
    bool exportAttachment(qint64 attachmentId);
    int attachmentCount() const;

    QString draftKind() const override { return QStringLiteral("report"); }
    QVariantMap draftKey() const override;

protected:
    void draftRestored() override;

private:
    struct AttachmentEntry
    {
        QString fileName;
        QString mediaType;
    };
    AttachmentEntry attachmentEntry(qint64 attachmentId) const;
    void load();
    void fillForm();
    Report formReport() const;
    void validateForm();
    static void addRow(QTableWidget* table, const QStringList& texts);
    void loadAttachments();
    void chooseAttachments();

    std::unique_ptr<Ui::ReportFormDialog> m_ui;
    app::Session& m_session;
    qint64 m_postingId = 0;
    ReportKind m_kind;
    Report m_report;
    bool m_changed = false;
};

} // namespace orec::gui
