#include "AggregateFold.h"

#include "AggregateVersions.h"
#include "StreamName.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>
#include <type_traits>

namespace Rewind {

namespace {

template <class... Fs> struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <class... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

// Saved states start with a tag, so that bytes of another format (or none at all) are refused
// instead of being read as a state. Raise StateFormat whenever the layout below changes.
constexpr char StateTag[4] = {'R', 'W', 'A', 'S'};
constexpr quint8 StateFormat = 1;
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_4;

enum class StateKind : quint8
{
    Quiz = 1,
    Question = 2,
    Generic = 3,
};

StateKind kindOf(const QuizState&)
{
    return StateKind::Quiz;
}
StateKind kindOf(const QuestionState&)
{
    return StateKind::Question;
}
StateKind kindOf(const GenericState&)
{
    return StateKind::Generic;
}

// JSON values go in as JSON text: QDataStream's own QJsonValue form writes every number as a double,
// which would change integers beyond 2^53 and so what replay prints after a snapshot.
void writeJson(QDataStream& out, const QJsonValue& value)
{
    out << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}

bool readJson(QDataStream& in, QJsonValue& value)
{
    QByteArray text;
    in >> text;
    if (in.status() != QDataStream::Ok)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return false;
    value = document.array().first();
    return true;
}

template <class Status> void writeStatus(QDataStream& out, Status status)
{
    out << quint8(status);
}

template <class Status> bool readStatus(QDataStream& in, Status& status, Status last)
{
    quint8 raw = 0;
    in >> raw;
    if (in.status() != QDataStream::Ok || raw > quint8(last))
        return false;
    status = Status(raw);
    return true;
}

void write(QDataStream& out, const QuizState& s)
{
    writeJson(out, s.quizId);
    writeJson(out, s.studentId);
    writeJson(out, s.sectionId);
    writeStatus(out, s.status);
    out << s.streak << s.answered << s.correct << s.incorrect;
    writeJson(out, s.currentQuestionId);
    out << s.version;
}

bool read(QDataStream& in, QuizState& s)
{
    if (!readJson(in, s.quizId) || !readJson(in, s.studentId) || !readJson(in, s.sectionId) ||
        !readStatus(in, s.status, QuizState::Status::Failed))
        return false;
    in >> s.streak >> s.answered >> s.correct >> s.incorrect;
    if (!readJson(in, s.currentQuestionId))
        return false;
    in >> s.version;
    return in.status() == QDataStream::Ok;
}

void write(QDataStream& out, const QuestionState& s)
{
    writeJson(out, s.questionId);
    writeJson(out, s.courseId);
    writeJson(out, s.sectionId);
    writeJson(out, s.text);
    writeJson(out, s.answers);
    writeJson(out, s.correctAnswers);
    writeJson(out, s.explanation);
    writeStatus(out, s.status);
    writeJson(out, s.revision);
    out << s.dirty << s.version;
}

bool read(QDataStream& in, QuestionState& s)
{
    if (!readJson(in, s.questionId) || !readJson(in, s.courseId) || !readJson(in, s.sectionId) ||
        !readJson(in, s.text) || !readJson(in, s.answers) || !readJson(in, s.correctAnswers) ||
        !readJson(in, s.explanation) || !readStatus(in, s.status, QuestionState::Status::Retired) ||
        !readJson(in, s.revision))
        return false;
    in >> s.dirty >> s.version;
    return in.status() == QDataStream::Ok;
}

void write(QDataStream& out, const GenericState& s)
{
    out << QJsonDocument(s.data).toJson(QJsonDocument::Compact);
    // QDataStream keeps a null string apart from an empty one: lastType is null before any event.
    out << s.lastType << s.version;
}

bool read(QDataStream& in, GenericState& s)
{
    QByteArray text;
    in >> text;
    if (in.status() != QDataStream::Ok)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    s.data = document.object();
    in >> s.lastType >> s.version;
    return in.status() == QDataStream::Ok;
}

} // namespace

AggregateFold::AggregateFold(QStringView streamName)
{
    const QString category = StreamName::category(streamName);
    if (category == u"quiz")
        m_state = QuizState();
    else if (category == u"question")
        m_state = QuestionState();
    else
        m_state = GenericState();
}

void AggregateFold::apply(const RecordedEvent& event)
{
    std::visit(Overloaded{
                   [&](QuizState& s) { s = QuizAggregate::apply(std::move(s), event); },
                   [&](QuestionState& s) { s = QuestionAggregate::apply(std::move(s), event); },
                   [&](GenericState& s) { s = GenericAggregate::apply(std::move(s), event); },
               },
               m_state);
}

QByteArray AggregateFold::toJson() const
{
    return std::visit(Overloaded{
                          [](const QuizState& s) { return QuizAggregate::toJson(s); },
                          [](const QuestionState& s) { return QuestionAggregate::toJson(s); },
                          [](const GenericState& s) { return GenericAggregate::toJson(s); },
                      },
                      m_state);
}

qint64 AggregateFold::version() const
{
    return std::visit([](const auto& s) { return s.version; }, m_state);
}

QByteArray AggregateFold::foldVersion() const
{
    return std::visit(
        Overloaded{
            [](const QuizState&) { return QByteArray("quiz:") + AggregateVersions::QuizAggregate; },
            [](const QuestionState&) {
                return QByteArray("question:") + AggregateVersions::QuestionAggregate;
            },
            [](const GenericState&) { return QByteArray("generic:") + AggregateVersions::GenericAggregate; },
        },
        m_state);
}

QByteArray AggregateFold::saveState() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(StreamVersion);
    out.writeRawData(StateTag, sizeof StateTag);
    std::visit(
        [&out](const auto& s) {
            out << StateFormat << quint8(kindOf(s));
            write(out, s);
        },
        m_state);
    return bytes;
}

bool AggregateFold::loadState(QByteArrayView bytes)
{
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream in(raw);
    in.setVersion(StreamVersion);
    char tag[sizeof StateTag] = {};
    if (in.readRawData(tag, sizeof tag) != sizeof tag || std::memcmp(tag, StateTag, sizeof tag) != 0)
        return false;
    quint8 format = 0;
    quint8 kind = 0;
    in >> format >> kind;
    if (in.status() != QDataStream::Ok || format != StateFormat)
        return false;
    // Decoded into a copy, so that bytes that fail half-way leave this fold as it was.
    auto decoded = m_state;
    const bool ok = std::visit(
        [&](auto& s) {
            using State = std::decay_t<decltype(s)>;
            s = State();
            return kind == quint8(kindOf(s)) && read(in, s);
        },
        decoded);
    if (!ok || !in.atEnd())
        return false;
    m_state = std::move(decoded);
    return true;
}

} // namespace Rewind
