#include "StateReader.h"

namespace Rewind {

std::optional<quint32> StateReader::readTag(QByteArrayView format)
{
    // QDataStream's layout: a big-endian length (0xffffffff for a null QByteArray), the text, then
    // a big-endian quint32.
    const qsizetype size = qsizetype(sizeof(quint32)) + format.size() + qsizetype(sizeof(quint32));
    if (remaining() < size || qFromBigEndian<quint32>(m_at) != quint32(format.size()) ||
        QByteArrayView(m_at + sizeof(quint32), format.size()) != format) {
        fail();
        return std::nullopt;
    }
    const quint32 version = qFromBigEndian<quint32>(m_at + sizeof(quint32) + format.size());
    m_at += size;
    return version;
}

quint64 StateReader::readLongVarint()
{
    quint64 value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_at == m_end)
            break;
        const auto byte = quint8(*m_at++);
        // The tenth byte holds the 64th bit only; more would overflow.
        if (shift == 63 && byte > 1)
            break;
        value |= quint64(byte & 0x7f) << shift;
        if (byte < 0x80) {
            // A last byte of zero after others spells a number that has a shorter spelling; only
            // the shortest is written, so that a state has one spelling.
            if (byte == 0 && shift > 0)
                break;
            return value;
        }
    }
    fail();
    return 0;
}

} // namespace Rewind
