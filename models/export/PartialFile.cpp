#include "PartialFile.h"

#include "StoreError.h"

#include <QDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Rewind {

PartialFile::PartialFile(const QString& target)
    : m_target(target), m_file(target + QStringLiteral(".partial"))
{
}

PartialFile::~PartialFile()
{
    if (m_committed)
        return;
    m_file.close();
    QFile::remove(m_file.fileName());
}

void PartialFile::fail(const QString& what, const QString& path, const QString& reason)
{
    throw StoreError(StoreError::Kind::Database,
                     QStringLiteral("cannot %1 %2: %3").arg(what, QDir::toNativeSeparators(path), reason));
}

void PartialFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("write"), m_file.fileName(), m_file.errorString());
}

void PartialFile::write(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    // QFile reports a short write (a full disk) as an error, with the system's words for it.
    if (m_file.write(bytes) != bytes.size())
        fail(QStringLiteral("write"), m_file.fileName(), m_file.errorString());
}

void PartialFile::commit()
{
    // The buffered tail reaches the disk here, so a full disk shows up now at the latest.
    if (!m_file.flush())
        fail(QStringLiteral("write"), m_file.fileName(), m_file.errorString());
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        fail(QStringLiteral("write"), m_file.fileName(), m_file.errorString());
    // rename(2) replaces an existing target in one step; QFile::rename refuses to.
    if (std::rename(QFile::encodeName(m_file.fileName()).constData(),
                    QFile::encodeName(m_target).constData()) != 0)
        fail(QStringLiteral("move the export into place at"), m_target,
             QString::fromLocal8Bit(std::strerror(errno)));
    m_committed = true;
}

} // namespace Rewind
