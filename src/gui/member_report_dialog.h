// MemberReportDialog: a document that belongs to the member rather than to a posting: the annual rating,
// and the events a member abroad reports when they happen (a foreign award, membership of a foreign
// organisation, marriage to a foreign national, a change of nationality or residence).
#pragma once

#include "app/session.h"
#include "core/report.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MemberReportDialog;
}

namespace orec::gui {

class MemberReportDialog : public QDialog
{
    Q_OBJECT
public:
    MemberReportDialog(app::Session& session, qint64 memberId, QWidget* parent = nullptr);
    ~MemberReportDialog() override;

    void setKind(ReportKind kind);
    // Files the report as filled in; false (with the problems shown) when it is refused.
    bool save();
    const Report& report() const { return m_report; }
    QString problemsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    Report formReport() const;
    void updateKind();
    void validateForm();

    std::unique_ptr<Ui::MemberReportDialog> m_ui;
    app::Session& m_session;
    qint64 m_memberId = 0;
    Report m_report;
};

} // namespace orec::gui
