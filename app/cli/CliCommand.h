#pragma once

#include "EventStore.h"
#include "EventStoreFactory.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Rewind::Cli {

// The command line's exit codes.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,
    ExitConflict = 3,
    ExitUnreachable = 4,
    ExitFailure = 5, // any other failure the store reported (disk full, permission denied, …)
};

// What every command gets: the store address and the two output streams. Standard output carries
// only the command's result (JSON lines for `read`), so it can be piped; everything else goes to
// standard error.
struct CliContext
{
    QString storeAddress;
    std::FILE* out = stdout;
    std::FILE* err = stderr;
    bool errIsTerminal = false;

    void print(const QByteArray& line) const; // one line on standard output
    void note(const QString& text) const;     // one line on standard error
    std::unique_ptr<EventStore> openStore(EventStoreFactory::Mode mode) const;
    // For commands that save (checkpoints): refuses a hot standby before any work starts, rather
    // than after a whole fold, at the first save. `command` names it ("projections run").
    void requireWritable(EventStore& store, const QString& command) const;
};

class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // "read STREAM|CATEGORY|--all [--from N] …"
    // Returns the exit code; a StoreError escaping from here is mapped by its kind.
    virtual int run(CliContext& context, const QStringList& args) = 0;

protected:
    int usageError(const CliContext& context, const QString& message) const;
};

} // namespace Rewind::Cli
