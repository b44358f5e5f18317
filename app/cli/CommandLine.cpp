#include "CommandLine.h"

#include "AppendCommand.h"
#include "BenchCommand.h"
#include "CommandCommand.h"
#include "DemoCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "ProjectionsCommand.h"
#include "ReadCommand.h"
#include "ReplayCommand.h"
#include "ReportCommand.h"
#include "ServeCommand.h"
#include "SnapshotCommand.h"
#include "StoreError.h"
#include "TimelineCommand.h"

#include <QProcessEnvironment>

#include <unistd.h>

namespace Rewind::Cli {

namespace {

// Removes "--store X" / "--store=X" from the arguments and returns X ("" when absent).
QString takeStore(QStringList& args, QString* error)
{
    QString store;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == QLatin1String("--store")) {
            if (i + 1 >= args.size()) {
                if (error)
                    *error = QStringLiteral("option --store needs a value");
                return {};
            }
            store = args[i + 1];
            args.remove(i, 2);
            --i;
        } else if (args[i].startsWith(QLatin1String("--store="))) {
            store = args[i].mid(8);
            args.remove(i);
            --i;
        }
    }
    return store;
}

} // namespace

CommandLine::CommandLine()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ReadCommand>());
    m_commands.push_back(std::make_unique<AppendCommand>());
    m_commands.push_back(std::make_unique<ReplayCommand>());
    m_commands.push_back(std::make_unique<SnapshotCommand>());
    m_commands.push_back(std::make_unique<CommandCommand>());
    m_commands.push_back(std::make_unique<ProjectionsCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<TimelineCommand>());
    m_commands.push_back(std::make_unique<ServeCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
}

CommandLine::~CommandLine() = default;

bool CommandLine::isCommand(const QStringList& input)
{
    QStringList args = input;
    takeStore(args, nullptr);
    return !args.isEmpty();
}

QString CommandLine::storeAddress(const QStringList& input)
{
    QStringList args = input;
    const QString store = takeStore(args, nullptr);
    return store.isEmpty() ? QProcessEnvironment::systemEnvironment().value(QStringLiteral("REWIND_STORE"))
                           : store;
}

void CommandLine::printHelp(std::FILE* to) const
{
    QString text = QStringLiteral("usage: rewind [--store ADDRESS] [COMMAND [ARGS]]\n\n"
                                  "With no command, rewind opens its window.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1\n").arg(command->synopsis());
    text += QStringLiteral(
        "\nADDRESS: a SQLite file path or sqlite:PATH; postgresql://… or a libpq conninfo such as\n"
        "'service=NAME' or 'host=H dbname=D'. Default: the REWIND_STORE environment variable.\n"
        "Passwords come from libpq (~/.pgpass, the service file, PGPASSWORD), never from Rewind.\n\n"
        "Exit codes: 0 success, 1 usage, 2 bad input, 3 expected-version conflict,\n"
        "4 store unreachable or schema missing, 5 any other store failure (a role not allowed\n"
        "to do it included).\n");
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), to);
}

int CommandLine::run(const QStringList& input)
{
    QStringList args = input;
    QString error;
    CliContext context;
    context.storeAddress = takeStore(args, &error);
    context.errIsTerminal = isatty(STDERR_FILENO);
    if (!error.isEmpty()) {
        context.note(QStringLiteral("rewind: ") + error);
        return ExitUsage;
    }
    if (context.storeAddress.isEmpty())
        context.storeAddress = QProcessEnvironment::systemEnvironment().value(QStringLiteral("REWIND_STORE"));
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("help")) {
        printHelp(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("rewind %s\n", REWIND_VERSION);
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const auto& command : m_commands) {
        if (command->name() != name)
            continue;
        try {
            const int code = command->run(context, args);
            std::fflush(context.out);
            return code;
        } catch (const StoreError& e) {
            std::fflush(context.out);
            context.note(QStringLiteral("rewind %1: %2").arg(name, e.message()));
            switch (e.kind()) {
            case StoreError::Kind::BadInput:
                return ExitBadInput;
            case StoreError::Kind::Conflict:
                return ExitConflict;
            case StoreError::Kind::Unreachable:
                return ExitUnreachable;
            case StoreError::Kind::Database:
            case StoreError::Kind::Cancelled:
            case StoreError::Kind::Forbidden:
                return ExitFailure;
            }
            return ExitFailure;
        }
    }
    context.note(QStringLiteral("rewind: unknown command '%1' (see rewind --help)").arg(name));
    return ExitUsage;
}

} // namespace Rewind::Cli
