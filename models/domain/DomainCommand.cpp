#include "DomainCommand.h"

#include "CourseAggregate.h"
#include "CourseDecision.h"
#include "EventJson.h"
#include "JsonScanner.h"
#include "QuestionAggregate.h"
#include "QuestionDecision.h"
#include "StoreError.h"

#include <QHash>

#include <algorithm>

namespace Rewind {

namespace {

using Command = std::variant<QuestionCommand, CourseCommand>;

// The members of one command's JSON object, read on demand. Each accessor checks presence and type
// and throws the message the caller sees, so the first field (in the order the command reads them)
// that is wrong is the one reported.
class Fields
{
public:
    Fields(const QString& command, QHash<QString, JsonScanner::Member> members)
        : m_command(command), m_members(std::move(members))
    {
    }

    // The id the stream is named after: part of a stream name, so neither empty nor with spaces, and
    // no sign to read as a separator ("question--7").
    QJsonValue streamId(const char* name) const
    {
        const JsonScanner::Member& m = required(name);
        qint64 number = 0;
        if (m.type == JsonScanner::Type::Number && JsonScanner::toInteger(m.value, number) && number >= 0)
            return number;
        if (m.type == JsonScanner::Type::String) {
            const QString text = JsonScanner::decodeString(m.value);
            const bool plain = !text.isEmpty() && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                return c.isSpace() || c.category() == QChar::Other_Control;
            });
            if (plain)
                return text;
        }
        throw wrong(name, "expected a non-empty string without spaces or a non-negative integer");
    }

    QJsonValue id(const char* name) const
    {
        const JsonScanner::Member& m = required(name);
        qint64 number = 0;
        if (m.type == JsonScanner::Type::Number && JsonScanner::toInteger(m.value, number))
            return number;
        if (m.type == JsonScanner::Type::String)
            return JsonScanner::decodeString(m.value);
        throw wrong(name, "expected a string or an integer");
    }

    QString string(const char* name, bool optional = false) const
    {
        const JsonScanner::Member* m = optional ? find(name) : &required(name);
        if (!m)
            return QString();
        if (m->type != JsonScanner::Type::String)
            throw wrong(name, "expected a string");
        return JsonScanner::decodeString(m->value);
    }

    QStringList strings(const char* name, bool optional = false) const
    {
        const JsonScanner::Member* m = optional ? find(name) : &required(name);
        if (!m)
            return QStringList();
        QStringList out;
        bool allStrings = m->type == JsonScanner::Type::Array;
        if (allStrings) {
            JsonScanner(m->value).scanArray([&](JsonScanner::Type type, QByteArrayView raw) {
                allStrings = type == JsonScanner::Type::String;
                if (allStrings)
                    out.append(JsonScanner::decodeString(raw));
                return allStrings;
            });
        }
        if (!allStrings)
            throw wrong(name, "expected an array of strings");
        return out;
    }

    std::optional<qint64> index(const char* name) const
    {
        const JsonScanner::Member* m = find(name);
        if (!m)
            return std::nullopt;
        qint64 number = 0;
        if (m->type != JsonScanner::Type::Number || !JsonScanner::toInteger(m->value, number))
            throw wrong(name, "expected an integer (omit the field for the next index)");
        return number;
    }

private:
    const JsonScanner::Member* find(const char* name) const
    {
        const auto it = m_members.constFind(QLatin1String(name));
        return it == m_members.cend() ? nullptr : &*it;
    }

    const JsonScanner::Member& required(const char* name) const
    {
        if (const JsonScanner::Member* m = find(name))
            return *m;
        throw wrong(name, "missing (required)");
    }

    StoreError wrong(const char* name, const char* what) const
    {
        return StoreError(
            StoreError::Kind::BadInput,
            QStringLiteral("%1: field \"%2\": %3").arg(m_command, QLatin1String(name), QLatin1String(what)));
    }

    QString m_command;
    QHash<QString, JsonScanner::Member> m_members;
};

struct CommandSpec
{
    const char* name;
    const char* category; // of the stream, named `{category}-{id}`
    const char* idField;  // the member holding the stream's id
    QList<const char*> otherFields;
    Command (*build)(const Fields& f, const QJsonValue& streamId);
};

