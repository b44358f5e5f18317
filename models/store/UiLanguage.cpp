#include "UiLanguage.h"

#include <QSettings>
#include <QTranslator>

namespace Rewind {

namespace {
const QString SettingKey = QStringLiteral("ui/language");
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("nl")};
}

QString UiLanguage::chosen(QSettings& settings)
{
    const QString value = settings.value(SettingKey).toString();
    return available().contains(value) ? value : QString();
}

void UiLanguage::choose(QSettings& settings, const QString& language)
{
    if (language.isEmpty() || !available().contains(language))
        settings.remove(SettingKey);
    else
        settings.setValue(SettingKey, language);
}

QString UiLanguage::effective(QSettings& settings)
{
    const QString forced = qEnvironmentVariable("REWIND_LANGUAGE");
    if (available().contains(forced))
        return forced;
    const QString stored = chosen(settings);
    if (!stored.isEmpty())
        return stored;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

bool UiLanguage::install(QCoreApplication& app, QTranslator& translator, const QString& language)
{
    if (language != QLatin1String("nl"))
        return true; // the sources are English
    if (!translator.load(QStringLiteral(":/i18n/rewind_nl.qm")))
        return false;
    app.installTranslator(&translator);
    // Numbers and dates in the window follow the language: 260.801, not 260,801. Files and the
    // command line's output never use the locale.
    if (QLocale().language() != QLocale::Dutch)
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    return true;
}

QString UiLanguage::nativeName(const QString& language)
{
    if (language == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System language");
}

} // namespace Rewind
