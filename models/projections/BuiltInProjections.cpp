#include "BuiltInProjections.h"

namespace Rewind {

QList<Projection*> BuiltInProjections::all()
{
    return {&questionStats, &studentProgress, &contentCatalog, &studentTimeline};
}

Projection* BuiltInProjections::byName(const QString& name)
{
    for (Projection* p : all()) {
        if (p->name() == name)
            return p;
    }
    return nullptr;
}

QStringList BuiltInProjections::names()
{
    QStringList out;
    for (const Projection* p : all())
        out << p->name();
    return out;
}

} // namespace Rewind
