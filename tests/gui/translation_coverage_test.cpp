// Translations, in English and in Vietnamese: a walk through every screen and dialog (Qt's own file, print,
// message and input dialogs and the import wizard included) records every text the program asks Qt to
// translate, and each must be in the compiled .qm of that language under the context the code asked for
// (lupdate's context and the run time's agree). In Vietnamese, no visible widget may show English: a word is
// English when the program's or Qt's English texts use it and no Vietnamese translation does.
#include "app/translations.h"
#include "gui/audit_change_formatter.h"
#include "gui/change_passphrase_dialog.h"
#include "gui/check_dialog.h"
#include "gui/export_cell_package_dialog.h"
#include "gui/field_setup_dialog.h"
#include "gui/issue_transfer_dialog.h"
#include "gui/keys_dialog.h"
#include "gui/main_window.h"
#include "gui/member_dossier_dialog.h"
#include "gui/member_report_dialog.h"
#include "gui/new_passphrase_dialog.h"
#include "gui/posting_editor_dialog.h"
#include "gui/print_dialog.h"
#include "gui/recovery_dialog.h"
#include "gui/report_form_dialog.h"
#include "gui/screen.h"
#include "gui/secretaries_dialog.h"
#include "gui/settings_dialog.h"
#include "gui/spreadsheet_import_wizard.h"
#include "gui/transition_dialog.h"
#include "gui/unlock_window.h"
#include "gui/user_dialog.h"
#include "gui_test_support.h"
#include "register_fixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

using namespace orec;
using namespace orec::test;

namespace {

// One text looked up: its context, source, disambiguation and count.
struct TextCall
{
    QString context, source, disambiguation;
    int n = -1;
    bool operator==(const TextCall&) const = default;
};

size_t qHash(const TextCall& c, size_t seed = 0)
{
    return ::qHash(c.context, seed) ^ ::qHash(c.source, seed) ^ ::qHash(c.disambiguation, seed);
}

// Asked first of all translators: notes every text looked up, then lets the real translators answer.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        if (context && source && *source) {
            QMutexLocker lock(&m_mutex); // QFileSystemModel names file types from a thread of its own
            m_calls.insert(TextCall{QString::fromUtf8(context), QString::fromUtf8(source),
                                    QString::fromUtf8(disambiguation ? disambiguation : ""), n});
        }
        return {};
    }
    bool isEmpty() const override { return false; }

    QList<TextCall> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls.values();
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<TextCall> m_calls;
};

// Qt's own contexts (QFileDialog, QPlatformTheme...): Vietnamese comes from qt_vi.qm, English from Qt.
bool isQtContext(const QString& context)
{
    return context.startsWith(QLatin1Char('Q')); // QtCharts too; the program's are orec::... or its forms
}

QStringList tsTexts(const QString& path, bool translations)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == (translations ? QLatin1String("translation") : QLatin1String("source")) ||
            (translations && xml.name() == QLatin1String("numerusform")))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return texts;
}

QStringList words(const QString& text)
{
    QStringList out;
    // Letters joined by dashes or apostrophes are one word ("Ca-mơ-run", "don't"); only ASCII ones
    // can be English.
    static const QRegularExpression word(
        QStringLiteral("(?<![\\p{L}\\p{N}])\\p{L}+(?:[-'’_]\\p{L}+)*(?![\\p{L}\\p{N}])"));
    // Placeholders (%1, %L1, %n) and mnemonics (&) are not words.
    // Neither are the parts of a path (the database's, a folder's) nor codes.
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("%L?[0-9n]")))
        .remove(QLatin1Char('&'))
        .remove(QRegularExpression(QStringLiteral("/\\S*")))
        .remove(QRegularExpression(QStringLiteral("\\*\\w+\\*"))); // a key holder's code: *recovery*
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        const QString original = it.next().captured();
        // Capitals or letters next to digits are codes (PDF, 3A-SHĐ, a key's fingerprint), not prose.
        if (original.size() > 1 && original == original.toUpper())
            continue;
        const QString w = original.toLower();
        bool ascii = true;
        for (const QChar c : w)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            out.append(w);
    }
    return out;
}

