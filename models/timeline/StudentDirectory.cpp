#include "StudentDirectory.h"

#include "StoreError.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

namespace Rewind {

namespace {

bool nameWordStartsWith(const QString& name, const QString& text)
{
    if (name.startsWith(text, Qt::CaseInsensitive))
        return true;
    for (qsizetype at = name.indexOf(QLatin1Char(' ')); at >= 0;
         at = name.indexOf(QLatin1Char(' '), at + 1)) {
        if (QStringView(name).mid(at + 1).startsWith(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

StudentDirectory::StudentDirectory(QList<Student> students) : m_students(std::move(students)) {}

StudentDirectory StudentDirectory::load(EventStore& store, const JobControl* control)
{
    QHash<QString, qsizetype> index;
    QList<Student> students;
    LogQuery query;
    query.category = QStringLiteral("student");
    query.types = {QStringLiteral("StudentRegistered")};
    query.limit = 5000;
    query.withMetadata = false;
    for (;;) {
        if (control && control->cancelled())
            throw StoreError(StoreError::Kind::Cancelled,
                             QStringLiteral("loading the students was cancelled"));
        const LogBatch batch = store.readLog(query);
        for (const RecordedEvent& e : batch.events) {
            const QJsonObject data = QJsonDocument::fromJson(e.data).object();
            Student s;
            // The stream names the student; the data's id may be a number or a string.
            s.studentId = e.streamName.mid(e.streamName.indexOf(QLatin1Char('-')) + 1);
            s.name = data.value(QLatin1String("name")).toString();
            s.email = data.value(QLatin1String("email")).toString();
            const auto it = index.constFind(s.studentId);
            if (it != index.cend()) {
                students[*it] = s;
            } else {
                index.insert(s.studentId, students.size());
                students.append(s);
            }
        }
        if (batch.atHead)
            break;
        query.afterGlobalPosition = batch.safePosition;
    }
    std::sort(students.begin(), students.end(),
              [](const Student& a, const Student& b) { return a.studentId < b.studentId; });
    return StudentDirectory(std::move(students));
}

QList<StudentDirectory::Student> StudentDirectory::search(const QString& text, int limit) const
{
    const QString needle = text.trimmed();
    QList<Student> exact;
    QList<Student> found;
    if (needle.isEmpty() || limit <= 0)
        return found;
    for (const Student& s : m_students) {
        if (s.studentId == needle)
            exact.append(s);
        else if (s.studentId.startsWith(needle, Qt::CaseInsensitive) ||
                 s.email.startsWith(needle, Qt::CaseInsensitive) || nameWordStartsWith(s.name, needle))
            found.append(s);
    }
    std::stable_sort(found.begin(), found.end(), [](const Student& a, const Student& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    exact += found;
    if (exact.size() > limit)
        exact.resize(limit);
    return exact;
}

QString StudentDirectory::suggestion(const Student& student)
{
    return QStringLiteral("%1 <%2> (%3)").arg(student.name, student.email, student.studentId);
}

QString StudentDirectory::studentIdOf(const QString& suggestion)
{
    static const QRegularExpression trailingId(QStringLiteral("\\(([^()]*)\\)\\s*$"));
    const QRegularExpressionMatch m = trailingId.match(suggestion);
    return m.hasMatch() ? m.captured(1) : suggestion.trimmed();
}

} // namespace Rewind
