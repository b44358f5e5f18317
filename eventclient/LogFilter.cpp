#include "LogFilter.h"

#include "StoreError.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace Rewind {

namespace {

constexpr qint64 FirstIsoUs = -62135596800000000LL; // 0001-01-01T00:00:00Z (PostgreSQL has no year 0)
constexpr qint64 LastIsoUs = 253402300799999999LL;  // 9999-12-31T23:59:59.999999Z

} // namespace

QJsonObject LogFilter::containmentPattern(const QByteArray& json, const char* field)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw StoreError(StoreError::Kind::BadInput, QStringLiteral("%1: not valid JSON (%2 at offset %3)")
                                                         .arg(QLatin1StringView(field), error.errorString())
                                                         .arg(error.offset));
    if (!doc.isObject())
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("%1: must be a JSON object").arg(QLatin1StringView(field)));
    return doc.object();
}

void LogFilter::validate(const LogQuery& query)
{
    if (!query.dataContains.isEmpty())
        containmentPattern(query.dataContains, "dataContains");
    if (!query.metadataContains.isEmpty())
        containmentPattern(query.metadataContains, "metadataContains");
}

qint64 LogFilter::clampTimeUs(qint64 us)
{
    return std::clamp(us, FirstIsoUs, LastIsoUs);
}

} // namespace Rewind
