#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `command NAME JSON`: an editor's command, decided on the aggregate's current
// state and appended with that state's version as the expected version.
class CommandCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("command"); }
    QString synopsis() const override
    {
        return QStringLiteral("command NAME JSON [--correlation-id UUID] [--causation-id UUID]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
