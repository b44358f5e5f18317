#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `report question-stats --format csv`: the question-stats projection brought up to
// the head in memory from its last snapshot. Read-only, so support staff can run it too.
class ReportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override { return QStringLiteral("report question-stats --format csv"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
