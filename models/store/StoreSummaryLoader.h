#pragma once

#include "StoreSummary.h"

#include <QObject>
#include <QString>

namespace Rewind {

// Reads a store's summary off the UI thread; on the first start it first creates the embedded demo
// store. Results arrive as signals on the loader's thread.
class StoreSummaryLoader : public QObject
{
    Q_OBJECT
public:
    explicit StoreSummaryLoader(QObject* parent = nullptr);

    // `createDemo`: the address is the default demo file, to be generated when it does not exist.
    void load(const QString& address, bool createDemo);

signals:
    void demoProgress(qint64 done, qint64 total);
    void summaryLoaded(const Rewind::StoreSummary& summary);
};

} // namespace Rewind
