#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Rewind {

// Hands out one shared QString per distinct UTF-8 text. Reading a page of events meets the same
// few types and stream names again and again; sharing them saves an allocation and a UTF-16
// conversion per field, which showed up as a large part of a full-log read's profile.
class TextInterner
{
public:
    explicit TextInterner(qsizetype capacity = 65536) : m_capacity(capacity) {}

    QString intern(const char* utf8, qsizetype size)
    {
        // fromRawData neither copies nor allocates: the probe is free when the text is known.
        const auto it = m_texts.constFind(QByteArray::fromRawData(utf8, size));
        if (it != m_texts.cend())
            return *it;
        if (m_texts.size() >= m_capacity)
            m_texts.clear();
        const QString text = QString::fromUtf8(utf8, size);
        m_texts.insert(QByteArray(utf8, size), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_texts;
    qsizetype m_capacity;
};

} // namespace Rewind
