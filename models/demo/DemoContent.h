#pragma once

#include <QUuid>
#include <QtGlobal>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace Rewind::demo {

// xoshiro256** seeded through splitmix64. The demo data must be byte-identical for the same seed on
// every standard library, so nothing here uses std:: engines or distributions, whose output is
// implementation-defined.
class Random
{
public:
    // `stream` separates independent sequences drawn from one user seed, so that e.g. the catalogue
    // does not change when the number of students does.
    explicit Random(quint64 seed, quint64 stream = 0);

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); } // [0, n)
    int between(int lo, int hi) { return lo + int(below(quint32(hi - lo + 1))); }     // [lo, hi]
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (Irwin-Hall of four uniforms): cheap, bounded at ±3.5.
    double normal() { return (uniform() + uniform() + uniform() + uniform() - 2.0) * 1.7320508075688772; }

    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(quint32(i))]);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s;
};

// A version-4 UUID drawn from a Random, kept as two words so that ids cost no allocation.
struct Uuid
{
    quint64 hi = 0;
    quint64 lo = 0;

    static Uuid generate(Random& random);
    QUuid toQUuid() const;
    void appendTo(std::string& out) const; // 36 characters, lower-case, no braces
    std::string text() const;
};

// Dutch number formatting: `scaled` is value × 10^decimals; trailing zeros are dropped ("2,5").
std::string formatDecimal(qint64 scaled, int decimals);

struct Section
{
    Uuid id;
    std::string title;
    int course = 0;
    int chapter = 0;        // index within the course
    int indexInChapter = 0; // SectionAdded.index
    int indexInCourse = 0;  // order in which students work through the course
};

struct Chapter
{
    Uuid id;
    std::string title;
    std::vector<int> sections; // indices into Catalogue::sections
};

struct Course
{
    Uuid id;
    std::string title;
    std::string language;
    std::vector<Chapter> chapters;
    std::vector<int> sections; // in course order
};

struct Question
{
    int id = 0; // the number in `question-{id}`
    int section = 0;
    std::string text;
    std::vector<std::string> answers; // display order
    std::vector<std::string> correctAnswers;
    std::string explanation;
    // Indices into `answers` of the wrong answers with their share of all wrong answers given,
    // most common first: each question has one mistake students make most.
    std::vector<int> wrongAnswers;
    std::vector<double> wrongShare;
    double difficulty = 0; // in logits: higher is harder
    bool publishedAtStart = true;
};

struct Catalogue
{
    std::vector<Course> courses;
    std::vector<Section> sections;
    std::vector<Question> questions; // ordered by id
    int renamedSection = -1;         // the section an editor renames after creating it
    std::string renamedTitle;
};

// The editors' work before term: two courses ("Rekenen", "Taal"), 4 chapters of 3 sections each,
// and about 200 questions that satisfy the publish rules.
Catalogue buildCatalogue(Random& random);

// Removes the least chosen wrong answer of `question` (the edit behind an AnswersChanged event) and
// rebalances the remaining shares. Returns false when too few wrong answers would remain.
bool dropLeastChosenWrongAnswer(Question& question);

} // namespace Rewind::demo
