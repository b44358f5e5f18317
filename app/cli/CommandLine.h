#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace Rewind::Cli {

// The command-line face of the `rewind` binary: finds the command, the global
// --store option, runs the command and turns store errors into exit codes.
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    // True when the arguments name a command; otherwise the GUI opens.
    static bool isCommand(const QStringList& args);
    // The --store value (or REWIND_STORE) found in the arguments, for the GUI as well.
    static QString storeAddress(const QStringList& args);

    int run(const QStringList& args); // args without the program name

private:
    void printHelp(std::FILE* to) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Rewind::Cli
