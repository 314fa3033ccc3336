#include "gui/postings_screen.h"

#include "app/print_service.h"
#include "app/query_service.h"
#include "gui/display_format.h"
#include "gui/member_dossier_dialog.h"
#include "gui/message_box.h"
#include "gui/posting_editor_dialog.h"
#include "gui/posting_list_model.h"
#include "gui/print_support.h"
#include "gui/register_labels.h"
#include "ui_postings_screen.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>

namespace orec::gui {

PostingsScreen::PostingsScreen(app::Session& session, QWidget* parent)
    : Screen(parent), m_ui(std::make_unique<Ui::PostingsScreen>()), m_session(session)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_model = new PostingListModel(this);
    QTableView* view = m_ui->postingsTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setColumnWidth(PostingListModel::NameColumn, 200);
    view->setColumnWidth(PostingListModel::HomeUnitColumn, 200);
    view->setColumnWidth(PostingListModel::CountriesColumn, 140);
    fillModes();
    const QDate today = m_session.clock().today();
    m_ui->fromDateEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toDateEdit->setDate(today);
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, &PostingsScreen::load);
    connect(m_ui->fromDateEdit, &DateLineEdit::dateEdited, this, &PostingsScreen::load);
    connect(m_ui->toDateEdit, &DateLineEdit::dateEdited, this, &PostingsScreen::load);
    connect(m_ui->previousButton, &QPushButton::clicked, this, [this] { shiftPeriod(-1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { shiftPeriod(1); });
    connect(view, &QTableView::activated, this, [this] {
        if (m_model->rowCount() > 0 &&
            m_model->row(m_ui->postingsTableView->currentIndex().row()).postingId != 0)
            openPosting();
        else
            openMember();
    });
    connect(m_ui->openMemberButton, &QPushButton::clicked, this, &PostingsScreen::openMember);
    connect(m_ui->openPostingButton, &QPushButton::clicked, this, &PostingsScreen::openPosting);
    connect(m_ui->printButton, &QPushButton::clicked, this, &PostingsScreen::printList);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PostingsScreen::exportList);
    load();
}

PostingsScreen::~PostingsScreen() = default;

void PostingsScreen::fillModes()
{
    const int keep = std::max(0, m_ui->modeComboBox->currentIndex());
    const QSignalBlocker blocker(m_ui->modeComboBox);
    m_ui->modeComboBox->clear();
    m_ui->modeComboBox->addItem(tr("Departures in the period"), Departures);
    m_ui->modeComboBox->addItem(tr("Returns in the period"), Returns);
    m_ui->modeComboBox->addItem(tr("Departures without approval"), WithoutApproval);
    m_ui->modeComboBox->addItem(tr("Abroad past the planned return"), OverdueToReturn);
    m_ui->modeComboBox->setCurrentIndex(keep);
}

PostingsScreen::Mode PostingsScreen::mode() const
{
    return static_cast<Mode>(m_ui->modeComboBox->currentData().toInt());
}

void PostingsScreen::showMode(Mode mode, const QDate& from, const QDate& to)
{
    const QSignalBlocker blocker(m_ui->modeComboBox);
    m_ui->modeComboBox->setCurrentIndex(m_ui->modeComboBox->findData(mode));
    // Without a period the list of departures without approval covers every year, as the dashboard counts it.
    if (from.isValid() || mode == WithoutApproval)
        m_ui->fromDateEdit->setDate(from);
    if (to.isValid() || mode == WithoutApproval)
        m_ui->toDateEdit->setDate(to);
    load();
}

void PostingsScreen::shiftPeriod(int months)
{
    const QDate from =
        m_ui->fromDateEdit->date().isValid() ? m_ui->fromDateEdit->date() : m_session.clock().today();
    const QDate start = QDate(from.year(), from.month(), 1).addMonths(months);
    m_ui->fromDateEdit->setDate(start);
    m_ui->toDateEdit->setDate(start.addMonths(1).addDays(-1));
    load();
}

void PostingsScreen::reload()
{
    load();
}

