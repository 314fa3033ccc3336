// SpreadsheetImportWizard: members, cells or postings from a clerk's CSV or XLSX sheet: choose the file,
// match its columns to the register's fields, check every row (invalid cells and duplicates marked), then
// import all or nothing, or only the valid rows with a rejects file.
#pragma once

#include "app/import_service.h"
#include "app/session.h"

#include <QWizard>
#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class SpreadsheetImportWizard;
}

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace orec::gui {

class ImportPreviewModel;
class WorkProgress;

class SpreadsheetImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, ResultPage };

    explicit SpreadsheetImportWizard(app::Session& session, QWidget* parent = nullptr);
    ~SpreadsheetImportWizard() override;

    void setTable(app::InterchangeTable table);
    app::InterchangeTable table() const;
    void setFile(const QString& path);

    // The mapping step: one combo per column of the sheet, in the sheet's order.
    int mappedColumns() const;
    QComboBox* fieldComboBox(int column) const;
    app::ColumnMap columnMap() const;

    ImportPreviewModel* previewModel() const { return m_model; }
    // The preview step's list of warnings that do not stop a row ("Line 3, ngay_chinh_thuc: …").
    QPlainTextEdit* previewWarnings() const { return m_previewWarnings; }
    // The mapping step's line of the column titles: found under the sheet's title rows, changeable.
    QSpinBox* headerLineSpinBox() const { return m_headerLine; }
    // The outcome of the import, once it ran.
    const app::ImportReport& report() const { return m_report; }
    bool changedRegister() const { return m_report.imported > 0; }

    bool validateCurrentPage() override;
    // Reading, checking or importing on a worker thread (the window answers; a progress dialog has Cancel).
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void readSheetNames();
    bool readHead(int headerLine = 0);
    void headerLineChosen(int line);
    void fillMapping();
    void onFieldChosen(int column);
    void updateMissing();
    bool runPreview();
    void showPreview();
    bool runImport();
    void showResult();
    void retranslate();
    // Runs `work` on a worker thread with a session of its own while this wizard waits, answering.
    template <typename T>
    Result<T> inBackground(const QString& title,
                           const std::function<Result<T>(app::Session&, WorkProgress&)>& work);
    std::function<bool(app::ImportStage, qint64, qint64)> progressOf(WorkProgress& progress,
                                                                     const QString& file);

    std::unique_ptr<Ui::SpreadsheetImportWizard> m_ui;
    app::Session& m_session;
    ImportPreviewModel* m_model = nullptr;
    QPlainTextEdit* m_previewWarnings = nullptr;
    QSpinBox* m_headerLine = nullptr;
    QLabel* m_headerLineLabel = nullptr;
    QLabel* m_headerLineNote = nullptr;
    app::ImportSheetHead m_head;
    QString m_headOf; // "table|path|sheet" the mapping was built for
    app::ImportReport m_report;
    bool m_busy = false;
    std::atomic<bool> m_abandon{false}; // closed while busy: the worker stops
};

} // namespace orec::gui
