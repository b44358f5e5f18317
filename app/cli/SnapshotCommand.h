#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// Saves aggregate snapshots along one stream, so that `rewind replay` to a late position folds only
// the events after the nearest one.
class SnapshotCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString synopsis() const override { return QStringLiteral("snapshot STREAM [--every N]"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
