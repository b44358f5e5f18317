#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <cstring>
#include <optional>

namespace Rewind {

// Reads what StateWriter wrote, straight from the saved bytes. Saved states come from a database
// and may be anything, so every read checks what is left first. The first read that does not fit
// fails the reader: it stops at the end, and this and every later read gives zero or empty, so a
// caller may read a whole record and ask ok() once.
class StateReader
{
public:
    explicit StateReader(QByteArrayView bytes) : m_at(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_at == m_end; }
    qsizetype remaining() const { return m_end - m_at; }
    // For a value that reads but makes no sense where it is.
    void fail()
    {
        m_failed = true;
        m_at = m_end;
    }

    // The version in StateWriter::writeTag()'s tag, or nothing (and failed) when the bytes do not
    // start with `format`'s tag.
    std::optional<quint32> readTag(QByteArrayView format);

    quint8 readU8()
    {
        if (m_at == m_end) {
            fail();
            return 0;
        }
        return quint8(*m_at++);
    }
    // 0 or 1; other bytes fail, so that a state has one spelling.
    bool readBool()
    {
        const quint8 value = readU8();
        if (value > 1)
            fail();
        return value == 1;
    }
    quint32 readU32() { return readFixed<quint32>(); }
    qint32 readI32() { return qint32(readFixed<quint32>()); }
    quint64 readU64() { return readFixed<quint64>(); }
    qint64 readI64() { return qint64(readFixed<quint64>()); }
    quint64 readVarint()
    {
        if (m_at != m_end && quint8(*m_at) < 0x80)
            return quint8(*m_at++);
        return readLongVarint();
    }
    // A varint count of items that take at least `minItemSize` bytes each. A count that cannot fit
    // in what is left fails, so it is safe to reserve() for: foreign bytes cannot make it allocate
    // more than their own size allows.
    qsizetype readCount(qsizetype minItemSize)
    {
        Q_ASSERT(minItemSize > 0);
        const quint64 count = readVarint();
        if (count > quint64(remaining() / minItemSize)) {
            fail();
            return 0;
        }
        return qsizetype(count);
    }
    // A length-prefixed byte string as a view into the saved bytes: look at it before paying for a
    // copy. A length beyond the end fails before anything is allocated.
    QByteArrayView readView()
    {
        const quint64 length = readVarint();
        if (length > quint64(remaining())) {
            fail();
            return {};
        }
        const QByteArrayView view(m_at, qsizetype(length));
        m_at += length;
        return view;
    }
    // The same as a copy of its own: one allocation and one memcpy, none when empty.
    QByteArray readBytes()
    {
        const QByteArrayView view = readView();
        return QByteArray(view.data(), view.size());
    }

private:
    template <typename T> T readFixed()
    {
        if (remaining() < qsizetype(sizeof(T))) {
            fail();
            return 0;
        }
        T little;
        std::memcpy(&little, m_at, sizeof little);
        m_at += sizeof little;
        return qFromLittleEndian(little);
    }
    quint64 readLongVarint();

    const char* m_at;
    const char* m_end;
    bool m_failed = false;
};

} // namespace Rewind
