#include "DemoGenerator.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace Rewind {

using demo::Random;
using demo::Uuid;

namespace {

constexpr qint64 Second = 1'000'000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

// ---- Behaviour. Calibrated together: the defaults must give about 250,000 events (1.6–2 events
// per student-day), see TestDemoGenerator. ----
constexpr double LessonUse = 0.105;       // a class uses its weekly platform slot this week
constexpr double FreePeriod = 0.010;      // a session in a free period, per school day
constexpr double HomeworkWeekday = 0.045; // evening homework, per school day
constexpr double HomeworkSaturday = 0.006;
constexpr double HomeworkSunday = 0.025;
constexpr double HomeworkHoliday = 0.006;
constexpr double RetrySameQuestion = 0.55; // after a wrong answer the platform asks it again
constexpr double ExplanationBonus = 1.6;   // logits, on the next answer to the question explained
constexpr double RetryBonus = 0.25;        // logits, on a retry without reading the explanation
constexpr double BaseLogit = 1.0;

// Events per student and day in each kind of day, measured with the constants above; only for
// progress bars.
constexpr double RateSchoolDay = 2.62;
constexpr double RateHolidayWeekday = 0.135;
constexpr double RateSaturday = 0.133;
constexpr double RateSunday = 0.55;

// Lesson periods (local time), 45 minutes each.
constexpr qint64 PeriodStart[7] = {8 * Hour + 30 * Minute,  9 * Hour + 20 * Minute, 10 * Hour + 10 * Minute,
                                   11 * Hour + 15 * Minute, 12 * Hour + 5 * Minute, 13 * Hour + 15 * Minute,
                                   14 * Hour + 5 * Minute};
constexpr qint64 PeriodLength = 45 * Minute;

enum Region : quint8
{
    Noord,
    Midden,
    Zuid
};

struct Town
{
    const char* slug;
    Region region;
};

const Town towns[40] = {
    {"groningen", Noord},  {"leeuwarden", Noord}, {"assen", Noord},       {"emmen", Noord},
    {"zwolle", Noord},     {"deventer", Noord},   {"enschede", Noord},    {"almere", Noord},
    {"haarlem", Noord},    {"alkmaar", Noord},    {"hoorn", Noord},       {"purmerend", Noord},
    {"heerenveen", Noord}, {"sneek", Noord},      {"utrecht", Midden},    {"amersfoort", Midden},
    {"zeist", Midden},     {"leiden", Midden},    {"delft", Midden},      {"gouda", Midden},
    {"dordrecht", Midden}, {"rotterdam", Midden}, {"denhaag", Midden},    {"arnhem", Midden},
    {"apeldoorn", Midden}, {"ede", Midden},       {"zoetermeer", Midden}, {"eindhoven", Zuid},
    {"tilburg", Zuid},     {"breda", Zuid},       {"denbosch", Zuid},     {"maastricht", Zuid},
    {"venlo", Zuid},       {"roermond", Zuid},    {"middelburg", Zuid},   {"helmond", Zuid},
    {"oss", Zuid},         {"nijmegen", Zuid},    {"heerlen", Zuid},      {"goes", Zuid},
};
const char* const schoolKinds[] = {"csg", "lyceum", "college", "sg", "atheneum"};

struct Name
{
    const char* display;
    const char* mail;
};

const Name firstNames[] = {
    {"Daan", "daan"},     {"Sem", "sem"},      {"Lucas", "lucas"},       {"Levi", "levi"},
    {"Finn", "finn"},     {"Milan", "milan"},  {"Jesse", "jesse"},       {"Noah", "noah"},
    {"Bram", "bram"},     {"Luuk", "luuk"},    {"Thijs", "thijs"},       {"Lars", "lars"},
    {"Ruben", "ruben"},   {"Sven", "sven"},    {"Mohammed", "mohammed"}, {"Yusuf", "yusuf"},
    {"Thomas", "thomas"}, {"Max", "max"},      {"Stijn", "stijn"},       {"Ayoub", "ayoub"},
    {"Emma", "emma"},     {"Julia", "julia"},  {"Mila", "mila"},         {"Tess", "tess"},
    {"Sophie", "sophie"}, {"Zo\u00eb", "zoe"}, {"Sara", "sara"},         {"Nora", "nora"},
    {"Evi", "evi"},       {"Anna", "anna"},    {"Lotte", "lotte"},       {"Fenna", "fenna"},
    {"Saar", "saar"},     {"Noor", "noor"},    {"Yara", "yara"},         {"Fleur", "fleur"},
    {"Lieke", "lieke"},   {"Isa", "isa"},      {"Sanne", "sanne"},       {"Amira", "amira"},
};
const Name lastNames[] = {
    {"de Jong", "dejong"},
    {"Jansen", "jansen"},
    {"de Vries", "devries"},
    {"van den Berg", "vandenberg"},
    {"van Dijk", "vandijk"},
    {"Bakker", "bakker"},
    {"Janssen", "janssen"},
    {"Visser", "visser"},
    {"Smit", "smit"},
    {"Meijer", "meijer"},
    {"de Boer", "deboer"},
    {"Mulder", "mulder"},
    {"de Groot", "degroot"},
    {"Bos", "bos"},
    {"Vos", "vos"},
    {"Peters", "peters"},
    {"Hendriks", "hendriks"},
    {"van Leeuwen", "vanleeuwen"},
    {"Dekker", "dekker"},
    {"Brouwer", "brouwer"},
    {"de Wit", "dewit"},
    {"Dijkstra", "dijkstra"},
    {"Smits", "smits"},
    {"de Graaf", "degraaf"},
    {"van der Meer", "vandermeer"},
    {"Kok", "kok"},
    {"Jacobs", "jacobs"},
    {"Vermeulen", "vermeulen"},
    {"Y\u0131lmaz", "yilmaz"},
    {"El Amrani", "elamrani"},
    {"Bouzid", "bouzid"},
    {"Kaya", "kaya"},
    {"Nguyen", "nguyen"},
    {"Postma", "postma"},
    {"Hoekstra", "hoekstra"},
    {"Koster", "koster"},
    {"Prins", "prins"},
    {"Willems", "willems"},
    {"Kuipers", "kuipers"},
    {"van Vliet", "vanvliet"},
};
constexpr quint32 FirstNameCount = sizeof firstNames / sizeof firstNames[0];
constexpr quint32 LastNameCount = sizeof lastNames / sizeof lastNames[0];

const char* const editors[2][2] = {{"editor-marloes", "editor-pieter"}, {"editor-fatima", "editor-sanne"}};
const char* const retireReasons[] = {
    "Dubbel: dezelfde vraag staat al in deze paragraaf",
    "Fout in het antwoordmodel, gemeld door een docent",
    "Vervangen door een nieuwe vraag",
    "Past niet meer bij de leerlijn",
};

// ---- Calendar: civil dates from days since the epoch (H. Hinnant's algorithms) ----

struct Date
{
    int year, month, day;
};

Date civil(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400) + (m <= 2), m, d};
}

qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int weekdayOf(qint64 days) // 0 = Monday
{
    return int(((days + 3) % 7 + 7) % 7);
}

qint64 lastSunday(int year, int month)
{
    const qint64 last = daysFromCivil(year, month + 1, 1) - 1;
    return last - (weekdayOf(last) + 1) % 7;
}

// Amsterdam: CET, with EU summer time between the last Sundays of March and October. Nobody is
// online around the 01:00 UTC switch, so whole days are enough.
qint64 amsterdamOffset(qint64 days)
{
    const int year = civil(days).year;
    return (days >= lastSunday(year, 3) && days < lastSunday(year, 10)) ? 2 * Hour : Hour;
}

qint64 localMidnight(qint64 days)
{
    return days * Day - amsterdamOffset(days);
}

int isoWeek(qint64 days)
{
    const qint64 thursday = days - weekdayOf(days) + 3;
    const int year = civil(thursday).year;
    return int((thursday - daysFromCivil(year, 1, 1)) / 7 + 1);
}

// School holidays by ISO week, roughly as the Dutch regions rotate them.
bool isHoliday(int week, Region region)
{
    static const int autumn[] = {43, 43, 42};
    static const int spring[] = {8, 8, 7};
    static const int summerStart[] = {29, 30, 28};
    return week == autumn[region] || week >= 52 || week == 1 || week == spring[region] || week == 18 ||
           (week >= summerStart[region] && week < summerStart[region] + 6);
}

// ---- Compact JSON written straight into the batch text ----

void appendInt(std::string& out, qint64 v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void appendString(std::string& out, std::string_view s)
{
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void appendUuid(std::string& out, const Uuid& id)
{
    out += '"';
    id.appendTo(out);
    out += '"';
}

void appendStrings(std::string& out, const std::vector<std::string>& items)
{
    out += '[';
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        appendString(out, items[i]);
    }
    out += ']';
}

qint64 seconds(Random& r, double lo, double hi)
{
    return qint64(r.uniform(lo, hi) * Second);
}

// "student-123" / "quiz-<uuid>" in a fixed buffer: names are built once per session or quiz.
struct StreamName
{
    char text[48];
    size_t size = 0;

    StreamName(std::string_view category, quint64 number)
    {
        std::memcpy(text, category.data(), category.size());
        const auto r = std::to_chars(text + category.size(), text + sizeof text, number);
        size = size_t(r.ptr - text);
    }
    StreamName(std::string_view category, const Uuid& id)
    {
        std::string s(category);
        id.appendTo(s);
        std::memcpy(text, s.data(), s.size());
        size = s.size();
    }
    std::string_view view() const { return {text, size}; }
};

} // namespace

enum class DemoGenerator::Type : quint8
{
    CourseCreated,
    ChapterAdded,
    SectionAdded,
    SectionRenamed,
    QuestionDrafted,
    QuestionTextChanged,
    AnswersChanged,
    QuestionPublished,
    QuestionRetired,
    StudentRegistered,
    StudentLoggedIn,
    QuizStarted,
    QuestionAssigned,
    QuestionAnsweredCorrectly,
    QuestionAnsweredIncorrectly,
    ExplanationViewed,
    QuizPassed,
    QuizFailed,
};

