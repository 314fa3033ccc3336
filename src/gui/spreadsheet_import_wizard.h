// SpreadsheetImportWizard: members, cells or postings from a clerk's CSV or XLSX sheet: choose the file,
// match its columns to the register's fields, check every row (invalid cells and duplicates marked), then
// import all or nothing, or only the valid rows with a rejects file.
#pragma once

#include "app/import_service.h"
#include "app/session.h"

#include <QWizard>
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
};

} // namespace orec::gui
