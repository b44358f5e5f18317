#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

class InitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString synopsis() const override { return QStringLiteral("init [--roles] [--drop-head-trigger]"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
