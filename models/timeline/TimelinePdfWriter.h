#pragma once

#include "JobControl.h"
#include "TimelineEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Rewind {

// A timeline as a PDF report (QPdfWriter): headed by the student, the period, who generated it and
// when, then the entries grouped by day, one sentence each. Lays out text, so it needs a
// QGuiApplication (the command line creates one for `timeline --format pdf`).
class TimelinePdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePdfWriter)

public:
    struct Header
    {
        QString studentId;
        QString studentName; // may be empty
        QString studentEmail;
        // The period shown: nullopt ends are open ("from the start", "until now").
        std::optional<qint64> fromUs;
        std::optional<qint64> toUs;
        QString generatedBy;
        qint64 generatedAtUs = 0;
    };

    // With a control (the window's background export), progress is reported as (entries laid out,
    // entries) while the report is composed, and a cancel throws StoreError(Cancelled) before the
    // file is renamed into place. Printing the composed document is one Qt call, so a cancel during
    // it takes effect when it returns.
    static QByteArray pdf(const Header& header, const QList<TimelineEntry>& entries,
                          const JobControl* control = nullptr);
    // Written as FILE.partial and renamed when complete; failures are StoreErrors naming the file.
    static void write(const QString& path, const Header& header, const QList<TimelineEntry>& entries,
                      const JobControl* control = nullptr);
    // The header's lines as plain text, in the installed language (also the PDF's first lines).
    static QStringList headerLines(const Header& header);
};

} // namespace Rewind
