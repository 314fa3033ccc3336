// PostingsScreen: trips as lists: departures or returns of a period, departures without approval, and those
// overdue to return; each row opens the posting or the member.
#pragma once

#include "app/print_service.h"
#include "app/session.h"
#include "gui/screen.h"

#include <memory>

namespace Ui {
class PostingsScreen;
}

namespace orec::gui {

class PostingListModel;

class PostingsScreen : public Screen
{
    Q_OBJECT
public:
    enum Mode { Departures, Returns, WithoutApproval, OverdueToReturn };

    explicit PostingsScreen(app::Session& session, QWidget* parent = nullptr);
    ~PostingsScreen() override;

    void reload() override;
    void showMode(Mode mode, const QDate& from = {}, const QDate& to = {});
    Mode mode() const;
    PostingListModel* model() const { return m_model; }
    // What Print sends: the list as shown (its rows in their order, its columns), titled after the mode and
    // the period.
    app::PrintRequest printRequest() const;
    // The list's name in a suggested file name, in the interface's language.
    QString listFileName() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillModes();
    void load();
    void shiftPeriod(int months);
    qint64 memberIdOf(int row);
    void openMember();
    void openPosting();
    void printList();
    void exportList();

    std::unique_ptr<Ui::PostingsScreen> m_ui;
    app::Session& m_session;
    PostingListModel* m_model = nullptr;
};

} // namespace orec::gui
