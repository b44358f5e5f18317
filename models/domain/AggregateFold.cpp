#include "AggregateFold.h"

#include "StreamName.h"

namespace Rewind {

namespace {

template <class... Fs> struct Overloaded : Fs...
{
    using Fs::operator()...;
};
template <class... Fs> Overloaded(Fs...) -> Overloaded<Fs...>;

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

} // namespace Rewind