namespace {

const QString& typeName(int type)
{
    static const QString names[] = {
        QStringLiteral("CourseCreated"),
        QStringLiteral("ChapterAdded"),
        QStringLiteral("SectionAdded"),
        QStringLiteral("SectionRenamed"),
        QStringLiteral("QuestionDrafted"),
        QStringLiteral("QuestionTextChanged"),
        QStringLiteral("AnswersChanged"),
        QStringLiteral("QuestionPublished"),
        QStringLiteral("QuestionRetired"),
        QStringLiteral("StudentRegistered"),
        QStringLiteral("StudentLoggedIn"),
        QStringLiteral("QuizStarted"),
        QStringLiteral("QuestionAssigned"),
        QStringLiteral("QuestionAnsweredCorrectly"),
        QStringLiteral("QuestionAnsweredIncorrectly"),
        QStringLiteral("ExplanationViewed"),
        QStringLiteral("QuizPassed"),
        QStringLiteral("QuizFailed"),
    };
    return names[type];
}

} // namespace

struct DemoGenerator::Pending
{
    qint64 timeUs;
    qint64 position;
    Uuid id;
    size_t offset; // stream name, then data, then metadata in m_text
    quint32 dataSize;
    quint32 metadataSize;
    quint16 streamSize;
    Type type;
};

struct DemoGenerator::School
{
    char brin[4]; // the Dutch school number, e.g. "17AB"
    std::string domain;
    Region region;
    int startDay; // schools join during the term
    int firstClass, classCount;
    double weight; // relative size
    qint64 studentCount = 0;
};

struct DemoGenerator::SchoolClass
{
    quint16 school;
    char name[3];
    quint8 nameSize;
    quint8 slotDay[2]; // the weekly period in which the class may use the platform, per course
    quint8 slotPeriod[2];
    bool lessonToday[2];
};

struct DemoGenerator::Student
{
    quint32 schoolClass;
    quint16 firstName, lastName;
    float skill[2];   // logits, per course
    float growth;     // skill gained per passed quiz: quick and slow learners
    float engagement; // scales how often the student shows up
    float pace;       // scales thinking time
    float readsExplanations;
    qint32 version = -1;        // of student-{id}
    quint8 section[2] = {0, 0}; // progress: index in course order
    bool registered = false;
};

struct DemoGenerator::Session
{
    qint64 start = 0, end = 0;
    int course = -1; // -1: the student picks
    bool lesson = false;
    qint64 t = 0;
    Uuid id;

    Session() = default;
    Session(qint64 start, qint64 end, int course, bool lesson)
        : start(start), end(end), course(course), lesson(lesson)
    {
    }
};

struct DemoGenerator::ContentChange
{
    int day;
    int question;
    bool retire;
};

DemoGenerator::DemoGenerator(const DemoOptions& options)
    : m_options(options), m_random(options.seed, 1), m_idRandom(options.seed, 2)
{
    m_options.students = std::max(0, m_options.students);
    m_options.days = std::max(0, m_options.days);
    m_baseDay = options.startUs >= 0 ? options.startUs / Day : -((-options.startUs + Day - 1) / Day);

    Random contentRandom(options.seed, 3);
    m_catalogue = demo::buildCatalogue(contentRandom);
    const size_t questionCount = m_catalogue.questions.size();
    m_questionVersion.assign(questionCount, -1);
    m_questionRevision.assign(questionCount, 0);
    m_questionPublished.assign(questionCount, 0);
    m_publishedBySection.resize(m_catalogue.sections.size());
    m_courseVersion.assign(m_catalogue.courses.size(), -1);

    setUpSchools();
    scheduleContentChanges();
    m_estimate = estimate();
}

DemoGenerator::~DemoGenerator() = default;

