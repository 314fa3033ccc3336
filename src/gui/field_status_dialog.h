// FieldStatusDialog: on a cell secretary's laptop, what is still waiting for home (each change recorded
// here, and the package it was sent in) and what home's last package said it did with the changes it got.
#pragma once

#include "app/session.h"

#include <QDialog>
#include <QHash>
#include <memory>

namespace Ui {
class FieldStatusDialog;
}

namespace orec::gui {

class FieldStatusDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FieldStatusDialog(app::Session& session, QWidget* parent = nullptr);
    ~FieldStatusDialog() override;

    int pendingCount() const;
    int acknowledgedCount() const;
    // The text of a cell of either table (tests read them).
    QString pendingText(int row, int column) const;
    QString acknowledgedText(int row, int column) const;
    QString summaryText() const;

    // Reads the status again (after an install or an export).
    void reload();

    enum PendingColumn {
        NumberColumn,
        RecordedColumn,
        ByColumn,
        MemberColumn,
        RecordColumn,
        ChangeColumn,
        SentColumn
    };
    enum AcknowledgedColumn { PackageColumn, AckMemberColumn, AckRecordColumn, ChangesColumn, OutcomeColumn };

protected:
    void changeEvent(QEvent* event) override;

private:
    QString memberName(const QString& entity, const QString& uuid, const QJsonObject& record);
    // The laptop's reports by uuid (an acknowledgement names them by uuid only): whose, and which kind.
    void indexReports();
    static QString outcomeWord(const QString& code);
    static QString whatHomeDid(const QJsonObject& item);

    std::unique_ptr<Ui::FieldStatusDialog> m_ui;
    app::Session& m_session;
    QHash<QString, QString> m_names; // member uuid -> name
    struct ReportOwner
    {
        QString memberUuid;
        QString kind; // its display name
    };
    QHash<QString, ReportOwner> m_reports;
    bool m_reportsIndexed = false;
};

} // namespace orec::gui
