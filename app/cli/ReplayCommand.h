#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// Prints one stream's aggregate state as of a position or a moment, starting
// from the nearest aggregate snapshot (`rewind snapshot`) unless told not to.
class ReplayCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("replay"); }
    QString synopsis() const override
    {
        return QStringLiteral("replay STREAM [--until-position N | --until-time ISO] [--no-snapshots]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
