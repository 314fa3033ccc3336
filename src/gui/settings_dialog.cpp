#include "gui/settings_dialog.h"

#include "app/translations.h"
#include "gui/display_format.h"
#include "ui_settings_dialog.h"

#include <QEvent>
#include <QSettings>

namespace orec::gui {

namespace {
const char* kAutoLockKey = "security/autoLockMinutes";
const char* kLanguageKey = "ui/language";
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : EditorDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
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

void SettingsDialog::accept()
{
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
