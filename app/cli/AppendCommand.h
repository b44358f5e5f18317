#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

class AppendCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("append"); }
    QString synopsis() const override
    {
        return QStringLiteral("append STREAM TYPE DATA [--metadata M] [--expected-version V] [--id UUID]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
