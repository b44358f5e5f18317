#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("demo [--students N] [--days D] [--seed S]"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