void DemoGenerator::setUpSchools()
{
    Random& r = m_random;
    const int schoolCount = std::clamp(20 + m_options.students / 2500, 20, 40);
    std::vector<int> townOrder(40);
    for (int i = 0; i < 40; ++i)
        townOrder[i] = i;
    r.shuffle(townOrder);
    double totalWeight = 0;
    for (int i = 0; i < schoolCount; ++i) {
        School s;
        for (bool unique = false; !unique;) {
            const int digits = r.between(0, 99);
            s.brin[0] = char('0' + digits / 10);
            s.brin[1] = char('0' + digits % 10);
            s.brin[2] = char('A' + r.below(26));
            s.brin[3] = char('A' + r.below(26));
            unique = std::none_of(m_schools.begin(), m_schools.end(),
                                  [&](const School& o) { return std::memcmp(o.brin, s.brin, 4) == 0; });
        }
        const Town& town = towns[townOrder[i]];
        s.domain = std::string("leerling.") + schoolKinds[r.below(5)] + town.slug + ".nl";
        s.region = town.region;
        s.startDay = r.chance(0.8) ? 0 : r.between(1, std::max(1, m_options.days / 3));
        s.weight = r.uniform(0.5, 1.5);
        totalWeight += s.weight;
        m_schools.push_back(std::move(s));
    }
    for (size_t i = 0; i < m_schools.size(); ++i) {
        School& s = m_schools[i];
        const double expected = m_options.students * s.weight / totalWeight;
        s.firstClass = int(m_classes.size());
        s.classCount = std::max(1, int(std::lround(expected / 26)));
        for (int k = 0; k < s.classCount; ++k) {
            SchoolClass c{};
            c.school = quint16(i);
            c.name[0] = char('1' + k % 3);
            c.name[1] = char('A' + std::min(k / 3, 25));
            c.nameSize = 2;
            for (int course = 0; course < 2; ++course) {
                c.slotDay[course] = quint8(r.below(5));
                c.slotPeriod[course] = quint8(r.below(7));
            }
            m_classes.push_back(c);
        }
    }
    m_students.resize(size_t(m_options.students));
    for (Student& st : m_students) {
        double pick = r.uniform() * totalWeight;
        size_t school = 0;
        while (school + 1 < m_schools.size() && pick >= m_schools[school].weight) {
            pick -= m_schools[school].weight;
            ++school;
        }
        School& s = m_schools[school];
        ++s.studentCount;
        st.schoolClass = quint32(s.firstClass) + r.below(quint32(s.classCount));
        st.firstName = quint16(r.below(FirstNameCount));
        st.lastName = quint16(r.below(LastNameCount));
        const double ability = 0.8 * r.normal();
        st.skill[0] = float(ability + 0.45 * r.normal());
        st.skill[1] = float(ability + 0.45 * r.normal());
        st.growth = float(r.uniform(0.0, 0.04));
        const double u = r.uniform();
        st.engagement = float(0.2 + 1.3 * u * std::sqrt(u));
        st.pace = float(r.uniform(0.6, 1.6));
        st.readsExplanations = float(r.uniform(0.1, 0.7));
        // Classes work through the course at their own speed; some students start further on.
        st.section[0] = quint8(r.chance(0.7) ? 0 : r.between(1, 3));
        st.section[1] = quint8(r.chance(0.7) ? 0 : r.between(1, 3));
    }
}

void DemoGenerator::scheduleContentChanges()
{
    Random& r = m_random;
    const int days = m_options.days;
    if (days <= 0)
        return;
    const auto weekdayOnOrAfter = [&](int day) {
        for (int d = day; d < days; ++d)
            if (weekdayOf(m_baseDay + d) < 5)
                return d;
        return std::min(day, days - 1);
    };
    std::vector<int> perSection(m_catalogue.sections.size(), 0);
    for (const auto& q : m_catalogue.questions)
        perSection[q.section] += q.publishedAtStart;
    std::vector<char> touched(m_catalogue.questions.size(), 0);
    const auto pick = [&](bool retire) {
        for (;;) {
            const int q = int(r.below(quint32(m_catalogue.questions.size())));
            const auto& question = m_catalogue.questions[q];
            if (touched[q] || !question.publishedAtStart || (retire && perSection[question.section] <= 5))
                continue;
            touched[q] = 1;
            if (retire)
                --perSection[question.section];
            return q;
        }
    };
    for (int i = 0; i < 8; ++i)
        m_changes.push_back({weekdayOnOrAfter(r.between(days / 4, days / 2)), pick(false), false});
    for (int i = 0; i < 5; ++i)
        m_changes.push_back({weekdayOnOrAfter(r.between(days * 85 / 100, days - 1)), pick(true), true});
    std::stable_sort(m_changes.begin(), m_changes.end(),
                     [](const ContentChange& a, const ContentChange& b) { return a.day < b.day; });
}

qint64 DemoGenerator::estimate() const
{
    qint64 content = 0;
    for (const auto& c : m_catalogue.courses)
        content += 1 + qint64(c.chapters.size()) + qint64(c.sections.size());
    for (const auto& q : m_catalogue.questions)
        content += q.publishedAtStart ? 2 : 1;
    content += 1 + 2 * 8 + 5;
    double learning = 0;
    for (const School& s : m_schools) {
        double perStudent = 0;
        for (int d = s.startDay; d < m_options.days; ++d) {
            const qint64 day = m_baseDay + d;
            const int weekday = weekdayOf(day);
            if (weekday == 5)
                perStudent += RateSaturday;
            else if (weekday == 6)
                perStudent += RateSunday;
            else
                perStudent += isHoliday(isoWeek(day), s.region) ? RateHolidayWeekday : RateSchoolDay;
        }
        learning += perStudent * double(s.studentCount);
    }
    return content + qint64(learning);
}

template <typename WriteData>
Uuid DemoGenerator::record(qint64 timeUs, Type type, std::string_view stream, qint64 position,
                           WriteData&& writeData, std::string_view userId, std::string_view role,
                           const Uuid& correlation, const Uuid* causation)
{
    Pending p;
    p.timeUs = timeUs;
    p.position = position;
    p.id = Uuid::generate(m_idRandom);
    p.type = type;
    p.offset = m_text.size();
    m_text.append(stream);
    p.streamSize = quint16(stream.size());
    writeData(m_text);
    const size_t metadataStart = m_text.size();
    p.dataSize = quint32(metadataStart - p.offset - p.streamSize);
    m_text += "{\"userId\":\"";
    m_text += userId;
    m_text += "\",\"role\":\"";
    m_text += role;
    m_text += "\",\"correlationId\":\"";
    correlation.appendTo(m_text);
    m_text += "\",\"causationId\":";
    if (causation)
        appendUuid(m_text, *causation);
    else
        m_text += "null";
    m_text += ",\"appVersion\":\"demo\"}";
    p.metadataSize = quint32(m_text.size() - metadataStart);
    m_order.emplace_back(timeUs, quint32(m_pending.size()));
    m_pending.push_back(p);
    return p.id;
}