// The English words a Vietnamese screen must not show: those of the program's and Qt's source texts that no
// Vietnamese translation uses (which leaves out PDF, CSV, Excel, Unicode, "in"...).
QSet<QString> englishWords()
{
    const QString dir = QStringLiteral(OREC_SOURCE_DIR "/resources/translations/");
    QSet<QString> english, vietnamese;
    for (const QString& ts : {QStringLiteral("overseas-records_vi.ts"), QStringLiteral("qt_vi.ts")}) {
        for (const QString& t : tsTexts(dir + ts, false))
            for (const QString& w : words(t))
                english.insert(w);
        // Code the command line's help quotes as it is (--due-date, {name, role}) makes no word
        // Vietnamese.
        static const QRegularExpression code(QStringLiteral("--\\S+|\\{[^}]*\\}"));
        for (QString t : tsTexts(dir + ts, true))
            for (const QString& w : words(t.remove(code)))
                vietnamese.insert(w);
    }
    // Proper names and codes the screens show as they are: "English" names the language in its own
    // words; the user's home folder shows in the file dialog under its own name.
    vietnamese.insert(QDir::home().dirName().toLower());
    for (const char* kept :
         {"english", "orec", "orecpkg", "orecbak", "xlsx",  "csv", "pdf", "png", "qt", "ctrl", "alt",
          "shift",   "del",  "esc",     "tokyo",   "paris", "cb",  "du",  "jp",  "fr", "kr",   "id"})
        vietnamese.insert(QLatin1String(kept));
    return english - vietnamese;
}

QString plainText(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Every text a user can see in `top` as it is now.
class TextCollector
{
public:
    void add(const QString& where, const QString& text)
    {
        const QString plain = plainText(text).trimmed();
        if (!plain.isEmpty())
            m_texts.append({where, plain});
    }

    void addActions(const QString& where, const QList<QAction*>& actions)
    {
        for (QAction* a : actions) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            add(where + QStringLiteral(" action"), a->text());
            if (a->toolTip() != a->text())
                add(where + QStringLiteral(" action tip"), a->toolTip());
            if (a->menu())
                addActions(where + QStringLiteral(" > ") + a->text(), a->menu()->actions());
        }
    }

    void addWidget(QWidget* top, const QString& name)
    {
        add(name + QStringLiteral(" title"), top->windowTitle());
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (QWidget* w : widgets) {
            if (w != top && !w->isVisibleTo(top))
                continue;
            const QString where =
                name + QLatin1Char('/') +
                (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                           : w->objectName());
            add(where + QStringLiteral(" tip"), w->toolTip());
            addActions(where, w->actions());
            if (auto* l = qobject_cast<QLabel*>(w))
                add(where, l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                add(where, b->text());
            if (auto* g = qobject_cast<QGroupBox*>(w))
                add(where, g->title());
            if (auto* e = qobject_cast<QLineEdit*>(w))
                add(where + QStringLiteral(" placeholder"), e->placeholderText());
            if (auto* e = qobject_cast<QTextEdit*>(w); e && e->isReadOnly())
                add(where, e->toPlainText());
            if (auto* e = qobject_cast<QPlainTextEdit*>(w); e && e->isReadOnly())
                add(where, e->toPlainText());
            if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i)
                    add(where + QStringLiteral(" tab"), t->tabText(i));
            if (auto* c = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < c->count(); ++i)
                    if (!c->itemText(i).startsWith(QLatin1Char('/'))) // the file dialog's folders
                        add(where + QStringLiteral(" item"), c->itemText(i));
            if (auto* v = qobject_cast<QAbstractItemView*>(w))
                addView(where, v);
            if (auto* chart = qobject_cast<QChartView*>(w); chart && chart->chart())
                add(where + QStringLiteral(" chart"), chart->chart()->title());
        }
    }

    QList<std::pair<QString, QString>> texts() const { return m_texts; }

private:
    void addView(const QString& where, QAbstractItemView* view)
    {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        const auto* files = qobject_cast<QFileSystemModel*>(model);
        const QModelIndex root = view->rootIndex();
        for (int column = 0; column < model->columnCount(root); ++column) {
            add(where + QStringLiteral(" header"), model->headerData(column, Qt::Horizontal).toString());
            // A file's name is the user's; its type column is Qt's text.
            if (files && column != 2)
                continue;
            for (int row = 0; row < std::min(model->rowCount(root), 60); ++row)
                add(where + QStringLiteral(" cell"), model->index(row, column, root).data().toString());
        }
    }

    QList<std::pair<QString, QString>> m_texts;
};

class TranslationCoverageTest : public RegisterFixture, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        RegisterFixture::SetUp();
        app::installTranslations(QLatin1String(GetParam()));
        QCoreApplication::installTranslator(&m_recorder);
        sendAbroad();
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_recorder);
        app::installTranslations(QStringLiteral("en"));
        RegisterFixture::TearDown();
    }

    bool vietnamese() const { return QLatin1String(GetParam()) == QLatin1String("vi"); }

    void look(QWidget* widget, const QString& name)
    {
        widget->show();
        settleEvents();
        m_texts.addWidget(widget, name);
    }

    void walkProgram();
    void walkQtDialogs();

    RecordingTranslator m_recorder;
    TextCollector m_texts;
};

