#include "CommandLine.h"
#include "MainWindow.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace {

QStringList argumentsOf(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

int runGui(int argc, char** argv, const QString& givenStore)
{
    if (!hasDisplay()) {
        std::fputs("rewind: there is no display (DISPLAY is not set), so the window cannot open.\n"
                   "Run it under a virtual display:  xvfb-run -a rewind\n"
                   "or use a command, for example:   rewind --store FILE read --all --limit 5\n",
                   stderr);
        return 4;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rewind"));
    QCoreApplication::setApplicationName(QStringLiteral("rewind"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REWIND_VERSION));

    QTranslator translator;
    QSettings settings;
    const QString language = Rewind::UiLanguage::effective(settings);
    if (!Rewind::UiLanguage::install(app, translator, language))
        std::fprintf(stderr, "rewind: the %s translation is not built into this binary; using English\n",
                     qPrintable(language));

    const bool useDemo = givenStore.isEmpty();
    const QString address = useDemo ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                          QStringLiteral("/rewind-demo.sqlite")
                                    : givenStore;

    Rewind::MainWindow window;
    window.show();
    window.openStore(address, useDemo);
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    if (Rewind::Cli::CommandLine::isCommand(args)) {
        if (args.contains(QLatin1String("bench")) && args.contains(QLatin1String("gui"))) {
            // The GUI benchmark drives a real window; without a display it renders offscreen.
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            return Rewind::Cli::CommandLine().run(args);
        }
        if (args.contains(QLatin1String("timeline"))) {
            // `timeline --format pdf` lays out text, which needs the fonts of a graphical
            // application; no window opens, so no display is needed.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return Rewind::Cli::CommandLine().run(args);
        }
        QCoreApplication app(argc, argv);
        return Rewind::Cli::CommandLine().run(args);
    }
    return runGui(argc, argv, Rewind::Cli::CommandLine::storeAddress(args));
}
