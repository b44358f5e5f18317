#pragma once

#include "ProjectionStatusReader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <optional>

namespace Rewind {

// What `rewind serve` knows about itself, beside the projections' figures.
struct ServeFacts
{
    QString storeAddress; // as given; the status shows it without its password
    QString backend;      // "sqlite" or "postgresql"
    QString version;      // Rewind's
    qint64 startedAtUs = 0;
    double uptimeSeconds = 0;
    QString storeError;                   // the last store failure while it lasts; empty when healthy
    QHash<QString, qint64> eventsApplied; // by projection name: events folded since serve started
};

// What a projections view reads back from a `rewind serve` instance's /status.
struct ServeStatus
{
    QString version;
    QString store; // without password, as serve shows it
    bool healthy = false;
    QString error;
    QList<ProjectionStatus> projections;
};

// The two renderings `rewind serve` answers with: Prometheus' text exposition format (version
// 0.0.4) for /metrics and a JSON document for /status. Pure functions: no I/O, no clock.
class ProjectionMetrics
{
public:
    static QByteArray prometheusText(const QList<ProjectionStatus>& projections, const ServeFacts& facts);
    static QJsonDocument statusJson(const QList<ProjectionStatus>& projections, const ServeFacts& facts);

    // The inverse of statusJson() for the fields a viewer needs; nullopt with `error` set for a
    // document that is not a serve status (another program on that port, a truncated answer).
    static std::optional<ServeStatus> parseStatusJson(const QByteArray& json, QString* error = nullptr);

    // A label value as the exposition format wants it between double quotes: backslash, double
    // quote and line feed escaped.
    static QByteArray escapeLabelValue(const QString& value);
    // A HELP text: backslash and line feed escaped.
    static QByteArray escapeHelp(const QString& text);
};

} // namespace Rewind
