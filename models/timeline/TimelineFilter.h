#pragma once

#include "TimelineEntry.h"

#include <QList>
#include <QSet>

#include <optional>

namespace Rewind {

// Which entries of a timeline to show or export: some kinds, a period. The view, the exports and
// `rewind timeline` share it, so that the same filter gives the same entries everywhere.
struct TimelineFilter
{
    QSet<TimelineEntry::Kind> kinds; // empty: every kind
    std::optional<qint64> fromUs;    // time >= this (inclusive)
    std::optional<qint64> toUs;      // time <= this (inclusive)

    bool matches(const TimelineEntry& entry) const
    {
        return (kinds.isEmpty() || kinds.contains(entry.kind)) && (!fromUs || entry.timeUs >= *fromUs) &&
               (!toUs || entry.timeUs <= *toUs);
    }

    QList<TimelineEntry> apply(const QList<TimelineEntry>& entries) const
    {
        QList<TimelineEntry> kept;
        for (const TimelineEntry& e : entries) {
            if (matches(e))
                kept.append(e);
        }
        return kept;
    }
};

} // namespace Rewind
