#pragma once

#include "ContentCatalogProjection.h"
#include "QuestionStatsProjection.h"
#include "StudentProgressProjection.h"
#include "StudentTimelineProjection.h"

#include <QList>
#include <QString>

namespace Rewind {

// The four built-in projections, owned together: the command line and the GUI run them in
// one pass over the log.
class BuiltInProjections
{
public:
    QList<Projection*> all();
    Projection* byName(const QString& name); // nullptr for an unknown name
    QStringList names();

    QuestionStatsProjection questionStats;
    StudentProgressProjection studentProgress;
    ContentCatalogProjection contentCatalog;
    StudentTimelineProjection studentTimeline;
};

} // namespace Rewind