const QList<CommandSpec>& commandSpecs()
{
    // Course commands first, then question commands, each in their fixed order.
    static const QList<CommandSpec> specs{
        {"CreateCourse",
         "course",
         "courseId",
         {"title", "language"},
         [](const Fields& f, const QJsonValue& id) -> Command {
             return CourseCommand(CreateCourse{id, f.string("title"), f.string("language")});
         }},
        {"AddChapter",
         "course",
         "courseId",
         {"chapterId", "title", "index"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return CourseCommand(AddChapter{f.id("chapterId"), f.string("title"), f.index("index")});
         }},
        {"AddSection",
         "course",
         "courseId",
         {"chapterId", "sectionId", "title", "index"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return CourseCommand(
                 AddSection{f.id("chapterId"), f.id("sectionId"), f.string("title"), f.index("index")});
         }},
        {"RenameSection",
         "course",
         "courseId",
         {"sectionId", "title"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return CourseCommand(RenameSection{f.id("sectionId"), f.string("title")});
         }},
        {"DraftQuestion",
         "question",
         "questionId",
         {"courseId", "sectionId", "text", "answers", "correctAnswers", "explanation"},
         [](const Fields& f, const QJsonValue& id) -> Command {
             // A draft may be incomplete (QuestionDecision): the content fields may be left for later.
             return QuestionCommand(DraftQuestion{
                 id, f.id("courseId"), f.id("sectionId"), f.string("text", true), f.strings("answers", true),
                 f.strings("correctAnswers", true), f.string("explanation", true)});
         }},
        {"ChangeQuestionText",
         "question",
         "questionId",
         {"text"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return QuestionCommand(ChangeQuestionText{f.string("text")});
         }},
        {"ChangeAnswers",
         "question",
         "questionId",
         {"answers", "correctAnswers"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return QuestionCommand(ChangeAnswers{f.strings("answers"), f.strings("correctAnswers")});
         }},
        {"ChangeExplanation",
         "question",
         "questionId",
         {"explanation"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return QuestionCommand(ChangeExplanation{f.string("explanation")});
         }},
        {"PublishQuestion",
         "question",
         "questionId",
         {},
         [](const Fields&, const QJsonValue&) -> Command { return QuestionCommand(PublishQuestion{}); }},
        {"RetireQuestion",
         "question",
         "questionId",
         {"reason"},
         [](const Fields& f, const QJsonValue&) -> Command {
             return QuestionCommand(RetireQuestion{f.string("reason", true)});
         }},
    };
    return specs;
}

QString fieldList(const CommandSpec& spec)
{
    QStringList names{QLatin1String(spec.idField)};
    for (const char* field : spec.otherFields)
        names.append(QLatin1String(field));
    return names.join(QLatin1String(", "));
}

StoreError badInput(const QString& message)
{
    return StoreError(StoreError::Kind::BadInput, message);
}

} // namespace

DomainCommand DomainCommandParser::parse(const QString& name, QByteArrayView json)
{
    const auto& specs = commandSpecs();
    const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                   [&name](const CommandSpec& s) { return name == QLatin1String(s.name); });
    if (spec == specs.cend())
        throw badInput(QStringLiteral("unknown command \"%1\"; known commands: %2")
                           .arg(name, commandNames().join(QLatin1String(", "))));
    if (json.size() > EventJson::MaxLineBytes)
        throw badInput(
            QStringLiteral("%1: JSON longer than %2 bytes").arg(name).arg(EventJson::MaxLineBytes));

    // The whole text is checked first, so a syntax error is reported before any field's.
    QList<std::pair<QString, JsonScanner::Member>> members;
    // Storable rules, as for an import line: a value PostgreSQL cannot keep (\u0000, a lone
    // surrogate, a number beyond numeric) is refused here, naming its field, on every store.
    JsonScanner scanner(json, JsonScanner::Rules::Storable);
    const bool valid = scanner.scanObject([&members](const JsonScanner::Member& m) {
        const QString key = m.keyEscaped
                                ? JsonScanner::decodeString(QByteArray("\"") + m.key.toByteArray() + "\"")
                                : QString::fromUtf8(m.key);
        members.append({key, m});
        return true;
    });
    if (!valid && scanner.errorKind() == JsonScanner::ErrorKind::Unstorable)
        throw badInput(QStringLiteral("%1: field \"%2\": cannot be stored: %3")
                           .arg(name, QString::fromUtf8(scanner.errorMember()), scanner.error()));
    if (!valid)
        throw badInput(QStringLiteral("%1: invalid JSON: %2").arg(name, scanner.error()));

    QHash<QString, JsonScanner::Member> byName;
    for (const auto& [key, member] : members) {
        const bool known = key == QLatin1String(spec->idField) ||
                           std::any_of(spec->otherFields.cbegin(), spec->otherFields.cend(),
                                       [&key](const char* field) { return key == QLatin1String(field); });
        // Unknown fields are refused rather than ignored: a misspelt optional field ("explanaton")
        // would otherwise silently write an empty value.
        if (!known)
            throw badInput(QStringLiteral("%1: field \"%2\": unknown; known fields: %3")
                               .arg(name, key, fieldList(*spec)));
        if (byName.contains(key))
            throw badInput(QStringLiteral("%1: field \"%2\": given twice").arg(name, key));
        byName.insert(key, member);
    }

    const Fields fields(name, std::move(byName));
    const QJsonValue streamId = fields.streamId(spec->idField);
    DomainCommand out;
    out.name = name;
    out.streamName = QString::fromLatin1(spec->category) + u'-' +
                     (streamId.isString() ? streamId.toString() : QString::number(streamId.toInteger()));
    out.command = spec->build(fields, streamId);
    return out;
}

QStringList DomainCommandParser::commandNames()
{
    QStringList names;
    for (const CommandSpec& spec : commandSpecs())
        names.append(QLatin1String(spec.name));
    return names;
}

Decision DomainCommands::decide(const DomainCommand& command, const QList<RecordedEvent>& history)
{
    if (const auto* question = std::get_if<QuestionCommand>(&command.command)) {
        QuestionState state;
        for (const RecordedEvent& event : history)
            state = QuestionAggregate::apply(std::move(state), event);
        return QuestionDecision::decide(state, *question);
    }
    CourseState state;
    for (const RecordedEvent& event : history)
        state = CourseAggregate::apply(std::move(state), event);
    return CourseDecision::decide(state, std::get<CourseCommand>(command.command));
}

QStringList DomainCommands::contentCategories()
{
    return {QStringLiteral("course"), QStringLiteral("question")};
}

} // namespace Rewind
