#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `bench append|import|read`: performance figures, each printed beside a peer run on the same rows
// in the same command and judged as a ratio. Speed is measured here, never by timed tests.
class BenchCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("bench"); }
    QString synopsis() const override
    {
        return QStringLiteral("bench append|import|read|replay [--events N] [--clients N] [--json]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
