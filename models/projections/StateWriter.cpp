#include "StateWriter.h"

#include <algorithm>

namespace Rewind {

StateWriter::StateWriter(qsizetype expectedSize)
{
    reserve(expectedSize);
}

void StateWriter::reserve(qsizetype size)
{
    if (size > m_capacity) {
        m_bytes.resize(size);
        m_data = m_bytes.data();
        m_capacity = size;
    }
}

void StateWriter::writeTag(QByteArrayView format, quint32 version)
{
    const quint32 length = qToBigEndian(quint32(format.size()));
    std::memcpy(grow(sizeof length), &length, sizeof length);
    if (!format.isEmpty())
        std::memcpy(grow(format.size()), format.data(), size_t(format.size()));
    const quint32 bigVersion = qToBigEndian(version);
    std::memcpy(grow(sizeof bigVersion), &bigVersion, sizeof bigVersion);
}

void StateWriter::writeLongVarint(quint64 value)
{
    char buffer[10];
    int n = 0;
    while (value >= 0x80) {
        buffer[n++] = char((value & 0x7f) | 0x80);
        value >>= 7;
    }
    buffer[n++] = char(value);
    std::memcpy(grow(n), buffer, size_t(n));
}

void StateWriter::regrow(qsizetype n)
{
    // Doubling keeps the copies of a growing state to about its final size in all.
    reserve(std::max({m_size + n, 2 * m_capacity, qsizetype(256)}));
}

QByteArray StateWriter::take()
{
    m_bytes.resize(m_size);
    // Snapshots are kept while they are stored; shrinking in place is cheaper than holding up to
    // twice the state.
    m_bytes.squeeze();
    QByteArray bytes = std::move(m_bytes);
    m_bytes = QByteArray();
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
    return bytes;
}

} // namespace Rewind
