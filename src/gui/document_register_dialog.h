// DocumentRegisterDialog: the register of issued documents: search by number, kind, title and year, reprint a
// document as it was issued, and print the register itself as a list.
#pragma once

#include "app/session.h"
#include "storage/document_register_repository.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace orec::gui {

class DocumentRegisterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentRegisterDialog(app::Session& session, QWidget* parent = nullptr);

    // Reads the register again with the filters on screen.
    void reload();
    int rowCount() const;
    // Writes the selected document (the first row when none is selected) to a file the user chooses, byte
    // for byte as issued; returns the path written or empty.
    QString reprintSelected();
    // The list as a Party document in the print preview (a draft: the register itself is not numbered).
    void printList();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    const IssuedDocument* selected() const;

    app::Session& m_session;
    QList<IssuedDocument> m_documents;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_year = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_searchLabel = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_yearLabel = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace orec::gui