void PostingsScreen::load()
{
    const Mode current = mode();
    const bool period = current != OverdueToReturn;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->fromLabel), static_cast<QWidget*>(m_ui->fromDateEdit),
                       static_cast<QWidget*>(m_ui->toLabel), static_cast<QWidget*>(m_ui->toDateEdit),
                       static_cast<QWidget*>(m_ui->previousButton), static_cast<QWidget*>(m_ui->nextButton)})
        w->setVisible(period);
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    QList<PostingListRow> rows;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (current == Departures || current == Returns) {
        if (from.isValid() && to.isValid() && from <= to) {
            auto moves = app::PrintService(m_session).movements(from, to, current == Returns);
            if (moves) {
                for (const reports::MovementRow& m : *moves) {
                    PostingListRow r;
                    r.fullName = m.fullName;
                    r.partyCardNumber = m.partyCardNumber;
                    r.homeUnitName = m.homeUnitName;
                    r.purpose = m.purpose;
                    r.countryCodes = m.countryCodes;
                    r.decisionNumber = m.decisionNumber;
                    r.departure = m.departure;
                    r.plannedReturn = m.plannedReturn;
                    r.actualReturn = m.actualReturn;
                    rows.append(r);
                }
            } else {
                error = moves.error().toString();
            }
        }
    } else if (current == WithoutApproval) {
        auto found = app::QueryService(m_session).departuresWithoutApproval(from, to);
        if (found) {
            for (const UnapprovedDepartureRow& u : *found) {
                PostingListRow r;
                r.memberId = u.memberId;
                r.postingId = u.postingId;
                r.fullName = u.fullName;
                r.partyCardNumber = u.partyCardNumber;
                r.purpose = u.purpose;
                r.countryCodes = QStringList{u.countryCode};
                r.departure = u.departure;
                r.actualReturn = u.returnDate;
                r.note = u.approvalDate.isValid()
                             ? tr("approved afterwards on %1").arg(formatDate(u.approvalDate))
                             : tr("never approved");
                r.alarm = !u.approvalDate.isValid();
                rows.append(r);
            }
        } else {
            error = found.error().toString();
        }
    } else {
        auto found = app::QueryService(m_session).overdueToReturn(0, 5000);
        if (found) {
            for (const MemberRow& m : *found) {
                PostingListRow r;
                r.memberId = m.id;
                r.postingId = m.postingId;
                r.fullName = m.fullName;
                r.partyCardNumber = m.partyCardNumber;
                r.homeUnitName = m.homeUnitName;
                r.purpose = m.purpose;
                r.countryCodes = QStringList{m.countryCode};
                r.departure = m.departure;
                r.plannedReturn = m.plannedReturn;
                r.note = tr("overdue by %n day(s)", nullptr, m.daysOverdue);
                r.alarm = true;
                rows.append(r);
            }
        } else {
            error = found.error().toString();
        }
    }
    QApplication::restoreOverrideCursor();
    m_model->setRows(std::move(rows));
    m_ui->postingsTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->countLabel->setText(tr("%Ln posting(s)", nullptr, m_model->rowCount()));
    if (!error.isEmpty())
        Q_EMIT statusMessage(error);
    // Every list prints and exports as shown.
    m_ui->printButton->setEnabled(m_model->rowCount() > 0);
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
}

qint64 PostingsScreen::memberIdOf(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return 0;
    const PostingListRow& r = m_model->row(row);
    if (r.memberId != 0)
        return r.memberId;
    // Movement lists name members by card; a probationary member has none and is found by the dossier
    // instead.
    if (r.partyCardNumber.isEmpty())
        return 0;
    auto id = app::PrintService(m_session).memberId(r.partyCardNumber);
    return id ? *id : 0;
}

void PostingsScreen::openMember()
{
    const qint64 id = memberIdOf(m_ui->postingsTableView->currentIndex().row());
    if (id == 0) {
        Q_EMIT statusMessage(
            tr("This member has no party card number yet: find them on the Members screen."));
        return;
    }
    MemberDossierDialog dialog(m_session, id, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        load();
        Q_EMIT registerChanged();
    }
}

void PostingsScreen::openPosting()
{
    const int row = m_ui->postingsTableView->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount())
        return;
    const PostingListRow& r = m_model->row(row);
    if (r.postingId == 0) {
        openMember(); // the dossier lists the member's postings
        return;
    }
    PostingEditorDialog dialog(m_session, r.postingId, r.memberId, this);
    dialog.exec();
    if (dialog.changedRegister()) {
        load();
        Q_EMIT registerChanged();
    }
}

QString PostingsScreen::listFileName() const
{
    // In the interface's language: the name a clerk sees in the save dialog and later in the folder.
    const QString names[] = {tr("departures", "file name"), tr("returns", "file name"),
                             tr("departures-without-approval", "file name"),
                             tr("overdue-to-return", "file name")};
    return names[mode()];
}

app::PrintRequest PostingsScreen::printRequest() const
{
    // The list as shown, in its current order and columns: the paper holds what the clerk saw (the
    // register's movements, both ways at once, are in File → Print).
    app::PrintRequest request;
    request.kind = app::PrintKind::ScreenList;
    request.listName = listFileName();
    request.table = PrintSupport::tableOfView(m_ui->postingsTableView);
    request.table.numbered = true;
    request.title = tr("List");
    const QDate from = m_ui->fromDateEdit->date();
    const QDate to = m_ui->toDateEdit->date();
    const QString period = from.isValid() && to.isValid()
                               ? tr("(from %1 to %2)").arg(formatDate(from), formatDate(to))
                           : from.isValid() ? tr("(from %1)").arg(formatDate(from))
                           : to.isValid()   ? tr("(until %1)").arg(formatDate(to))
                                            : tr("(every year)");
    switch (mode()) {
    case Departures:
        request.subtitles << tr("of Party members who left for abroad");
        request.titleNotes << period;
        break;
    case Returns:
        request.subtitles << tr("of Party members who came back from abroad");
        request.titleNotes << period;
        break;
    case WithoutApproval:
        request.subtitles << tr("of departures abroad without approval");
        request.titleNotes << period;
        break;
    case OverdueToReturn:
        request.subtitles << tr("of Party members abroad past their planned return");
        request.titleNotes << tr("(as of %1)").arg(formatDate(m_session.clock().today()));
        break;
    }
    return request;
}

void PostingsScreen::printList()
{
    PrintSupport::preview(this, m_session, printRequest());
}

void PostingsScreen::exportList()
{
    // The list as shown, in its current order: what a workbook of the movements would add (groups and
    // totals) matters less than seeing exactly these rows.
    const QString written =
        PrintSupport::exportView(this, m_session, m_ui->postingsTableView, listFileName());
    if (!written.isEmpty())
        Q_EMIT statusMessage(tr("The list was written to %1.").arg(written));
}

void PostingsScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillModes();
        m_model->retranslate();
        load();
    }
    Screen::changeEvent(event);
}

} // namespace orec::gui
