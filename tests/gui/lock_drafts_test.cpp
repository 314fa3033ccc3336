// Locking never loses work (issue 16): the editors open at a lock come back, with what was typed, after the
// same user unlocks; another user finds nothing; the kept values are sealed in memory, gone once restored,
// and never on disk; a clerk with unsaved changes is warned before the idle lock.
#include "app/account_service.h"
#include "app/register_service.h"
#include "core/crypto.h"
#include "gui/app_controller.h"
#include "gui/editor_dialog.h"
#include "gui/lock_drafts.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_list_model.h"
#include "gui/members_screen.h"
#include "gui/posting_editor_dialog.h"
#include "gui/unlock_window.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAction>
#include <QDirIterator>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace orec;
using namespace orec::test;

namespace {

const QString kClerk = QStringLiteral("thuky");
const QString kClerkPassphrase = QStringLiteral("Thư ký làm việc chăm chỉ 2026");
const QString kNote = QStringLiteral("Chưa lưu: họp chi bộ ngày 17/12 về việc gia hạn");

// Runs `check` on the next editor of type T that opens, from inside its own event loop (a timer, unlike a
// waiting loop, runs in whichever loop is current), then lets the test go on.
template <typename T = gui::EditorDialog>
void onNextEditor(QObject* context, const std::function<void(T*)>& check)
{
    auto* poll = new QTimer(context);
    poll->setInterval(10);
    auto* waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, context, [poll, waited, check] {
        auto* editor = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!editor && waited->elapsed() < 10000)
            return;
        poll->stop();
        poll->deleteLater();
        delete waited;
        check(editor);
    });
    poll->start();
}

// Files under `root` written since `since` that hold `text` (as UTF-8 or UTF-16).
QStringList filesHolding(const QString& root, const QString& text, const QDateTime& since)
{
    QStringList found;
    if (root.isEmpty() || !QDir(root).exists())
        return found;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.lastModified() < since || info.size() > 64 * 1024 * 1024)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(path);
    }
    return found;
}

class LockDraftsTest : public RegisterFixture
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        m_started = QDateTime::currentDateTime().addSecs(-2);
        ASSERT_TRUE(app::AccountService(*session).addUser(kClerk, Role::Clerk, kClerkPassphrase).ok());
        maiPlan =
            plan(mai, PostingPurpose::Study, QStringLiteral("JP"), QDate(2026, 6, 1), QDate(2027, 6, 1));
        m_path = session->database().path();
        service.reset();
        session.reset(); // one program at a time has the file
        gui::AppOptions options;
        options.database = fastOptions(&m_clock);
        options.databasePath = m_path;
        options.user = kAdmin;
        options.autoLockMs = 60 * 60 * 1000;
        controller = std::make_unique<gui::AppController>(options);
        controller->start();
    }

    void TearDown() override
    {
        controller.reset();
        RegisterFixture::TearDown();
    }

    void unlockAs(const QString& user, const QString& passphrase)
    {
        gui::UnlockWindow* window = controller->unlockWindow();
        window->setUserName(user);
        typeText(child<QLineEdit>(window, "passphraseLineEdit"), passphrase);
        QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return controller->isUnlocked(); }));
    }

    // Back in the outer event loop after a lock from inside a dialog: the old window is deleted.
    void settleLock()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        settleEvents();
        ASSERT_FALSE(controller->isUnlocked());
        ASSERT_EQ(controller->mainWindow(), nullptr);
    }

    gui::MembersScreen* membersScreenWithRowOf(const Member& member, int* row)
    {
        auto* members =
            qobject_cast<gui::MembersScreen*>(controller->mainWindow()->showScreen(gui::ScreenId::Members));
        EXPECT_NE(members, nullptr);
        if (!members)
            return nullptr;
        auto* view = child<QTableView>(members, "membersTableView");
        EXPECT_TRUE(waitUntil([&] { return view->model()->rowCount() == 4; }));
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (members->model()->memberIdAt(r) == member.id)
                *row = r;
        }
        view->setCurrentIndex(view->model()->index(*row, 0));
        return members;
    }

    // The dossier of `member` opened from the members screen, `typed` typed into its notes, then `lock` run
    // from inside it.
    void typeInDossierThenLock(const Member& member, const QString& typed, const std::function<void()>& lock)
    {
        int row = -1;
        gui::MembersScreen* members = membersScreenWithRowOf(member, &row);
        ASSERT_NE(members, nullptr);
        m_row = row;
        onNextEditor<gui::EditorDialog>(controller.get(), [&](gui::EditorDialog* editor) {
            ASSERT_NE(editor, nullptr);
            EXPECT_FALSE(editor->isDirty());
            EXPECT_FALSE(controller->mainWindow()->hasUnsavedEdits());
            typeText(child<QPlainTextEdit>(editor, "notesPlainTextEdit"), typed);
            EXPECT_TRUE(editor->isDirty());
            EXPECT_TRUE(controller->mainWindow()->hasUnsavedEdits());
            EXPECT_TRUE(controller->mainWindow()->canKeepUnsavedEdits());
            lock();
        });
        members->openMember(member.id);
        settleLock();
    }

    // No widget of the program shows `text`.
    static QStringList widgetsShowing(const QString& text)
    {
        QStringList found;
        for (QWidget* widget : QApplication::allWidgets()) {
            if (auto* edit = qobject_cast<QPlainTextEdit*>(widget);
                edit && edit->toPlainText().contains(text))
                found.append(widget->objectName());
            if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && edit->text().contains(text))
                found.append(widget->objectName());
        }
        return found;
    }

    std::unique_ptr<gui::AppController> controller;
    QString m_path;
    QDateTime m_started;
    int m_row = -1;
    Posting maiPlan;
};

} // namespace

