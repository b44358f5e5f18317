#pragma once

// A hand-built log for the projection tests, fed the way ProjectionRunner feeds a projection, and
// the checks every projection's state must pass.

#include "Projection.h"

#include <QHash>
#include <QList>
#include <QTest>
#include <QtEndian>

namespace Rewind {

class ProjectionTestLog
{
public:
    // One event; positions count every event of the stream, handled or not, as the store does.
    // Without a time the event is one second after the previous one.
    ProjectionTestLog& add(const QByteArray& stream, const QByteArray& type, const QByteArray& data = "{}",
                           qint64 timeUs = -1)
    {
        Entry e;
        e.stream = stream;
        e.type = type;
        e.data = data;
        e.globalPosition = m_entries.size() + 1;
        e.position = m_nextPosition[stream]++;
        e.timeUs = timeUs >= 0 ? timeUs : e.globalPosition * 1000000;
        m_entries.append(e);
        return *this;
    }
    // "stream Type {data}" as one line, which keeps the test tables one event per string.
    ProjectionTestLog& line(const QByteArray& text)
    {
        const qsizetype first = text.indexOf(' ');
        const qsizetype second = text.indexOf(' ', first + 1);
        if (second < 0)
            return add(text.left(first), text.mid(first + 1));
        return add(text.left(first), text.mid(first + 1, second - first - 1), text.mid(second + 1));
    }
    ProjectionTestLog& lines(const QList<QByteArray>& texts)
    {
        for (const QByteArray& text : texts)
            line(text);
        return *this;
    }

    qsizetype size() const { return m_entries.size(); }
    // The views point into this log: it must outlive their use.
    EventView view(qsizetype i) const
    {
        const Entry& e = m_entries[i];
        EventView v;
        v.globalPosition = e.globalPosition;
        v.position = e.position;
        v.timeUs = e.timeUs;
        v.streamName = e.stream;
        v.type = e.type;
        v.data = e.data;
        return v;
    }
    // The next event `stream` would get, for a one-off apply().
    EventView next(const QByteArray& stream, const QByteArray& type, const QByteArray& data)
    {
        add(stream, type, data);
        const EventView v = view(size() - 1);
        return v;
    }

    // Like the runner: only the types the projection handles reach it.
    void feed(Projection& projection, qsizetype from = 0, qsizetype to = -1) const
    {
        const QList<QByteArray> handled = projection.handledTypes();
        for (qsizetype i = from; i < (to < 0 ? size() : to); ++i) {
            if (handled.contains(m_entries[i].type))
                projection.apply(view(i));
        }
    }

private:
    struct Entry
    {
        QByteArray stream;
        QByteArray type;
        QByteArray data;
        qint64 globalPosition = 0;
        qint64 position = 0;
        qint64 timeUs = 0;
    };
    QList<Entry> m_entries;
    QHash<QByteArray, qint64> m_nextPosition;
};

// The reason apply() gave for refusing `event`; empty when it took the event.
inline QString rejection(Projection& projection, const EventView& event)
{
    try {
        projection.apply(event);
    } catch (const ProjectionError& error) {
        return error.reason();
    }
    return {};
}

// Stopping anywhere, saving, loading into a fresh projection and going on gives the state of one
// uninterrupted run, byte for byte: nothing the fold needs later is left out of the saved state.
template <typename P> void verifyResumesAnywhere(const ProjectionTestLog& log)
{
    P whole;
    log.feed(whole);
    const QByteArray expected = whole.saveState();
    for (qsizetype split = 0; split <= log.size(); ++split) {
        P first;
        log.feed(first, 0, split);
        P resumed;
        resumed.loadState(first.saveState());
        QCOMPARE(resumed.saveState(), first.saveState());
        log.feed(resumed, split);
        QVERIFY2(resumed.saveState() == expected, qPrintable(QStringLiteral("split at %1").arg(split)));
    }
}

// Bytes that are not a whole state of this projection are refused and change nothing.
template <typename P>
void verifyRefusesForeignBytes(const ProjectionTestLog& log, const QList<QByteArray>& foreign)
{
    P projection;
    log.feed(projection);
    const QByteArray state = projection.saveState();
    QList<QByteArray> bad = foreign;
    for (qsizetype cut = 0; cut < state.size(); ++cut)
        bad.append(state.left(cut));
    bad.append(state + 'x');
    QByteArray otherVersion = state;
    // The format tag is a QByteArray (4-byte length + text), then the quint32 format version.
    const qsizetype versionAt = 4 + qFromBigEndian<quint32>(state.constData());
    otherVersion[versionAt + 3] = char(otherVersion[versionAt + 3] + 1);
    bad.append(otherVersion);
    for (const QByteArray& bytes : bad) {
        bool threw = false;
        try {
            projection.loadState(bytes);
        } catch (const ProjectionError& error) {
            threw = !error.reason().isEmpty();
        }
        QVERIFY2(threw, bytes.toHex().left(80).constData());
        QCOMPARE(projection.saveState(), state);
    }
}

} // namespace Rewind
