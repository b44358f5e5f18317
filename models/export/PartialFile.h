#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Rewind {

// A file written under `<target>.partial` and moved onto `target` only by commit(), so that a
// cancelled or failed write never leaves a half file under the name the user chose. Destroying it
// uncommitted removes the partial file. Failures throw StoreError in plain words naming the file.
class PartialFile
{
public:
    explicit PartialFile(const QString& target);
    ~PartialFile();
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    void open();
    void write(const QByteArray& bytes);
    void commit(); // flushes, closes and renames onto the target (replacing what was there)

    QString target() const { return m_target; }
    QString partialPath() const { return m_file.fileName(); }

private:
    [[noreturn]] void fail(const QString& what, const QString& path, const QString& reason);

    QString m_target;
    QFile m_file;
    bool m_committed = false;
};

} // namespace Rewind
