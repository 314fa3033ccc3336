#include "gui/settings_dialog.h"

#include "app/document_register_service.h"
#include "app/translations.h"
#include "gui/display_format.h"
#include "gui/message_box.h"
#include "ui_settings_dialog.h"

#include <QEvent>
#include <QSettings>

namespace orec::gui {

namespace {
const char* kAutoLockKey = "security/autoLockMinutes";
const char* kLanguageKey = "ui/language";
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent, app::Session* session)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->identityGroupBox->setVisible(m_session != nullptr);
    if (m_session) {
        app::DocumentRegisterService documents(*m_session);
        if (auto stored = documents.identity())
            m_stored = *stored;
        m_ui->superiorLineEdit->setText(m_stored.superiorUnit);
        m_ui->committeeNameLineEdit->setText(m_stored.issuingUnit);
        m_ui->symbolLineEdit->setText(m_stored.symbol);
        m_ui->symbolLineEdit->setPlaceholderText(defaultCommitteeSymbol());
        m_ui->placeLineEdit->setText(m_stored.place);
        m_ui->placeLineEdit->setPlaceholderText(QStringLiteral("Hà Nội"));
        m_ui->onBehalfLineEdit->setText(m_stored.signerOnBehalf);
        m_ui->onBehalfLineEdit->setPlaceholderText(QStringLiteral("T/M ĐẢNG ỦY"));
        m_ui->positionLineEdit->setText(m_stored.signerPosition);
        m_ui->positionLineEdit->setPlaceholderText(QStringLiteral("BÍ THƯ"));
        m_ui->signerLineEdit->setText(m_stored.signerName);
        m_ui->termStartDateEdit->setDate(m_stored.termStart);
        // Everyone sees it; an administrator at home changes it.
        m_identityEditable = m_session->require(Permission::EditRules, app::Where::HomeOnly).ok();
        for (QLineEdit* edit : m_ui->identityGroupBox->findChildren<QLineEdit*>())
            edit->setReadOnly(!m_identityEditable);
    }
    QSettings settings;
    m_ui->autoLockSpinBox->setValue(settings.value(QLatin1String(kAutoLockKey), 5).toInt());
    // Each language under its own name, so a clerk who switched by mistake can find the way back.
    m_ui->languageComboBox->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(app::currentLanguage()) < 0
                                                ? 0
                                                : m_ui->languageComboBox->findData(app::currentLanguage()));
    const QDate sample(2025, 3, 9);
    for (const QString& format : availableDateFormats())
        m_ui->dateFormatComboBox->addItem(sample.toString(format), format);
    m_ui->dateFormatComboBox->setCurrentIndex(
        std::max(0, m_ui->dateFormatComboBox->findData(gui::dateFormat())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    watchForEdits(this);
    retranslate();
}

SettingsDialog::~SettingsDialog() = default;

int SettingsDialog::autoLockMinutes() const
{
    return m_ui->autoLockSpinBox->value();
}
QString SettingsDialog::language() const
{
    return m_ui->languageComboBox->currentData().toString();
}
QString SettingsDialog::dateFormat() const
{
    return m_ui->dateFormatComboBox->currentData().toString();
}

CommitteeIdentity SettingsDialog::identity() const
{
    CommitteeIdentity id;
    id.superiorUnit = m_ui->superiorLineEdit->text().trimmed();
    id.issuingUnit = m_ui->committeeNameLineEdit->text().trimmed();
    id.symbol = m_ui->symbolLineEdit->text().trimmed();
    id.place = m_ui->placeLineEdit->text().trimmed();
    id.signerOnBehalf = m_ui->onBehalfLineEdit->text().trimmed();
    id.signerPosition = m_ui->positionLineEdit->text().trimmed();
    id.signerName = m_ui->signerLineEdit->text().trimmed();
    id.termStart = m_ui->termStartDateEdit->date();
    return id;
}

void SettingsDialog::accept()
{
    if (m_session && m_identityEditable) {
        const CommitteeIdentity id = identity();
        const bool changed = id.superiorUnit != m_stored.superiorUnit ||
                             id.issuingUnit != m_stored.issuingUnit || id.symbol != m_stored.symbol ||
                             id.place != m_stored.place || id.signerOnBehalf != m_stored.signerOnBehalf ||
                             id.signerPosition != m_stored.signerPosition ||
                             id.signerName != m_stored.signerName || id.termStart != m_stored.termStart;
        if (changed) {
            if (Status saved = app::DocumentRegisterService(*m_session).setIdentity(id); !saved) {
                MessageBox::warning(this, tr("Settings not saved"), saved.error().message);
                return; // the dialog stays open with what was typed
            }
            m_stored = id;
        }
    }
    QSettings settings;
    settings.setValue(QLatin1String(kAutoLockKey), autoLockMinutes());
    settings.setValue(QLatin1String(kLanguageKey), language());
    setDateFormat(dateFormat());
    if (language() != app::currentLanguage())
        app::installTranslations(language()); // every window gets QEvent::LanguageChange
    EditorDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    EditorDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    m_ui->autoLockSpinBox->setSuffix(tr(" min"));
}

} // namespace orec::gui
