#include "ImportFileSource.h"

#include "EventJson.h"
#include "StoreError.h"

namespace Rewind {

ImportFileSource::ImportFileSource(const QString& path, const QString& displayName)
    : m_file(path), m_displayName(displayName)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::BadInput,
                         QStringLiteral("%1: cannot open: %2").arg(displayName, m_file.errorString()));
}

void ImportFileSource::rewind()
{
    m_file.seek(0);
    m_line = 0;
    m_bytesRead = 0;
}

QString ImportFileSource::location() const
{
    return QStringLiteral("%1:%2").arg(m_displayName).arg(m_line);
}

bool ImportFileSource::next(NewEvent& event)
{
    for (;;) {
        m_buffer.resize(0);
        // Read one line without QIODevice::readLine's size cap surprises: a line may be long.
        char chunk[65536];
        bool gotAny = false;
        for (;;) {
            const qint64 n = m_file.readLine(chunk, sizeof chunk);
            if (n <= 0)
                break;
            gotAny = true;
            m_buffer.append(chunk, n);
            if (chunk[n - 1] == '\n')
                break;
            if (m_buffer.size() > EventJson::MaxLineBytes + 2) {
                ++m_line;
                throw StoreError(StoreError::Kind::BadInput,
                                 QStringLiteral("%1: line: longer than %2 bytes").arg(location()).arg(EventJson::MaxLineBytes));
            }
        }
        if (!gotAny)
            return false;
        ++m_line;
        m_bytesRead += m_buffer.size();
        QByteArrayView line(m_buffer);
        while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QString error;
        if (!EventJson::parseImportLine(line, event, error))
            throw StoreError(StoreError::Kind::BadInput, QStringLiteral("%1: %2").arg(location(), error));
        return true;
    }
}

} // namespace Rewind
