#include "ProjectionMetrics.h"

#include "EventTime.h"
#include "StoreAddress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <functional>

namespace Rewind {

namespace {

QByteArray number(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // The shortest text that reads back as the same double: no "0.10000000000000001".
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

// One metric family: its HELP and TYPE lines, then one sample per projection.
struct Family
{
    const char* name;
    const char* type;
    const char* help;
    std::function<QByteArray(const ProjectionStatus&)> value;
};

void appendHeader(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += ProjectionMetrics::escapeHelp(QString::fromLatin1(help));
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

} // namespace

QByteArray ProjectionMetrics::escapeLabelValue(const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray ProjectionMetrics::escapeHelp(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray ProjectionMetrics::prometheusText(const QList<ProjectionStatus>& projections,
                                             const ServeFacts& facts)
{
    const QList<Family> families{
        {"rewind_projection_checkpoint", "gauge", "Global position of the last event the projection applied.",
         [](const ProjectionStatus& s) { return QByteArray::number(s.checkpoint); }},
        {"rewind_projection_head", "gauge", "Global position of the last event in the store.",
         [](const ProjectionStatus& s) { return QByteArray::number(s.head); }},
        {"rewind_projection_lag_events", "gauge", "Events in the store after the projection's checkpoint.",
         [](const ProjectionStatus& s) { return QByteArray::number(s.lagEvents); }},
        {"rewind_projection_lag_seconds", "gauge",
         "Seconds between the time of the head event and of the checkpoint event; NaN while unknown.",
         [](const ProjectionStatus& s) { return number(s.lagSeconds < 0 ? std::nan("") : s.lagSeconds); }},
        {"rewind_projection_events_applied_total", "counter",
         "Events the projection folded since serve started.",
         [&facts](const ProjectionStatus& s) {
             return QByteArray::number(facts.eventsApplied.value(s.name));
         }},
        {"rewind_projection_parked", "gauge", "Events the projection could not fold and set aside.",
         [](const ProjectionStatus& s) { return QByteArray::number(s.parked); }},
    };
    QByteArray out;
    for (const Family& family : families) {
        appendHeader(out, family.name, family.type, family.help);
        for (const ProjectionStatus& s : projections) {
            out += family.name;
            out += "{projection=\"";
            out += escapeLabelValue(s.name);
            out += "\"} ";
            out += family.value(s);
            out += '\n';
        }
    }
    appendHeader(out, "rewind_serve_uptime_seconds", "gauge", "Seconds since rewind serve started.");
    out += "rewind_serve_uptime_seconds " + number(facts.uptimeSeconds) + '\n';
    appendHeader(out, "rewind_serve_store_up", "gauge",
                 "1 while the store answers, 0 from a failure until it answers again.");
    out += QByteArray("rewind_serve_store_up ") + (facts.storeError.isEmpty() ? "1" : "0") + '\n';
    return out;
}

QJsonDocument ProjectionMetrics::statusJson(const QList<ProjectionStatus>& projections,
                                            const ServeFacts& facts)
{
    QJsonArray list;
    qint64 head = 0;
    for (const ProjectionStatus& s : projections) {
        head = std::max(head, s.head);
        QJsonObject p;
        p.insert(QStringLiteral("name"), s.name);
        p.insert(QStringLiteral("state"), ProjectionStatus::stateName(s.state));
        p.insert(QStringLiteral("code_version"),
                 s.codeVersion.isEmpty() ? QJsonValue() : QJsonValue(QString::fromLatin1(s.codeVersion)));
        p.insert(QStringLiteral("checkpoint"), s.checkpoint);
        p.insert(QStringLiteral("head"), s.head);
        p.insert(QStringLiteral("lag_events"), s.lagEvents);
        p.insert(QStringLiteral("lag_seconds"), s.lagSeconds < 0 ? QJsonValue() : QJsonValue(s.lagSeconds));
        p.insert(QStringLiteral("events_applied"), facts.eventsApplied.value(s.name));
        p.insert(QStringLiteral("events_per_second"), s.eventsPerSecond);
        p.insert(QStringLiteral("parked"), s.parked);
        list.append(p);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), facts.version);
    root.insert(QStringLiteral("store"), StoreAddress::parse(facts.storeAddress).withoutPassword());
    root.insert(QStringLiteral("backend"), facts.backend);
    root.insert(QStringLiteral("healthy"), facts.storeError.isEmpty());
    root.insert(QStringLiteral("error"),
                facts.storeError.isEmpty() ? QJsonValue() : QJsonValue(facts.storeError));
    root.insert(QStringLiteral("started_at"), QString::fromLatin1(EventTime::toIso(facts.startedAtUs)));
    root.insert(QStringLiteral("uptime_seconds"), facts.uptimeSeconds);
    root.insert(QStringLiteral("head"), head);
    root.insert(QStringLiteral("projections"), list);
    return QJsonDocument(root);
}

std::optional<ServeStatus> ProjectionMetrics::parseStatusJson(const QByteArray& json, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<ServeStatus> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("projections")).isArray() ||
        !root.value(QStringLiteral("healthy")).isBool())
        return fail(
            QStringLiteral("not the status of rewind serve (no \"projections\" list or \"healthy\" flag)"));
    ServeStatus out;
    out.version = root.value(QStringLiteral("version")).toString();
    out.store = root.value(QStringLiteral("store")).toString();
    out.healthy = root.value(QStringLiteral("healthy")).toBool();
    out.error = root.value(QStringLiteral("error")).toString();
    const QJsonArray list = root.value(QStringLiteral("projections")).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject p = value.toObject();
        if (!p.value(QStringLiteral("name")).isString() || !p.value(QStringLiteral("checkpoint")).isDouble())
            return fail(QStringLiteral("a projection without a name or checkpoint"));
        ProjectionStatus s;
        s.name = p.value(QStringLiteral("name")).toString();
        const QString state = p.value(QStringLiteral("state")).toString();
        s.state = ProjectionStatus::State::Behind;
        for (auto candidate : {ProjectionStatus::State::NeverRun, ProjectionStatus::State::CaughtUp,
                               ProjectionStatus::State::Behind, ProjectionStatus::State::NeedsRebuild,
                               ProjectionStatus::State::External})
            if (ProjectionStatus::stateName(candidate) == state)
                s.state = candidate;
        s.codeVersion = p.value(QStringLiteral("code_version")).toString().toLatin1();
        s.savedVersion = s.codeVersion;
        s.checkpoint = p.value(QStringLiteral("checkpoint")).toInteger();
        s.head = p.value(QStringLiteral("head")).toInteger();
        s.lagEvents = p.value(QStringLiteral("lag_events")).toInteger();
        const QJsonValue lagSeconds = p.value(QStringLiteral("lag_seconds"));
        s.lagSeconds = lagSeconds.isDouble() ? lagSeconds.toDouble() : -1;
        s.eventsPerSecond = p.value(QStringLiteral("events_per_second")).toInteger();
        s.parked = p.value(QStringLiteral("parked")).toInteger();
        out.projections.append(s);
    }
    return out;
}

} // namespace Rewind
