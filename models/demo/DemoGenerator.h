#pragma once

#include "DemoContent.h"
#include "EventStore.h"

#include <QtGlobal>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Rewind {

struct DemoOptions
{
    // Calibrated (see TestDemoGenerator): the defaults give about 250,000 events, and activity per
    // student-day does not depend on the number of students, so 50,000 students over 120 days give
    // about 10 million.
    int students = 1250;
    int days = 120;
    quint64 seed = 1;
    qint64 startUs = 1756684800LL * 1000000; // 2025-09-01T00:00:00Z, a Monday; rounded down to UTC midnight
};

// A simulated school term on the learning platform, streamed as events in time
// order: first the editors' catalogue, then day by day the students' sessions and quizzes, with the
// occasional question edit or retirement. Only one day is held in memory, so any size streams in
// bounded memory. The same options always give the same bytes, ids included.
class DemoGenerator : public EventSource
{
public:
    explicit DemoGenerator(const DemoOptions& options);
    ~DemoGenerator() override;

    bool next(NewEvent& event) override;
    QString location() const override; // "demo event N", N counting from 1

    qint64 estimatedEventCount() const { return m_estimate; }
    qint64 eventsEmitted() const { return m_emitted; }

private:
    enum class Type : quint8;
    struct Pending;
    struct School;
    struct SchoolClass;
    struct Student;
    struct Session;
    struct ContentChange;

    void setUpSchools();
    void scheduleContentChanges();
    qint64 estimate() const;
    void generateContent();
    void generateDay(int day);
    void applyContentChanges(int day, qint64 localMidnightUs);
    void simulateStudent(quint32 studentIndex, int day, qint64 localMidnightUs, int weekday,
                         const bool* holiday);
    void runSession(quint32 studentIndex, Session& session);
    bool runQuiz(quint32 studentIndex, Session& session, int course);
    void setPublished(int question, bool published);

    template <typename WriteData>
    demo::Uuid record(qint64 timeUs, Type type, std::string_view stream, qint64 position,
                      WriteData&& writeData, std::string_view userId, std::string_view role,
                      const demo::Uuid& correlation, const demo::Uuid* causation);

    DemoOptions m_options;
    qint64 m_baseDay = 0; // days since the epoch of day 0
    demo::Random m_random;
    demo::Random m_idRandom; // ids come from their own sequence so they never shift the simulation
    demo::Catalogue m_catalogue;
    std::vector<qint32> m_questionVersion; // per question: stream version
    std::vector<int> m_questionRevision;
    std::vector<char> m_questionPublished;
    std::vector<std::vector<int>> m_publishedBySection; // question indices
    std::vector<qint32> m_courseVersion;
    std::vector<ContentChange> m_changes; // ordered by day
    size_t m_nextChange = 0;

    std::vector<School> m_schools;
    std::vector<SchoolClass> m_classes;
    std::vector<Student> m_students;

    // The batch being streamed: stream name, data and metadata of every event back to back in
    // m_text, and the batch's order by time in m_order.
    std::string m_text;
    std::vector<Pending> m_pending;
    std::vector<std::pair<qint64, quint32>> m_order;
    size_t m_cursor = 0;
    int m_nextDay = -1; // -1: the catalogue comes first
    qint64 m_emitted = 0;
    qint64 m_estimate = 0;
};

} // namespace Rewind