TEST_F(LockDraftsTest, ANoteTypedInADossierComesBackAfterTheLock)
{
    unlockAs(kAdmin, kAdminPassphrase);
    // Ctrl+L (File › Lock now) pressed with the note typed and not saved.
    typeInDossierThenLock(duc, kNote, [&] { controller->mainWindow()->actions().lock->trigger(); });
    if (HasFatalFailure())
        return;

    // Locked: nothing readable on screen, the draft only sealed in memory, nothing of it on disk.
    EXPECT_TRUE(widgetsShowing(kNote).isEmpty());
    EXPECT_EQ(controller->draftVault().size(), 1);
    EXPECT_TRUE(controller->draftVault().holds(m_path, kAdmin));
    EXPECT_FALSE(controller->draftVault().sealedBytes().contains(kNote.toUtf8()));
    EXPECT_FALSE(controller->draftVault().sealedBytes().contains(duc.fullName.toUtf8()));
    for (const QString& root : {QFileInfo(m_path).absolutePath(), QDir::tempPath(),
                                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                                QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                                QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
                                QFileInfo(QSettings().fileName()).absolutePath()}) {
        const QStringList holding = filesHolding(root, kNote, m_started);
        EXPECT_TRUE(holding.isEmpty()) << holding.join(QLatin1Char('\n')).toStdString();
    }

    // The same clerk unlocks: the members screen with Đức's row, and his dossier with the note, marked.
    bool checked = false;
    onNextEditor<gui::EditorDialog>(controller.get(), [&](gui::EditorDialog* editor) {
        ASSERT_NE(editor, nullptr);
        auto* dossier = qobject_cast<gui::MemberDossierDialog*>(editor);
        ASSERT_NE(dossier, nullptr);
        EXPECT_EQ(dossier->member().id, duc.id);
        EXPECT_EQ(child<QPlainTextEdit>(dossier, "notesPlainTextEdit")->toPlainText(), kNote);
        EXPECT_TRUE(dossier->isDirty());
        EXPECT_TRUE(dossier->noticeText().contains(QStringLiteral("Unsaved changes restored after the lock")))
            << dossier->noticeText().toStdString();
        // The kept copy is gone from memory once restored.
        EXPECT_TRUE(controller->draftVault().isEmpty());
        EXPECT_FALSE(gui::EditorDialog::hasPendingDrafts());
        gui::MainWindow* window = controller->mainWindow();
        auto* members = qobject_cast<gui::MembersScreen*>(window->currentScreen());
        ASSERT_NE(members, nullptr);
        EXPECT_EQ(child<QTableView>(members, "membersTableView")->currentIndex().row(), m_row);
        // And it saves like any edit.
        EXPECT_TRUE(dossier->save());
        dossier->reject();
        checked = true;
    });
    unlockAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return checked; }));
    auto saved = app::RegisterService(*controller->session()).member(duc.id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->notes, kNote);
}