void DemoGenerator::setPublished(int question, bool published)
{
    if (bool(m_questionPublished[question]) == published)
        return;
    m_questionPublished[question] = published;
    auto& list = m_publishedBySection[m_catalogue.questions[question].section];
    if (published)
        list.push_back(question);
    else
        list.erase(std::find(list.begin(), list.end(), question));
}

void DemoGenerator::generateContent()
{
    Random& r = m_random;
    qint64 day = m_baseDay - 7;
    while (weekdayOf(day) >= 5)
        ++day;
    qint64 t = localMidnight(day) + 9 * Hour + seconds(r, 0, 1800);
    // Editors work office hours on weekdays. Five of the seven days before term are weekdays, 40
    // hours, and ~450 events at most 5 minutes apart need under 38: the catalogue is complete before
    // the first student arrives. Past the last weekday they just work late.
    const qint64 lastMorning = localMidnight(m_baseDay);
    const auto advance = [&] {
        t += seconds(r, 60, 300);
        if (t - localMidnight(day) >= 17 * Hour) {
            qint64 nextDay = day + 1;
            while (weekdayOf(nextDay) >= 5)
                ++nextDay;
            const qint64 morning = localMidnight(nextDay) + 9 * Hour + seconds(r, 0, 900);
            if (morning < lastMorning) {
                day = nextDay;
                t = morning;
            }
        }
    };

    for (size_t c = 0; c < m_catalogue.courses.size(); ++c) {
        const demo::Course& course = m_catalogue.courses[c];
        const StreamName stream("course-", course.id);
        const std::string_view editor = editors[c][0];
        const Uuid correlation = Uuid::generate(m_idRandom);
        Uuid previous = record(
            t, Type::CourseCreated, stream.view(), ++m_courseVersion[c],
            [&](std::string& o) {
                o += "{\"courseId\":";
                appendUuid(o, course.id);
                o += ",\"title\":";
                appendString(o, course.title);
                o += ",\"language\":";
                appendString(o, course.language);
                o += '}';
            },
            editor, "editor", correlation, nullptr);
        for (size_t ch = 0; ch < course.chapters.size(); ++ch) {
            const demo::Chapter& chapter = course.chapters[ch];
            advance();
            previous = record(
                t, Type::ChapterAdded, stream.view(), ++m_courseVersion[c],
                [&](std::string& o) {
                    o += "{\"chapterId\":";
                    appendUuid(o, chapter.id);
                    o += ",\"title\":";
                    appendString(o, chapter.title);
                    o += ",\"index\":";
                    appendInt(o, qint64(ch));
                    o += '}';
                },
                editor, "editor", correlation, &previous);
            for (int s : chapter.sections) {
                const demo::Section& section = m_catalogue.sections[s];
                advance();
                previous = record(
                    t, Type::SectionAdded, stream.view(), ++m_courseVersion[c],
                    [&](std::string& o) {
                        o += "{\"chapterId\":";
                        appendUuid(o, chapter.id);
                        o += ",\"sectionId\":";
                        appendUuid(o, section.id);
                        o += ",\"title\":";
                        appendString(o, section.title);
                        o += ",\"index\":";
                        appendInt(o, section.indexInChapter);
                        o += '}';
                    },
                    editor, "editor", correlation, &previous);
            }
        }
        advance();
    }

    for (size_t i = 0; i < m_catalogue.questions.size(); ++i) {
        const demo::Question& q = m_catalogue.questions[i];
        const demo::Section& section = m_catalogue.sections[q.section];
        const demo::Course& course = m_catalogue.courses[section.course];
        const StreamName stream("question-", quint64(q.id));
        const std::string_view editor = editors[section.course][r.below(2)];
        const Uuid correlation = Uuid::generate(m_idRandom);
        const Uuid drafted = record(
            t, Type::QuestionDrafted, stream.view(), ++m_questionVersion[i],
            [&](std::string& o) {
                o += "{\"questionId\":";
                appendInt(o, q.id);
                o += ",\"courseId\":";
                appendUuid(o, course.id);
                o += ",\"sectionId\":";
                appendUuid(o, section.id);
                o += ",\"text\":";
                appendString(o, q.text);
                o += ",\"answers\":";
                appendStrings(o, q.answers);
                o += ",\"correctAnswers\":";
                appendStrings(o, q.correctAnswers);
                o += ",\"explanation\":";
                appendString(o, q.explanation);
                o += '}';
            },
            editor, "editor", correlation, nullptr);
        advance();
        if (!q.publishedAtStart)
            continue;
        record(
            t, Type::QuestionPublished, stream.view(), ++m_questionVersion[i],
            [&](std::string& o) {
                o += "{\"revision\":";
                appendInt(o, ++m_questionRevision[i]);
                o += '}';
            },
            editor, "editor", Uuid::generate(m_idRandom), &drafted);
        setPublished(int(i), true);
        advance();
    }

    if (m_catalogue.renamedSection >= 0) {
        demo::Section& section = m_catalogue.sections[m_catalogue.renamedSection];
        section.title = m_catalogue.renamedTitle;
        const StreamName stream("course-", m_catalogue.courses[section.course].id);
        record(
            t, Type::SectionRenamed, stream.view(), ++m_courseVersion[section.course],
            [&](std::string& o) {
                o += "{\"sectionId\":";
                appendUuid(o, section.id);
                o += ",\"title\":";
                appendString(o, section.title);
                o += '}';
            },
            editors[section.course][0], "editor", Uuid::generate(m_idRandom), nullptr);
    }
}

