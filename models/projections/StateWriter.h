#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace Rewind {

// Writes a projection's saved state in the raw encoding StateReader reads: little-endian
// fixed-width integers, LEB128 varints and varint-length-prefixed byte strings. QDataStream costs a
// QIODevice call per field, which made start-up from a snapshot barely faster than a rebuild.
class StateWriter
{
public:
    explicit StateWriter(qsizetype expectedSize = 0);

    // Room for `size` bytes in all, so a writer that knows its size roughly does not regrow.
    void reserve(qsizetype size);

    // The leading tag: the format's name and version, laid out as QDataStream wrote a QByteArray
    // and a quint32 (big-endian). Snapshots of the QDataStream formats still read as their format
    // and are refused by their version rather than as garbage.
    void writeTag(QByteArrayView format, quint32 version);

    void writeU8(quint8 value) { *grow(1) = char(value); }
    void writeBool(bool value) { writeU8(value ? 1 : 0); }
    void writeU32(quint32 value) { writeFixed(value); }
    void writeI32(qint32 value) { writeFixed(quint32(value)); }
    void writeU64(quint64 value) { writeFixed(value); }
    void writeI64(qint64 value) { writeFixed(quint64(value)); }
    // Small numbers take fewer bytes; for counts, lengths and indices. Values whose size must not
    // depend on their magnitude (counters compared by state size) belong in the fixed widths.
    void writeVarint(quint64 value)
    {
        if (value < 0x80) {
            writeU8(quint8(value));
            return;
        }
        writeLongVarint(value);
    }
    // Length, then the bytes in one copy.
    void writeBytes(QByteArrayView bytes)
    {
        writeVarint(quint64(bytes.size()));
        if (!bytes.isEmpty())
            std::memcpy(grow(bytes.size()), bytes.data(), size_t(bytes.size()));
    }

    // The indices 0 to count - 1 in byte order of idOf(index), a QByteArray. A saved state lists
    // things in this order so that the same events give the same bytes, whatever order a hash kept
    // them in. The first eight bytes of each id sit next to its index and decide most comparisons:
    // comparing the ids themselves costs a cache miss each, which made sorting most of a save.
    template <typename IdOf> static QList<qint32> byteOrder(qsizetype count, IdOf idOf)
    {
        struct Entry
        {
            quint64 prefix; // the id's first eight bytes, big-endian, zero-padded
            qint32 index;
        };
        QList<Entry> entries(count);
        for (qsizetype i = 0; i < count; ++i) {
            const QByteArray& id = idOf(qint32(i));
            quint64 prefix = 0;
            if (!id.isEmpty())
                std::memcpy(&prefix, id.data(), size_t(std::min<qsizetype>(id.size(), sizeof prefix)));
            entries[i] = {qFromBigEndian(prefix), qint32(i)};
        }
        std::sort(entries.begin(), entries.end(), [&idOf](const Entry& a, const Entry& b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            return idOf(a.index) < idOf(b.index);
        });
        QList<qint32> order(count);
        for (qsizetype i = 0; i < count; ++i)
            order[i] = entries[i].index;
        return order;
    }

    qsizetype size() const { return m_size; }
    // The bytes written; the writer is empty afterwards.
    QByteArray take();

private:
    template <typename T> void writeFixed(T value)
    {
        const T little = qToLittleEndian(value);
        std::memcpy(grow(sizeof little), &little, sizeof little);
    }
    void writeLongVarint(quint64 value);
    // Where the next `n` bytes go.
    char* grow(qsizetype n)
    {
        if (m_capacity - m_size < n)
            regrow(n);
        char* at = m_data + m_size;
        m_size += n;
        return at;
    }
    void regrow(qsizetype n);

    // m_bytes is kept at its capacity and cut to m_size by take(): QByteArray::append() pays a
    // detach and capacity check per call, this pays one comparison.
    QByteArray m_bytes;
    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

} // namespace Rewind
