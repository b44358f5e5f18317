#include "EventCells.h"

#include "EventTime.h"

#include <QBrush>
#include <QColor>

namespace Rewind {

namespace {

constexpr int PreviewChars = 160;
constexpr int TooltipBytes = 4000;

QString preview(const QByteArray& json)
{
    QString text = QString::fromUtf8(json.left(PreviewChars * 4));
    if (text.size() > PreviewChars) {
        text.truncate(PreviewChars);
        text += QChar(0x2026);
    }
    return text;
}

bool isNumber(EventCells::Field field)
{
    return field == EventCells::Field::GlobalPosition || field == EventCells::Field::Position;
}

} // namespace

QString EventCells::title(Field field)
{
    switch (field) {
    case Field::GlobalPosition:
        return tr("Global position");
    case Field::Time:
        return tr("Time (UTC)");
    case Field::Stream:
        return tr("Stream");
    case Field::Type:
        return tr("Type");
    case Field::Position:
        return tr("Position");
    case Field::Data:
        return tr("Data");
    }
    return {};
}

QString EventCells::displayTime(qint64 timeUs)
{
    QString iso = QString::fromLatin1(EventTime::toIso(timeUs));
    iso[10] = QLatin1Char(' ');
    return iso;
}

QVariant EventCells::data(const RecordedEvent& e, Field field, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case Field::GlobalPosition:
            return e.globalPosition;
        case Field::Time:
            return displayTime(e.timeUs);
        case Field::Stream:
            return e.streamName;
        case Field::Type:
            return e.type;
        case Field::Position:
            return e.position;
        case Field::Data:
            return preview(e.data);
        }
        return {};
    case Qt::ToolTipRole:
        return field == Field::Data ? QVariant(QString::fromUtf8(e.data.left(TooltipBytes))) : QVariant();
    case Qt::TextAlignmentRole:
        return isNumber(field) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case GlobalPositionRole:
        return e.globalPosition;
    case TimeRole:
        return e.timeUs;
    case StreamNameRole:
        return e.streamName;
    case TypeRole:
        return e.type;
    case PositionRole:
        return e.position;
    case DataRole:
        return e.data;
    case MetadataRole:
        return e.metadata;
    case IdRole:
        return e.id;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant EventCells::placeholder(Field field, Field marked, int role)
{
    switch (role) {
    case Qt::DisplayRole:
        return field == marked ? tr("loading…") : QString();
    case Qt::ForegroundRole:
        return QBrush(QColor(Qt::gray));
    case Qt::TextAlignmentRole:
        return isNumber(field) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case LoadedRole:
        return false;
    default:
        return {};
    }
}

} // namespace Rewind