void DemoGenerator::applyContentChanges(int day, qint64 localMidnightUs)
{
    Random& r = m_random;
    // Before school starts, so that every session of the day sees one consistent catalogue.
    qint64 t = localMidnightUs + 7 * Hour + seconds(r, 0, 1200);
    for (; m_nextChange < m_changes.size() && m_changes[m_nextChange].day == day; ++m_nextChange) {
        const ContentChange& change = m_changes[m_nextChange];
        demo::Question& q = m_catalogue.questions[change.question];
        const int course = m_catalogue.sections[q.section].course;
        const StreamName stream("question-", quint64(q.id));
        const std::string_view editor = editors[course][r.below(2)];
        const Uuid correlation = Uuid::generate(m_idRandom);
        if (change.retire) {
            const char* reason = retireReasons[r.below(4)];
            record(
                t, Type::QuestionRetired, stream.view(), ++m_questionVersion[change.question],
                [&](std::string& o) {
                    o += "{\"reason\":";
                    appendString(o, reason);
                    o += '}';
                },
                editor, "editor", correlation, nullptr);
            setPublished(change.question, false);
        } else {
            Uuid changed;
            if (r.chance(0.5) && demo::dropLeastChosenWrongAnswer(q)) {
                changed = record(
                    t, Type::AnswersChanged, stream.view(), ++m_questionVersion[change.question],
                    [&](std::string& o) {
                        o += "{\"answers\":";
                        appendStrings(o, q.answers);
                        o += ",\"correctAnswers\":";
                        appendStrings(o, q.correctAnswers);
                        o += '}';
                    },
                    editor, "editor", correlation, nullptr);
            } else {
                q.text += course == 0 ? " Geef alleen het getal als antwoord." : " Let goed op de spelling.";
                changed = record(
                    t, Type::QuestionTextChanged, stream.view(), ++m_questionVersion[change.question],
                    [&](std::string& o) {
                        o += "{\"text\":";
                        appendString(o, q.text);
                        o += '}';
                    },
                    editor, "editor", correlation, nullptr);
            }
            t += seconds(r, 30, 240);
            record(
                t, Type::QuestionPublished, stream.view(), ++m_questionVersion[change.question],
                [&](std::string& o) {
                    o += "{\"revision\":";
                    appendInt(o, ++m_questionRevision[change.question]);
                    o += '}';
                },
                editor, "editor", correlation, &changed);
        }
        t += seconds(r, 60, 300);
    }
}

void DemoGenerator::generateDay(int day)
{
    const qint64 days = m_baseDay + day;
    const qint64 midnight = localMidnight(days);
    const int weekday = weekdayOf(days);
    const int week = isoWeek(days);
    const bool holiday[3] = {isHoliday(week, Noord), isHoliday(week, Midden), isHoliday(week, Zuid)};

    applyContentChanges(day, midnight);
    for (SchoolClass& c : m_classes) {
        const School& s = m_schools[c.school];
        const bool schoolDay = weekday < 5 && !holiday[s.region] && day >= s.startDay;
        for (int course = 0; course < 2; ++course)
            c.lessonToday[course] = schoolDay && c.slotDay[course] == weekday && m_random.chance(LessonUse);
    }
    for (quint32 i = 0; i < quint32(m_students.size()); ++i)
        simulateStudent(i, day, midnight, weekday, holiday);
}

