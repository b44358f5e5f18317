#pragma once

#include "TimelineEntry.h"

#include <QCoreApplication>
#include <QString>

namespace Rewind {

// One plain sentence per timeline entry ("Answered question 442 incorrectly: 12"), in the language
// of the installed translator: English as written here, Dutch from translations/rewind_nl.ts.
class TimelineSentences
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSentences)

public:
    static QString sentence(const TimelineEntry& entry);
    // The name of a kind for filters and legends ("Answered correctly").
    static QString kindLabel(TimelineEntry::Kind kind);
};

} // namespace Rewind
