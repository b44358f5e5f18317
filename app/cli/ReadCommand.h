#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

class ReadCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("read"); }
    QString synopsis() const override
    {
        return QStringLiteral("read STREAM|CATEGORY|--all [--from N] [--limit N] [--type T]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