TEST_F(LockDraftsTest, AnotherUserFindsNothingAndTheDraftWaitsForItsOwner)
{
    unlockAs(kAdmin, kAdminPassphrase);
    // The idle time runs out while the dossier has the note.
    typeInDossierThenLock(hoa, kNote, [&] { Q_EMIT controller->idleWatcher().idleTimeout(); });
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(controller->draftVault().holds(m_path, kAdmin));

    // Another clerk at the same computer: the dashboard as always, no editor, no note.
    unlockAs(kClerk, kClerkPassphrase);
    for (int i = 0; i < 10; ++i)
        settleEvents();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(controller->mainWindow()->currentScreen(),
              controller->mainWindow()->screen(gui::ScreenId::Dashboard));
    EXPECT_TRUE(widgetsShowing(kNote).isEmpty());
    EXPECT_FALSE(gui::EditorDialog::hasPendingDrafts());
    // What stays is the first clerk's, sealed to her key, which this session cannot open.
    EXPECT_TRUE(controller->draftVault().holds(m_path, kAdmin));
    EXPECT_FALSE(controller->draftVault().holds(m_path, kClerk));
    controller->lock();
    settleLock();
    EXPECT_EQ(controller->draftVault().size(), 2);

    // Its owner comes back: her dossier and note return.
    bool checked = false;
    onNextEditor<gui::EditorDialog>(controller.get(), [&](gui::EditorDialog* editor) {
        ASSERT_NE(editor, nullptr);
        auto* dossier = qobject_cast<gui::MemberDossierDialog*>(editor);
        ASSERT_NE(dossier, nullptr);
        EXPECT_EQ(dossier->member().id, hoa.id);
        EXPECT_EQ(child<QPlainTextEdit>(dossier, "notesPlainTextEdit")->toPlainText(), kNote);
        dossier->setDirty(false);
        dossier->reject();
        checked = true;
    });
    unlockAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return checked; }));
    EXPECT_FALSE(controller->draftVault().holds(m_path, kAdmin));
    EXPECT_TRUE(controller->draftVault().holds(m_path, kClerk));
}

TEST_F(LockDraftsTest, UnsavedChangesAreAnnouncedBeforeTheIdleLock)
{
    unlockAs(kAdmin, kAdminPassphrase);
    int row = -1;
    gui::MembersScreen* members = membersScreenWithRowOf(mai, &row);
    ASSERT_NE(members, nullptr);
    gui::IdleWatcher& idle = controller->idleWatcher();
    bool checked = false;
    onNextEditor<gui::EditorDialog>(controller.get(), [&](gui::EditorDialog* editor) {
        ASSERT_NE(editor, nullptr);
        // Untouched: the last seconds pass without a word.
        Q_EMIT idle.tick(25);
        EXPECT_TRUE(editor->noticeText().isEmpty());
        typeText(child<QPlainTextEdit>(editor, "notesPlainTextEdit"), kNote);
        // Far from the lock: nothing yet.
        Q_EMIT idle.tick(120);
        EXPECT_TRUE(editor->noticeText().isEmpty());
        // Thirty seconds before: the editor says the lock is coming and that the changes will be kept.
        Q_EMIT idle.tick(30);
        EXPECT_TRUE(editor->noticeText().contains(QStringLiteral("lock in 30 second")))
            << editor->noticeText().toStdString();
        EXPECT_TRUE(editor->noticeText().contains(QStringLiteral("will be kept")));
        Q_EMIT idle.tick(12);
        EXPECT_TRUE(editor->noticeText().contains(QStringLiteral("lock in 12 second")));
        // The clerk moves the mouse: the time goes back up and the notice away.
        Q_EMIT idle.tick(300);
        EXPECT_TRUE(editor->noticeText().isEmpty());
        editor->setDirty(false);
        editor->reject();
        checked = true;
    });
    members->openMember(mai.id);
    EXPECT_TRUE(checked);
}

TEST_F(LockDraftsTest, ChangesThatCannotBeKeptAreAnnouncedAsSuch)
{
    unlockAs(kAdmin, kAdminPassphrase);
    gui::MainWindow* window = controller->mainWindow();
    bool checked = false;
    // The settings are never kept over a lock (nor is a passphrase): the warning says to save now.
    onNextEditor<gui::EditorDialog>(controller.get(), [&](gui::EditorDialog* editor) {
        ASSERT_NE(editor, nullptr);
        editor->setDirty(true);
        EXPECT_TRUE(window->hasUnsavedEdits());
        EXPECT_FALSE(window->canKeepUnsavedEdits());
        Q_EMIT controller->idleWatcher().tick(20);
        EXPECT_TRUE(editor->noticeText().contains(QStringLiteral("cannot be kept")))
            << editor->noticeText().toStdString();
        EXPECT_TRUE(editor->draft().kind.isEmpty());
        editor->setDirty(false);
        editor->reject();
        checked = true;
    });
    window->openSettings();
    EXPECT_TRUE(checked);
}

