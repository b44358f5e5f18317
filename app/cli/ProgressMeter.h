#pragma once

#include "CliCommand.h"

#include <QElapsedTimer>

namespace Rewind::Cli {

// A one-line progress display on standard error, shown only when it is a terminal and the work
// takes long enough to need one; redrawn at most a few times a second.
class ProgressMeter
{
public:
    ProgressMeter(const CliContext& context, QString label, qint64 total);
    ~ProgressMeter();
    void update(qint64 done);
    void finish();

private:
    const CliContext& m_context;
    QString m_label;
    qint64 m_total;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1;
    bool m_drawn = false;
};

} // namespace Rewind::Cli