void DemoGenerator::simulateStudent(quint32 index, int day, qint64 midnight, int weekday, const bool* holiday)
{
    Random& r = m_random;
    Student& st = m_students[index];
    const SchoolClass& cls = m_classes[st.schoolClass];
    const School& school = m_schools[cls.school];
    if (day < school.startDay)
        return;
    const bool onHoliday = holiday[school.region];
    const bool schoolDay = weekday < 5 && !onHoliday;

    Session sessions[4];
    int count = 0;
    for (int course = 0; course < 2; ++course) {
        if (!cls.lessonToday[course] || !r.chance(std::min(0.97, 0.6 + 0.35 * st.engagement)))
            continue;
        // The last part of the lesson is for the platform; the bell ends the session.
        const qint64 period = midnight + PeriodStart[cls.slotPeriod[course]];
        sessions[count++] = {period + 25 * Minute + seconds(r, 0, 420), period + PeriodLength, course, true};
    }
    if (schoolDay && r.chance(FreePeriod * st.engagement)) {
        const qint64 start = midnight + PeriodStart[r.below(7)] + seconds(r, 120, 900);
        sessions[count++] = {start, start + seconds(r, 600, 1500), -1, false};
    }
    double homework = schoolDay      ? HomeworkWeekday
                      : weekday == 5 ? HomeworkSaturday
                      : weekday == 6 ? HomeworkSunday
                                     : HomeworkHoliday;
    if (r.chance(homework * st.engagement)) {
        qint64 start;
        if (weekday == 5 || (onHoliday && weekday < 5))
            start = midnight + 10 * Hour + seconds(r, 0, 7 * 3600);
        else if (weekday == 6 && r.chance(0.4))
            start = midnight + 14 * Hour + seconds(r, 0, 4 * 3600);
        else
            start = midnight + 18 * Hour + seconds(r, 0, 3 * 3600);
        sessions[count++] = {start, start + seconds(r, 600, 2100), -1, false};
    }
    for (int i = 1; i < count; ++i) // at most four: insertion sort
        for (int j = i; j > 0 && sessions[j].start < sessions[j - 1].start; --j)
            std::swap(sessions[j], sessions[j - 1]);
    qint64 busyUntil = 0;
    for (int i = 0; i < count; ++i) {
        if (sessions[i].start < busyUntil + 2 * Minute)
            continue;
        runSession(index, sessions[i]);
        busyUntil = sessions[i].t;
    }
}

void DemoGenerator::runSession(quint32 index, Session& session)
{
    Random& r = m_random;
    Student& st = m_students[index];
    const quint32 studentId = index + 1;
    const StreamName stream("student-", studentId);
    session.id = Uuid::generate(m_idRandom);
    session.t = session.start;
    if (!st.registered) {
        st.registered = true;
        const SchoolClass& cls = m_classes[st.schoolClass];
        const School& school = m_schools[cls.school];
        const Name& first = firstNames[st.firstName];
        const Name& last = lastNames[st.lastName];
        record(
            session.t, Type::StudentRegistered, stream.view(), ++st.version,
            [&](std::string& o) {
                o += "{\"studentId\":";
                appendInt(o, studentId);
                o += ",\"name\":\"";
                o += first.display;
                o += ' ';
                o += last.display;
                o += "\",\"email\":\"";
                o += first.mail;
                o += '.';
                o += last.mail;
                appendInt(o, studentId);
                o += '@';
                o += school.domain;
                o += "\",\"schoolId\":\"";
                o.append(school.brin, 4);
                o += "\",\"className\":\"";
                o.append(cls.name, cls.nameSize);
                o += "\"}";
            },
            stream.view(), "student", session.id, nullptr);
        session.t += seconds(r, 10, 60);
    }
    record(
        session.t, Type::StudentLoggedIn, stream.view(), ++st.version, [](std::string& o) { o += "{}"; },
        stream.view(), "student", session.id, nullptr);
    session.t += seconds(r, 5, 25);
    const int quizzes = session.lesson ? r.between(2, 4) : r.between(1, 3);
    for (int k = 0; k < quizzes && session.t < session.end - 2 * Minute; ++k) {
        const int course = session.course >= 0 ? session.course : int(r.below(2));
        if (!runQuiz(index, session, course))
            break;
        session.t += seconds(r, 15, 90);
    }
}