TEST(WorkspaceDraft, ItRoundTripsAndASealedDraftOpensOnlyForItsOwner)
{
    gui::WorkspaceDraft draft;
    draft.screen = 1;
    draft.row = 3;
    draft.column = 0;
    gui::EditorDraft editor;
    editor.kind = QStringLiteral("member");
    editor.key = {{QStringLiteral("member"), 7}};
    editor.fields = {{QStringLiteral("notesPlainTextEdit"), kNote},
                     {QStringLiteral("genderComboBox"), QVariantList{1, 2, QStringLiteral("Nữ")}}};
    editor.dirty = true;
    draft.editors.append(editor);
    auto back = gui::WorkspaceDraft::deserialize(draft.serialize());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->screen, 1);
    EXPECT_EQ(back->row, 3);
    ASSERT_EQ(back->editors.size(), 1);
    EXPECT_EQ(back->editors.first().fields, editor.fields);
    EXPECT_TRUE(back->hasUnsavedEdits());
    EXPECT_FALSE(gui::WorkspaceDraft::deserialize(QByteArray("not a draft")).has_value());

    crypto::BoxKeyPair mine = crypto::generateBoxKeyPair();
    crypto::BoxKeyPair theirs = crypto::generateBoxKeyPair();
    gui::DraftVault vault;
    vault.keep(QStringLiteral("/r.orec"), QStringLiteral("a"), mine.publicKey, draft);
    EXPECT_FALSE(vault.sealedBytes().contains(kNote.toUtf8()));
    // Another user, another register, another key: nothing.
    EXPECT_FALSE(vault.take(QStringLiteral("/r.orec"), QStringLiteral("b"), mine.publicKey, mine.secretKey));
    EXPECT_FALSE(vault.take(QStringLiteral("/s.orec"), QStringLiteral("a"), mine.publicKey, mine.secretKey));
    EXPECT_FALSE(
        vault.take(QStringLiteral("/r.orec"), QStringLiteral("a"), theirs.publicKey, theirs.secretKey));
    EXPECT_EQ(vault.size(), 1);
    auto opened = vault.take(QStringLiteral("/r.orec"), QStringLiteral("a"), mine.publicKey, mine.secretKey);
    ASSERT_TRUE(opened.has_value());
    EXPECT_EQ(opened->editors.first().fields.value(QStringLiteral("notesPlainTextEdit")).toString(), kNote);
    EXPECT_TRUE(vault.isEmpty());
}

TEST_F(LockDraftsTest, APostingOpenedFromADossierComesBackInsideIt)
{
    unlockAs(kAdmin, kAdminPassphrase);
    int row = -1;
    gui::MembersScreen* members = membersScreenWithRowOf(mai, &row);
    ASSERT_NE(members, nullptr);
    const QString host = QStringLiteral("Đại học Tokyo — chưa lưu");
    // The dossier, then the planned posting from its Postings tab, the host typed there, then the lock.
    onNextEditor<gui::MemberDossierDialog>(controller.get(), [&](gui::MemberDossierDialog* dossier) {
        ASSERT_NE(dossier, nullptr);
        onNextEditor<gui::PostingEditorDialog>(controller.get(), [&](gui::PostingEditorDialog* posting) {
            ASSERT_NE(posting, nullptr);
            auto* hostEdit = child<QLineEdit>(posting, "hostLineEdit");
            ASSERT_FALSE(hostEdit->isReadOnly());
            hostEdit->selectAll();
            typeText(hostEdit, host);
            EXPECT_TRUE(posting->isDirty());
            controller->lock();
        });
        dossier->openPosting(maiPlan.id);
    });
    members->openMember(mai.id);
    settleLock();
    if (HasFatalFailure())
        return;

    bool checked = false;
    onNextEditor<gui::PostingEditorDialog>(controller.get(), [&](gui::PostingEditorDialog* posting) {
        ASSERT_NE(posting, nullptr);
        EXPECT_EQ(posting->posting().id, maiPlan.id);
        EXPECT_EQ(child<QLineEdit>(posting, "hostLineEdit")->text(), host);
        EXPECT_TRUE(posting->isDirty());
        EXPECT_FALSE(posting->noticeText().isEmpty());
        // Inside the member's dossier, as before the lock; the dossier itself had nothing unsaved.
        auto* dossier = qobject_cast<gui::MemberDossierDialog*>(posting->parentWidget());
        ASSERT_NE(dossier, nullptr);
        EXPECT_EQ(dossier->member().id, mai.id);
        EXPECT_FALSE(dossier->isDirty());
        EXPECT_TRUE(dossier->noticeText().isEmpty());
        EXPECT_TRUE(controller->draftVault().isEmpty());
        posting->setDirty(false);
        posting->reject();
        QTimer::singleShot(0, dossier, [dossier] { dossier->reject(); });
        checked = true;
    });
    unlockAs(kAdmin, kAdminPassphrase);
    ASSERT_TRUE(waitUntil([&] { return checked && QApplication::activeModalWidget() == nullptr; }));
    EXPECT_FALSE(gui::EditorDialog::hasPendingDrafts());
}