void TranslationCoverageTest::walkProgram()
{
    gui::MainWindow window(*session);
    window.resize(1366, 768);
    window.show();
    for (gui::ScreenId id :
         {gui::ScreenId::Dashboard, gui::ScreenId::Members, gui::ScreenId::Postings, gui::ScreenId::Cells,
          gui::ScreenId::ReportsDue, gui::ScreenId::AuditLog, gui::ScreenId::Users}) {
        ASSERT_NE(window.showScreen(id), nullptr);
        look(&window, QStringLiteral("main window, screen %1").arg(static_cast<int>(id)));
    }
    {
        gui::MemberDossierDialog dossier(*session, duc.id, &window);
        dossier.show();
        for (QTabWidget* tabs : dossier.findChildren<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&dossier, QStringLiteral("dossier tab %1").arg(i));
            }
    }
    {
        gui::PostingEditorDialog posting(*session, ducPosting.id, duc.id, &window);
        look(&posting, QStringLiteral("posting"));
        auto context = service->transitionContext(posting.posting());
        ASSERT_TRUE(context.ok());
        gui::TransitionDialog step(*session, PostingTransition::Extend, posting.posting(), *context,
                                   &posting);
        look(&step, QStringLiteral("extend step"));
        gui::IssueTransferDialog letter(*session, ducPosting, TransferDirection::Out, &posting);
        look(&letter, QStringLiteral("transfer letter"));
    }
    for (ReportKind kind : {ReportKind::PreDeparture, ReportKind::Return}) {
        gui::ReportFormDialog report(*session, ducPosting.id, kind, &window);
        report.show();
        for (QTabWidget* tabs : report.findChildren<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&report, QStringLiteral("report %1 tab %2").arg(static_cast<int>(kind)).arg(i));
            }
    }
    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(std::make_unique<gui::MemberReportDialog>(*session, duc.id, &window));
    dialogs.emplace_back(std::make_unique<gui::SettingsDialog>(&window));
    dialogs.emplace_back(std::make_unique<gui::ExportCellPackageDialog>(*session, &window));
    dialogs.emplace_back(std::make_unique<gui::SecretariesDialog>(*session, &window));
    dialogs.emplace_back(std::make_unique<gui::KeysDialog>(*session, &window));
    dialogs.emplace_back(std::make_unique<gui::CheckDialog>(*session, &window));
    dialogs.emplace_back(std::make_unique<gui::PrintDialog>(*session, &window));
    dialogs.emplace_back(std::make_unique<gui::ChangePassphraseDialog>(&window));
    dialogs.emplace_back(std::make_unique<gui::NewPassphraseDialog>(kAdmin, &window));
    dialogs.emplace_back(std::make_unique<gui::RecoveryDialog>(&window));
    dialogs.emplace_back(std::make_unique<gui::UserDialog>(&window));
    dialogs.emplace_back(std::make_unique<gui::UnlockWindow>(fastOptions(&m_clock)));
    dialogs.emplace_back(std::make_unique<gui::FieldSetupDialog>(fastOptions(&m_clock), &window));
    for (const auto& dialog : dialogs)
        look(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));

    // The import wizard, its buttons of every page included (only some show on its first page).
    gui::SpreadsheetImportWizard wizard(*session, &window);
    look(&wizard, QStringLiteral("import wizard"));
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                    QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton})
        m_texts.add(QStringLiteral("import wizard button %1").arg(b), wizard.buttonText(b));

    // The audit log names every kind of record and change it can hold, spreadsheet imports included.
    for (const QString& entity : gui::AuditChangeFormatter::knownEntities())
        m_texts.add(QStringLiteral("audit entity"), gui::AuditChangeFormatter::entityName(entity));
    for (const char* action :
         {"create", "update", "delete", "import:members", "import:postings", "export:cells",
          "resolve:keep_home", "transition:depart", "enrol", "install", "grant", "prune"})
        m_texts.add(QStringLiteral("audit action"),
                    gui::AuditChangeFormatter::actionName(QLatin1String(action)));
    for (const char* field : {"due_date", "rows", "imported", "rejected", "file", "created", "updated"})
        m_texts.add(QStringLiteral("audit field"),
                    gui::AuditChangeFormatter::fieldLabel(QLatin1String(field)));
}

