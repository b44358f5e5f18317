#pragma once

#include "CliCommand.h"

namespace Rewind::Cli {

// `timeline STUDENT_ID`: every event that concerns one student, in global
// order, as JSON lines (default), CSV or a PDF report: the same entries and files as the window's
// timeline exports for the same filter. Read-only: the student-timeline projection is caught up in
// memory from its snapshot.
class TimelineCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("timeline"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "timeline STUDENT_ID [--format jsonl|csv|pdf] [--output FILE] [--from ISO] [--to ISO] "
            "[--kinds K,…] [--language en|nl] [--user NAME] [--bench]");
    }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace Rewind::Cli
