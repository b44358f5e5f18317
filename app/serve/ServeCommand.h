#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `serve [--listen HOST:PORT]`: a headless process that keeps the built-in projections caught up
// live and answers over HTTP: /metrics (Prometheus text), /status (JSON) and /health. Stops on
// SIGTERM or SIGINT after saving, with exit code 0.
class ServeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString synopsis() const override { return QStringLiteral("serve [--listen HOST:PORT]"); }
    int run(CliContext& context, const QStringList& args) override;

    static constexpr const char* DefaultListen = "127.0.0.1:9464";
};

} // namespace Rewind::Cli