void TranslationCoverageTest::walkQtDialogs()
{
    // The file dialog as the program shows it (widgets, not the desktop's, so that it speaks the program's
    // language), in detail view over a folder with a subfolder and a file.
    const QString folder = m_dir.file(QStringLiteral("files"));
    QDir().mkpath(folder + QStringLiteral("/sub"));
    QFile pdf(folder + QStringLiteral("/list.pdf"));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n");
    pdf.close();
    {
        QFileDialog files(nullptr, QStringLiteral("x"), folder, QStringLiteral("PDF (*.pdf)"));
        files.setOption(QFileDialog::DontUseNativeDialog);
        files.setAcceptMode(QFileDialog::AcceptSave);
        files.setViewMode(QFileDialog::Detail);
        files.show();
        auto* model = files.findChild<QFileSystemModel*>();
        ASSERT_NE(model, nullptr);
        ASSERT_TRUE(waitUntil([&] { return model->rowCount(model->index(folder)) == 2; }));
        settleEvents();
        m_texts.addWidget(&files, QStringLiteral("save file dialog"));
        files.setAcceptMode(QFileDialog::AcceptOpen);
        look(&files, QStringLiteral("open file dialog"));
        auto* name = files.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        std::unique_ptr<QMenu> menu(name->createStandardContextMenu());
        m_texts.addActions(QStringLiteral("line edit menu"), menu->actions());
    }
    {
        QTextEdit text;
        std::unique_ptr<QMenu> menu(text.createStandardContextMenu());
        m_texts.addActions(QStringLiteral("text edit menu"), menu->actions());
    }
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("x"), QStringLiteral("x"),
                        QMessageBox::Ok | QMessageBox::Save | QMessageBox::SaveAll | QMessageBox::Open |
                            QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::No |
                            QMessageBox::NoToAll | QMessageBox::Abort | QMessageBox::Retry |
                            QMessageBox::Ignore | QMessageBox::Close | QMessageBox::Cancel |
                            QMessageBox::Discard | QMessageBox::Help | QMessageBox::Apply |
                            QMessageBox::Reset | QMessageBox::RestoreDefaults);
        box.setDetailedText(QStringLiteral("x"));
        look(&box, QStringLiteral("message box"));
    }
    {
        QInputDialog input;
        input.setComboBoxItems({QStringLiteral("x")});
        look(&input, QStringLiteral("input dialog"));
    }
    {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer);
        look(&preview, QStringLiteral("print preview"));
    }
}

} // namespace

TEST_P(TranslationCoverageTest, EveryTextShownIsInTheCompiledTranslationsAndNoEnglishInVietnamese)
{
    walkProgram();
    walkQtDialogs();
    if (HasFatalFailure())
        return;

    // (a) Every text looked up on the way is in the .qm under the context asked for.
    QTranslator project;
    ASSERT_TRUE(project.load(QStringLiteral(":/i18n/overseas-records_%1.qm").arg(QLatin1String(GetParam()))));
    QTranslator qt;
    ASSERT_TRUE(qt.load(QStringLiteral(":/i18n/qt_vi.qm")));
    int projectTexts = 0;
    for (const TextCall& c : m_recorder.calls()) {
        const QByteArray context = c.context.toUtf8(), source = c.source.toUtf8(),
                         disambiguation = c.disambiguation.toUtf8();
        const char* d = disambiguation.isEmpty() ? nullptr : disambiguation.constData();
        if (isQtContext(c.context))
            continue; // Qt asks for many texts it never shows; those shown are checked below
        ++projectTexts;
        EXPECT_FALSE(project.translate(context.constData(), source.constData(), d, c.n).isEmpty())
            << GetParam() << ": not in the .qm: [" << context.constData() << "] \"" << source.constData()
            << "\"" << (d ? " (" + disambiguation.toStdString() + ")" : std::string());
    }
    EXPECT_GT(projectTexts, 500); // the walk saw the screens

    // (b) Vietnamese: no English word in any visible text.
    if (!vietnamese())
        return;
    const QSet<QString> english = englishWords();
    ASSERT_GT(english.size(), 500);
    // The detector itself: the English of the file dialog and the wizard is caught, the Vietnamese is not.
    for (const char* leak : {"Look in:", "&Finish", "Created", "Due date"}) {
        bool caught = false;
        for (const QString& w : words(QLatin1String(leak)))
            caught = caught || english.contains(w);
        ASSERT_TRUE(caught) << leak;
    }
    for (const QString& fine :
         {QStringLiteral("Tìm trong:"), QStringLiteral("&Hoàn tất"), QStringLiteral("In ra tệp (PDF)")})
        for (const QString& w : words(fine))
            ASSERT_FALSE(english.contains(w)) << fine.toStdString();
    const QList<std::pair<QString, QString>> texts = m_texts.texts();
    ASSERT_GT(texts.size(), 500);
    for (const auto& [where, text] : texts) {
        QStringList found;
        for (const QString& w : words(text))
            if (english.contains(w))
                found.append(w);
        EXPECT_TRUE(found.isEmpty()) << where.toStdString() << ": \"" << text.toStdString() << "\" ("
                                     << found.join(QLatin1Char(' ')).toStdString() << ")";
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, TranslationCoverageTest, ::testing::Values("en", "vi"));
