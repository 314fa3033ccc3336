// ImportPackageDialog: the readable list of what a cell's return package would change at home, field by
// field, each conflict decided by a person (keep home's value, take the cell's, or edit) before anything
// is applied; a dry run shows what would be written without saving it.
#pragma once

#include "app/session.h"
#include "exchange/home_exchange.h"
#include "exchange/import_plan.h"

#include <QDialog>
#include <QHash>
#include <memory>
#include <optional>

namespace Ui {
class ImportPackageDialog;
}

namespace orec::gui {

class ImportPackageDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPackageDialog(app::Session& session, exchange::ImportPlan plan, QWidget* parent = nullptr);
    ~ImportPackageDialog() override;

    const exchange::ImportPlan& plan() const { return m_plan; }
    // The table row of an item's field; -1 when the list has no such row.
    int rowOf(int itemIndex, const QString& field) const;
    // Decides one conflict, as the buttons under the list do.
    bool resolve(int itemIndex, const QString& field, exchange::Resolution resolution,
                 const QJsonValue& edited = {});
    void resolveAll(exchange::Resolution resolution);
    bool canApply() const;
    // Applies the plan, or with dryRun applies and rolls back, showing what would be written.
    bool apply(bool dryRun);
    const std::optional<exchange::ImportOutcome>& outcome() const { return m_outcome; }
    // The dry run's report as shown (tests read it).
    QString dryRunText() const;

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class EditorKind { None, Text, LongText, Date };
    struct Row
    {
        int item = 0;
        int field = -1; // -1: a refused change without fields
    };

    void retranslate();
    void fillTable();
    void refreshRow(int row);
    void showDetails();
    void updateSummary();
    void selectNextOpenConflict(int after);
    void decideCurrent(exchange::Resolution resolution);
    void startEditing();
    void useEditedValue();
    QString valueText(const exchange::ChangeItem& item, const QString& field, const QJsonValue& value);
    QString outcomeText(const exchange::ChangeItem& item, const exchange::FieldChange* field) const;
    QString referenceLabel(EntityKind target, const QString& uuid);
    EditorKind editorFor(const exchange::ChangeItem& item, const exchange::FieldChange& field) const;
    QString whatWouldChange(const exchange::ImportPlan& plan);
    const exchange::FieldChange* fieldOf(const Row& row) const;

    std::unique_ptr<Ui::ImportPackageDialog> m_ui;
    app::Session& m_session;
    exchange::ImportPlan m_plan;
    QList<Row> m_rows;
    QHash<QString, QString> m_labels; // uuid -> readable name of a referenced record
    bool m_unitsLoaded = false;
    std::optional<exchange::ImportOutcome> m_outcome;
    bool m_decided = false;
};

} // namespace orec::gui
