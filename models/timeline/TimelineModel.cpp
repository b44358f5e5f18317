#include "TimelineModel.h"

#include "TimelineSentences.h"

#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace Rewind {

namespace {

QDateTime utc(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

// Day rows carry 0; an entry carries its day's row + 1, so parent() needs no lookup.
constexpr quintptr DayId = 0;

} // namespace

TimelineModel::TimelineModel(QObject* parent) : QAbstractItemModel(parent) {}

void TimelineModel::setTimeline(StudentTimeline timeline)
{
    beginResetModel();
    m_timeline = std::move(timeline);
    regroup();
    endResetModel();
    emit timelineChanged();
}

void TimelineModel::setFilter(TimelineFilter filter)
{
    beginResetModel();
    m_filter = std::move(filter);
    regroup();
    endResetModel();
    emit filterChanged();
}

void TimelineModel::regroup()
{
    m_days.clear();
    m_filteredCount = 0;
    const QList<TimelineEntry>& entries = m_timeline.entries;
    // A day is found by its first entry's date; computing the next midnight once per day keeps
    // 100,000 entries from each paying for a date conversion.
    qint64 dayEndUs = std::numeric_limits<qint64>::min();
    for (qint32 i = 0; i < qint32(entries.size()); ++i) {
        const TimelineEntry& e = entries[i];
        if (!m_filter.matches(e))
            continue;
        if (m_days.isEmpty() || e.timeUs >= dayEndUs || e.timeUs < dayEndUs - qint64(86400) * 1000000) {
            const QDate date = utc(e.timeUs).date();
            if (m_days.isEmpty() || m_days.last().date != date)
                m_days.append(Day{date, {}});
            dayEndUs = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000;
        }
        m_days.last().entries.append(i);
        ++m_filteredCount;
    }
}

QList<TimelineEntry> TimelineModel::filteredEntries() const
{
    QList<TimelineEntry> kept;
    kept.reserve(m_filteredCount);
    for (const Day& day : m_days) {
        for (const qint32 i : day.entries)
            kept.append(m_timeline.entries[i]);
    }
    return kept;
}

const TimelineEntry* TimelineModel::entryAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == DayId)
        return nullptr;
    const Day& day = m_days[qsizetype(index.internalId() - 1)];
    return &m_timeline.entries[day.entries[index.row()]];
}

QModelIndex TimelineModel::indexOfPosition(qint64 globalPosition) const
{
    const QList<TimelineEntry>& entries = m_timeline.entries;
    const auto it = std::lower_bound(entries.cbegin(), entries.cend(), globalPosition,
                                     [](const TimelineEntry& e, qint64 p) { return e.globalPosition < p; });
    if (it == entries.cend() || it->globalPosition != globalPosition || !m_filter.matches(*it))
        return {};
    const qint32 wanted = qint32(it - entries.cbegin());
    const QDate date = utc(it->timeUs).date();
    for (qsizetype d = 0; d < m_days.size(); ++d) {
        if (m_days[d].date != date)
            continue;
        const QList<qint32>& rows = m_days[d].entries;
        const auto row = std::lower_bound(rows.cbegin(), rows.cend(), wanted);
        if (row != rows.cend() && *row == wanted)
            return createIndex(int(row - rows.cbegin()), 0, quintptr(d + 1));
    }
    return {};
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, DayId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TimelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == DayId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, DayId);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_days.size());
    if (parent.column() != 0 || parent.internalId() != DayId)
        return 0;
    return int(m_days[parent.row()].entries.size());
}

int TimelineModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == DayId) {
        const Day& day = m_days[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == TimeColumn)
                return day.date.toString(Qt::ISODate);
            if (index.column() == SentenceColumn)
                return day.entries.size() == 1 ? tr("1 event") : tr("%1 events").arg(day.entries.size());
            return {};
        case DayRole:
            return day.date;
        case IsDayRole:
            return true;
        case EntryCountRole:
            return int(day.entries.size());
        default:
            return {};
        }
    }
    const TimelineEntry& e = *entryAt(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return utc(e.timeUs).toString(QStringLiteral("HH:mm:ss"));
        case SentenceColumn:
            return TimelineSentences::sentence(e);
        case StreamColumn:
            return e.streamName;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == TimeColumn ? QVariant(kindColor(e.kind)) : QVariant();
    case Qt::ToolTipRole:
        return TimelineSentences::kindLabel(e.kind);
    case GlobalPositionRole:
        return e.globalPosition;
    case TimeUsRole:
        return e.timeUs;
    case StreamNameRole:
        return e.streamName;
    case TypeRole:
        return e.type;
    case KindRole:
        return int(e.kind);
    case EventIdRole:
        return e.id;
    case QuizIdRole:
        return e.quizId;
    case DayRole:
        return m_days[qsizetype(index.internalId() - 1)].date;
    case IsDayRole:
        return false;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case SentenceColumn:
        return tr("What happened");
    case StreamColumn:
        return tr("Stream");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(GlobalPositionRole, "globalPosition");
    names.insert(TimeUsRole, "timeUs");
    names.insert(StreamNameRole, "streamName");
    names.insert(TypeRole, "type");
    names.insert(KindRole, "kind");
    names.insert(EventIdRole, "eventId");
    names.insert(QuizIdRole, "quizId");
    names.insert(DayRole, "day");
    names.insert(IsDayRole, "isDay");
    names.insert(EntryCountRole, "entryCount");
    return names;
}

QColor TimelineModel::kindColor(TimelineEntry::Kind kind)
{
    using Kind = TimelineEntry::Kind;
    switch (kind) {
    case Kind::Registered:
        return QColor(0x6a, 0x1b, 0x9a);
    case Kind::LoggedIn:
        return QColor(0x75, 0x75, 0x75);
    case Kind::QuizStarted:
        return QColor(0x15, 0x65, 0xc0);
    case Kind::QuestionAssigned:
        return QColor(0x00, 0x83, 0x8f);
    case Kind::AnsweredCorrectly:
        return QColor(0x2e, 0x7d, 0x32);
    case Kind::AnsweredIncorrectly:
        return QColor(0xc6, 0x28, 0x28);
    case Kind::ExplanationViewed:
        return QColor(0xef, 0x6c, 0x00);
    case Kind::QuizPassed:
        return QColor(0x1b, 0x5e, 0x20);
    case Kind::QuizFailed:
        return QColor(0xb7, 0x1c, 0x1c);
    case Kind::Other:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

} // namespace Rewind
