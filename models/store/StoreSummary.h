#pragma once

#include <QMetaType>
#include <QString>

namespace Rewind {

// What the main window shows about the store it is connected to.
struct StoreSummary
{
    QString address; // password-free
    QString backend; // "sqlite" or "postgresql"
    QString serverVersion;
    qint64 eventCount = 0;
    qint64 headPosition = 0;
    int categoryCount = 0;
    QString error; // non-empty when the store could not be read
};

} // namespace Rewind

Q_DECLARE_METATYPE(Rewind::StoreSummary)