bool DemoGenerator::runQuiz(quint32 index, Session& session, int course)
{
    Random& r = m_random;
    Student& st = m_students[index];
    const quint32 studentId = index + 1;
    const StreamName user("student-", studentId);
    const demo::Course& c = m_catalogue.courses[course];
    const int current = st.section[course];
    const int inCourse = (current > 0 && r.chance(0.15)) ? r.between(0, current - 1) : current;
    const int sectionIndex = c.sections[inCourse];
    const std::vector<int>& pool = m_publishedBySection[sectionIndex];
    if (pool.empty())
        return true;
    const demo::Section& section = m_catalogue.sections[sectionIndex];

    const Uuid quizId = Uuid::generate(m_idRandom);
    const StreamName stream("quiz-", quizId);
    qint64& t = session.t;
    qint64 position = -1;
    Uuid previous = record(
        t, Type::QuizStarted, stream.view(), ++position,
        [&](std::string& o) {
            o += "{\"quizId\":";
            appendUuid(o, quizId);
            o += ",\"studentId\":";
            appendInt(o, studentId);
            o += ",\"sectionId\":";
            appendUuid(o, section.id);
            o += '}';
        },
        user.view(), "student", quizId, nullptr);

    // Per question in this quiz: the extra logits of its next answer, from having just got it wrong.
    struct Memory
    {
        int question;
        float bonus;
    };
    Memory memory[16];
    int remembered = 0;
    const auto bonusFor = [&](int q) -> Memory* {
        for (int i = 0; i < remembered; ++i)
            if (memory[i].question == q)
                return &memory[i];
        return nullptr;
    };

    const int patience = r.between(10, 15);
    int streak = 0, answered = 0, last = -1;
    bool lastWrong = false;
    for (;;) {
        t += seconds(r, 1.5, 4);
        if (t > session.end)
            return false; // the bell: the quiz stays open
        int qi;
        if (lastWrong && r.chance(RetrySameQuestion)) {
            qi = last;
        } else if (pool.size() == 1 || last < 0) {
            qi = pool[r.below(quint32(pool.size()))];
        } else {
            // Any other question of the section: draw from all but one slot, and let the last one
            // stand in for the question just asked.
            qi = pool[r.below(quint32(pool.size() - 1))];
            if (qi == last)
                qi = pool.back();
        }
        const demo::Question& q = m_catalogue.questions[qi];
        previous = record(
            t, Type::QuestionAssigned, stream.view(), ++position,
            [&](std::string& o) {
                o += "{\"questionId\":";
                appendInt(o, q.id);
                o += '}';
            },
            user.view(), "student", quizId, &previous);

        const double base = course == 0 ? 22.0 : 11.0;
        double think = base * st.pace * (0.45 + 1.1 * r.uniform()) * (1.0 + 0.2 * q.difficulty);
        if (r.chance(0.08))
            think += r.uniform(20, 90); // distracted
        t += qint64(std::max(3.0, think) * Second) + r.below(1'000'000);
        if (t > session.end)
            return false; // the bell rang while the question was open

        Memory* mem = bonusFor(qi);
        const double logit = st.skill[course] - q.difficulty + BaseLogit + (mem ? mem->bonus : 0.0);
        const bool correct = r.uniform() < 1.0 / (1.0 + std::exp(-logit));
        const std::string* answer;
        if (correct) {
            answer = &q.correctAnswers[q.correctAnswers.size() > 1 && r.chance(0.2)
                                           ? 1 + r.below(quint32(q.correctAnswers.size() - 1))
                                           : 0];
        } else {
            double pick = r.uniform();
            size_t w = 0;
            while (w + 1 < q.wrongShare.size() && pick >= q.wrongShare[w])
                pick -= q.wrongShare[w++];
            answer = &q.answers[q.wrongAnswers[w]];
        }
        previous = record(
            t, correct ? Type::QuestionAnsweredCorrectly : Type::QuestionAnsweredIncorrectly, stream.view(),
            ++position,
            [&](std::string& o) {
                o += "{\"questionId\":";
                appendInt(o, q.id);
                o += ",\"answer\":";
                appendString(o, *answer);
                o += '}';
            },
            user.view(), "student", quizId, &previous);
        ++answered;
        if (mem)
            mem->bonus = 0; // the effect lasts for one answer

        if (correct) {
            if (++streak == 3) {
                t += seconds(r, 0.4, 2);
                record(
                    t, Type::QuizPassed, stream.view(), ++position, [](std::string& o) { o += "{}"; },
                    user.view(), "student", quizId, &previous);
                if (inCourse == current && current + 1 < int(c.sections.size()))
                    ++st.section[course];
                st.skill[course] += st.growth;
                return true;
            }
        } else {
            streak = 0;
            float bonus = float(RetryBonus);
            if (r.chance(st.readsExplanations)) {
                t += seconds(r, 2, 6);
                previous = record(
                    t, Type::ExplanationViewed, stream.view(), ++position,
                    [&](std::string& o) {
                        o += "{\"questionId\":";
                        appendInt(o, q.id);
                        o += '}';
                    },
                    user.view(), "student", quizId, &previous);
                t += seconds(r, 15, 75);
                bonus = float(ExplanationBonus);
            }
            if (!mem && remembered < 16)
                mem = &memory[remembered++];
            if (mem)
                *mem = {qi, bonus};
        }
        last = qi;
        lastWrong = !correct;
        if (answered >= patience) {
            t += seconds(r, 1, 3);
            record(
                t, Type::QuizFailed, stream.view(), ++position, [](std::string& o) { o += "{}"; },
                user.view(), "student", quizId, &previous);
            return true;
        }
    }
}

bool DemoGenerator::next(NewEvent& event)
{
    while (m_cursor >= m_order.size()) {
        if (m_nextDay >= m_options.days)
            return false;
        m_text.clear();
        m_pending.clear();
        m_order.clear();
        m_cursor = 0;
        if (m_nextDay < 0)
            generateContent();
        else
            generateDay(m_nextDay);
        ++m_nextDay;
        std::sort(m_order.begin(), m_order.end());
    }
    const Pending& p = m_pending[m_order[m_cursor++].second];
    const char* text = m_text.data() + p.offset;

    event.id = p.id.toQUuid();
    // Refilled in place: a caller that reuses one NewEvent pays no allocation per event.
    event.streamName.resize(p.streamSize);
    QChar* name = event.streamName.data();
    for (quint16 i = 0; i < p.streamSize; ++i)
        name[i] = QLatin1Char(text[i]);
    text += p.streamSize;
    event.type = typeName(int(p.type));
    event.data.resize(p.dataSize);
    std::memcpy(event.data.data(), text, p.dataSize);
    text += p.dataSize;
    event.metadata.resize(p.metadataSize);
    std::memcpy(event.metadata.data(), text, p.metadataSize);
    event.timeUs = p.timeUs;
    event.position = p.position;
    ++m_emitted;
    return true;
}

QString DemoGenerator::location() const
{
    return QStringLiteral("demo event %1").arg(m_emitted);
}

} // namespace Rewind
