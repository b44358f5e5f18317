#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

class ImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override { return QStringLiteral("import FILE|-"); }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
