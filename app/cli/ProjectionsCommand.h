#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `projections status [--json]`, `projections rebuild NAME|--all` and `projections run` (catch up
// from the saved checkpoints).
class ProjectionsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("projections"); }
    QString synopsis() const override
    {
        return QStringLiteral("projections status [--json] | rebuild NAME|--all | run  [--save-every N]");
    }
    int run(CliContext& context, const QStringList& args) override;

private:
    int status(CliContext& context, bool json);
    int catchUp(CliContext& context, const QStringList& names, bool rebuild, qint64 saveEvery);
};

} // namespace Rewind::Cli
