// MemberDossierDialog: one member's record: identity and party data checked as the clerk types, postings as a
// timeline, cell history, reports with their due dates, and the changes made to the record.
#pragma once

#include "app/session.h"
#include "core/field_error.h"
#include "core/member.h"
#include "core/report.h"
#include "gui/editor_dialog.h"

#include <QHash>
#include <memory>

namespace Ui {
class MemberDossierDialog;
}

class QAbstractButton;

namespace orec::gui {

class MemberDossierDialog : public EditorDialog
{
    Q_OBJECT
public:
    // memberId 0 opens an empty form for a new member.
    MemberDossierDialog(app::Session& session, qint64 memberId, QWidget* parent = nullptr);
    ~MemberDossierDialog() override;

    const Member& member() const { return m_member; }
    // Something was saved here or in a dialog opened from here: lists elsewhere should refresh.
    bool changedRegister() const { return m_changed; }
    // The problems the form shows now (errors and warnings).
    const FieldErrors& problems() const { return m_problems; }
    bool save();

    void openPosting(qint64 postingId);
    void planPosting();
    void openReport(qint64 postingId, ReportKind kind);
    // A rating or an event report of the member (not of a posting).
    void recordMemberReport();

    QString draftKind() const override { return QStringLiteral("member"); }
    QVariantMap draftKey() const override;
    bool reopenChild(const EditorDraft& child) override;

protected:
    void draftRestored() override;

private:
    void loadMember(qint64 memberId);
    void fillForm();
    Member formMember() const;
    void validateForm();
    void loadHistory();
    void updateHeader();
    void onButton(QAbstractButton* button);

    std::unique_ptr<Ui::MemberDossierDialog> m_ui;
    app::Session& m_session;
    Member m_member;
    FieldErrors m_problems;
    QHash<QString, QWidget*> m_fieldWidgets;
    bool m_changed = false;
    bool m_readOnly = false;
};

} // namespace orec::gui
