#pragma once

#include "EventStore.h"

#include <QFile>

namespace Rewind {

// Reads JSON-lines events (DESIGN.md §5 `import`) from a file, one validated NewEvent per line.
// Blank lines are allowed; a malformed line throws StoreError(BadInput) as "file:line: field: what".
class ImportFileSource : public EventSource
{
public:
    // `displayName` is what error messages call the file ("-" reads as "<stdin>").
    ImportFileSource(const QString& path, const QString& displayName);

    bool next(NewEvent& event) override;
    QString location() const override;

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_file.size(); }
    qint64 lineNumber() const { return m_line; }
    void rewind();

private:
    QFile m_file;
    QString m_displayName;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_buffer;
};

} // namespace Rewind
