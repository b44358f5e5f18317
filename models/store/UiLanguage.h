#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;
class QTranslator;

namespace Rewind {

// The language the window speaks: English or Dutch, chosen in View ▸ Language and kept in
// the settings, or the system's when none is chosen. REWIND_LANGUAGE (en, nl) overrides both, for
// scripts and screenshots. Loaded once at start: the choice takes effect at the next start.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    static QStringList available(); // "en", "nl"
    // The stored choice: "en", "nl", or empty for the system's language.
    static QString chosen(QSettings& settings);
    static void choose(QSettings& settings, const QString& language); // empty: the system's
    // What the window will speak: REWIND_LANGUAGE, else the stored choice, else the system locale
    // when it is Dutch, else English.
    static QString effective(QSettings& settings);
    // Loads the effective language's translation from the binary's resources into `translator`
    // and installs it, with the language's number and date formats (QLocale's default); English
    // needs none. False when the translation is missing.
    static bool install(QCoreApplication& app, QTranslator& translator, const QString& language);
    // The language's own name ("English", "Nederlands"), as a menu shows it.
    static QString nativeName(const QString& language);
};

} // namespace Rewind
