#include "TimelineCommand.h"

#include "CliArguments.h"
#include "EventTime.h"
#include "PartialFile.h"
#include "TimelineCsvWriter.h"
#include "TimelineFilter.h"
#include "TimelinePdfWriter.h"
#include "TimelineReader.h"
#include "TimelineSentences.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <pwd.h>
#include <unistd.h>

namespace Rewind::Cli {

namespace {

QByteArray jsonLines(const QList<TimelineEntry>& entries)
{
    QByteArray out;
    for (const TimelineEntry& e : entries) {
        // QJsonObject keeps its keys sorted, as every JSON line of the command line is.
        QJsonObject line{
            {QStringLiteral("global_position"), e.globalPosition},
            {QStringLiteral("time"), QString::fromLatin1(EventTime::toIso(e.timeUs))},
            {QStringLiteral("stream_name"), e.streamName},
            {QStringLiteral("type"), e.type},
            {QStringLiteral("kind"), TimelineEntry::kindKey(e.kind)},
            {QStringLiteral("sentence"), TimelineSentences::sentence(e)},
            {QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
        };
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

QString osUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    // Services and containers often run without those variables; the password database still
    // knows the account.
    if (const passwd* account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown");
}

} // namespace

int TimelineCommand::run(CliContext& context, const QStringList& args)
{
    const QString format = QStringLiteral("format");
    const QString output = QStringLiteral("output");
    const QString from = QStringLiteral("from");
    const QString to = QStringLiteral("to");
    const QString kinds = QStringLiteral("kinds");
    const QString language = QStringLiteral("language");
    const QString user = QStringLiteral("user");
    const QString bench = QStringLiteral("bench");
    CliArguments parsed(args, {format, output, from, to, kinds, language, user}, {bench});
    if (!parsed.ok())
        return usageError(context, parsed.error());
    if (parsed.positionals().size() != 1 || parsed.positionals().first().isEmpty())
        return usageError(context, QStringLiteral("give exactly one STUDENT_ID"));
    const QString studentId = parsed.positionals().first();

    const QString fmt = parsed.has(format) ? parsed.value(format) : QStringLiteral("jsonl");
    if (fmt != QLatin1String("jsonl") && fmt != QLatin1String("csv") && fmt != QLatin1String("pdf"))
        return usageError(context, QStringLiteral("--format must be jsonl, csv or pdf, not '%1'").arg(fmt));

    TimelineFilter filter;
    for (const QString& option : {from, to}) {
        if (!parsed.has(option))
            continue;
        const std::optional<qint64> us = EventTime::fromIso(QStringView(parsed.value(option)));
        if (!us)
            return usageError(context, QStringLiteral("--%1 '%2' is not a time such as 2026-03-02T09:00:00Z")
                                           .arg(option, parsed.value(option)));
        (option == from ? filter.fromUs : filter.toUs) = us;
    }
    if (filter.fromUs && filter.toUs && *filter.fromUs > *filter.toUs)
        return usageError(context, QStringLiteral("--from is after --to"));
    if (parsed.has(kinds)) {
        for (const QString& key : parsed.value(kinds).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<TimelineEntry::Kind> kind = TimelineEntry::kindFromKey(key.trimmed());
            if (!kind) {
                QStringList known;
                for (const TimelineEntry::Kind k : TimelineEntry::allKinds())
                    known << TimelineEntry::kindKey(k);
                return usageError(context, QStringLiteral("unknown kind '%1' (kinds: %2)")
                                               .arg(key, known.join(QStringLiteral(", "))));
            }
            filter.kinds.insert(*kind);
        }
        if (filter.kinds.isEmpty())
            return usageError(context, QStringLiteral("--kinds needs at least one kind"));
    }

    const QString lang = parsed.has(language) ? parsed.value(language) : QStringLiteral("en");
    if (lang != QLatin1String("en") && lang != QLatin1String("nl"))
        return usageError(context, QStringLiteral("--language must be en or nl, not '%1'").arg(lang));
    QTranslator translator;
    if (lang == QLatin1String("nl")) {
        if (!translator.load(QStringLiteral(":/i18n/rewind_nl.qm"))) {
            context.note(
                QStringLiteral("rewind timeline: the Dutch translation is not built into this binary"));
            return ExitFailure;
        }
        QCoreApplication::installTranslator(&translator);
    }

    if (fmt == QLatin1String("pdf") && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        context.note(QStringLiteral("rewind timeline: this binary cannot lay out a PDF without a graphical "
                                    "application object; use --format csv or jsonl"));
        return ExitFailure;
    }

    auto store = context.openStore(EventStoreFactory::Mode::MustExist);
    QElapsedTimer timer;
    timer.start();
    StudentTimeline timeline = TimelineReader(*store).read(studentId);
    if (timeline.snapshotDenied)
        context.note(QStringLiteral("note: no access to Rewind's snapshots (schema rewind) for role %1; "
                                    "reading the student-timeline projection from the first event")
                         .arg(store->sessionUser()));
    const qint64 readMs = timer.elapsed();
    if (!timeline.known) {
        context.note(QStringLiteral("rewind timeline: no student '%1' in this store (no StudentRegistered, "
                                    "StudentLoggedIn or QuizStarted names them)")
                         .arg(studentId));
        return ExitBadInput;
    }
    const QList<TimelineEntry> entries = filter.apply(timeline.entries);

    QByteArray bytes;
    if (fmt == QLatin1String("jsonl")) {
        bytes = jsonLines(entries);
    } else if (fmt == QLatin1String("csv")) {
        bytes = TimelineCsvWriter::csv(entries);
    } else {
        TimelinePdfWriter::Header header;
        header.studentId = studentId;
        header.studentName = timeline.name;
        header.studentEmail = timeline.email;
        header.fromUs = filter.fromUs;
        header.toUs = filter.toUs;
        header.generatedBy = parsed.has(user) ? parsed.value(user) : osUser();
        header.generatedAtUs = EventTime::nowUs();
        bytes = TimelinePdfWriter::pdf(header, entries);
    }

    if (parsed.has(output)) {
        PartialFile file(parsed.value(output));
        file.open();
        file.write(bytes);
        file.commit();
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), context.out);
        std::fflush(context.out);
    }
    if (parsed.has(bench))
        context.note(
            QStringLiteral("timeline of student %1: %2 events from %3 streams read in %4 ms; %5 written "
                           "in %6 ms in all")
                .arg(studentId)
                .arg(timeline.entries.size())
                .arg(timeline.streams.size())
                .arg(readMs)
                .arg(entries.size())
                .arg(timer.elapsed()));
    return ExitOk;
}

} // namespace Rewind::Cli
