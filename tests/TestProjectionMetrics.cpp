// The renderings of `rewind serve`: Prometheus' text exposition format, parsed back line by line by
// a small parser that follows the format's grammar, and the /status JSON.

#include "ProjectionMetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Rewind;

Q_DECLARE_METATYPE(Rewind::ProjectionStatus)

namespace {

// One line of the exposition that is a sample: `name{label="value",…} value`.
struct Sample
{
    QByteArray name;
    QMap<QByteArray, QString> labels;
    QByteArray value;
};

struct Exposition
{
    QHash<QByteArray, QString> help;
    QHash<QByteArray, QByteArray> type;
    QList<Sample> samples;
    QStringList errors; // every way the text breaks the format; empty for a valid text
};

bool isMetricName(const QByteArray& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re.match(QString::fromLatin1(name)).hasMatch();
}

bool isLabelName(const QByteArray& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re.match(QString::fromLatin1(name)).hasMatch() && !name.startsWith("__");
}

bool isValue(const QByteArray& value)
{
    if (value == "NaN" || value == "+Inf" || value == "-Inf")
        return true;
    bool ok = false;
    value.toDouble(&ok);
    return ok;
}

// Reads `"…"` starting at `at` (on the opening quote), undoing the three escapes; -1 when broken.
qsizetype readQuoted(const QByteArray& line, qsizetype at, QByteArray& out)
{
    if (at >= line.size() || line[at] != '"')
        return -1;
    for (qsizetype i = at + 1; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"')
            return i + 1;
        if (c == '\n')
            return -1; // a raw line feed cannot be in a label value
        if (c == '\\') {
            if (++i >= line.size())
                return -1;
            const char e = line[i];
            if (e == '\\')
                out += '\\';
            else if (e == '"')
                out += '"';
            else if (e == 'n')
                out += '\n';
            else
                return -1;
        } else {
            out += c;
        }
    }
    return -1;
}

QString unescapeHelp(const QByteArray& text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            ++i;
            out += text[i] == 'n' ? '\n' : text[i];
        } else {
            out += text[i];
        }
    }
    return QString::fromUtf8(out);
}

Exposition parse(const QByteArray& text)
{
    Exposition e;
    if (!text.isEmpty() && !text.endsWith('\n'))
        e.errors << QStringLiteral("the text does not end with a line feed");
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QSet<QByteArray> series;
    for (int n = 0; n < lines.size(); ++n) {
        const QByteArray& line = lines[n];
        const QString where = QStringLiteral("line %1 '%2': ").arg(n + 1).arg(QString::fromUtf8(line));
        if (line.isEmpty()) {
            e.errors << where + QStringLiteral("empty");
            continue;
        }
        if (line.startsWith('#')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 3 || parts[0] != "#" || (parts[1] != "HELP" && parts[1] != "TYPE")) {
                e.errors << where + QStringLiteral("a comment that is neither HELP nor TYPE");
                continue;
            }
            const QByteArray name = parts[2];
            if (!isMetricName(name))
                e.errors << where + QStringLiteral("invalid metric name");
            const QByteArray rest = line.mid(QByteArray("# HELP ").size() + name.size() + 1);
            if (parts[1] == "HELP") {
                if (e.help.contains(name))
                    e.errors << where + QStringLiteral("a second HELP");
                e.help.insert(name, unescapeHelp(rest));
            } else {
                if (e.type.contains(name))
                    e.errors << where + QStringLiteral("a second TYPE");
                if (!QList<QByteArray>{"counter", "gauge", "histogram", "summary", "untyped"}.contains(rest))
                    e.errors << where + QStringLiteral("unknown type");
                for (const Sample& s : e.samples)
                    if (s.name == name)
                        e.errors << where + QStringLiteral("TYPE after a sample");
                e.type.insert(name, rest);
            }
            continue;
        }
        Sample s;
        qsizetype i = 0;
        while (i < line.size() && line[i] != '{' && line[i] != ' ')
            ++i;
        s.name = line.left(i);
        if (!isMetricName(s.name))
            e.errors << where + QStringLiteral("invalid metric name");
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (i < line.size() && line[i] != '}') {
                const qsizetype eq = line.indexOf('=', i);
                if (eq < 0) {
                    i = -1;
                    break;
                }
                const QByteArray label = line.mid(i, eq - i);
                if (!isLabelName(label))
                    e.errors << where +
                                    QStringLiteral("invalid label name '%1'").arg(QString::fromLatin1(label));
                QByteArray value;
                i = readQuoted(line, eq + 1, value);
                if (i < 0)
                    break;
                if (s.labels.contains(label))
                    e.errors << where + QStringLiteral("label given twice");
                s.labels.insert(label, QString::fromUtf8(value));
                if (i < line.size() && line[i] == ',')
                    ++i;
            }
            if (i < 0 || i >= line.size()) {
                e.errors << where + QStringLiteral("broken label set");
                continue;
            }
            ++i; // past '}'
        }
        if (i >= line.size() || line[i] != ' ') {
            e.errors << where + QStringLiteral("no space before the value");
            continue;
        }
        s.value = line.mid(i + 1);
        if (!isValue(s.value))
            e.errors << where + QStringLiteral("not a number");
        if (!e.help.contains(s.name) || !e.type.contains(s.name))
            e.errors << where + QStringLiteral("a sample without HELP and TYPE before it");
        if (e.type.value(s.name) == "counter" && !s.name.endsWith("_total"))
            e.errors << where + QStringLiteral("a counter whose name does not end in _total");
        QByteArray key = s.name;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            key += '\0' + it.key() + '\0' + it.value().toUtf8();
        if (series.contains(key))
            e.errors << where + QStringLiteral("the same series twice");
        series.insert(key);
        e.samples.append(s);
    }
    return e;
}

ProjectionStatus status(const QString& name, qint64 checkpoint, qint64 head, double lagSeconds,
                        qint64 parked = 0)
{
    ProjectionStatus s;
    s.name = name;
    s.codeVersion = "abc123";
    s.checkpoint = checkpoint;
    s.head = head;
    s.lagEvents = head - checkpoint;
    s.lagSeconds = lagSeconds;
    s.parked = parked;
    s.eventsPerSecond = 1234;
    s.state = s.lagEvents == 0 ? ProjectionStatus::State::CaughtUp : ProjectionStatus::State::Behind;
    return s;
}

} // namespace

class TestProjectionMetrics : public QObject
{
    Q_OBJECT

private slots:
    void prometheusTextParsesBack_data()
    {
        QTest::addColumn<QList<ProjectionStatus>>("projections");
        QTest::addColumn<QList<qint64>>("applied");
        QTest::addColumn<QString>("storeError");

        QTest::newRow("one caught up") << QList<ProjectionStatus>{status("question-stats", 250, 250, 0)}
                                       << QList<qint64>{120} << QString();
        QTest::newRow("four, behind by a known head")
            << QList<ProjectionStatus>{status("question-stats", 100, 260, 12.5, 3),
                                       status("student-progress", 260, 260, 0),
                                       status("content-catalog", 1, 260, 86400.25),
                                       status("student-timeline", 259, 260, 0.000001, 7)}
            << QList<qint64>{10, 0, 999999, 42} << QString();
        QTest::newRow("lag in seconds unknown")
            << QList<ProjectionStatus>{status("question-stats", 0, 10, -1)} << QList<qint64>{0} << QString();
        QTest::newRow("names that need escaping")
            << QList<ProjectionStatus>{status("quote\"d", 5, 9, 1), status("back\\slash", 5, 9, 1),
                                       status("line\nfeed", 5, 9, 1), status("all\\\"\n\\n", 5, 9, 1),
                                       status("caf\u00e9 ✓", 5, 9, 1)}
            << QList<qint64>{1, 2, 3, 4, 5} << QString();
        QTest::newRow("large positions")
            << QList<ProjectionStatus>{status("p", 9007199254740993, 9007199254740999, 3)}
            << QList<qint64>{9007199254740993} << QString();
        QTest::newRow("store failing") << QList<ProjectionStatus>{status("question-stats", 5, 9, 1)}
                                       << QList<qint64>{4} << QStringLiteral("lost the connection");
        QTest::newRow("no projections") << QList<ProjectionStatus>{} << QList<qint64>{} << QString();
    }

    void prometheusTextParsesBack()
    {
        QFETCH(QList<ProjectionStatus>, projections);
        QFETCH(QList<qint64>, applied);
        QFETCH(QString, storeError);
        ServeFacts facts;
        facts.uptimeSeconds = 12.345;
        facts.storeError = storeError;
        for (int i = 0; i < projections.size(); ++i)
            facts.eventsApplied.insert(projections[i].name, applied[i]);

        const QByteArray text = ProjectionMetrics::prometheusText(projections, facts);
        const Exposition e = parse(text);
        QVERIFY2(e.errors.isEmpty(), qPrintable(e.errors.join(QLatin1Char('\n')) + QStringLiteral("\n") +
                                                QString::fromUtf8(text)));

        const QHash<QByteArray, QByteArray> expectedTypes{
            {"rewind_projection_checkpoint", "gauge"},
            {"rewind_projection_head", "gauge"},
            {"rewind_projection_lag_events", "gauge"},
            {"rewind_projection_lag_seconds", "gauge"},
            {"rewind_projection_events_applied_total", "counter"},
            {"rewind_projection_parked", "gauge"},
            {"rewind_serve_uptime_seconds", "gauge"},
            {"rewind_serve_store_up", "gauge"},
        };
        QCOMPARE(e.type, expectedTypes);
        for (auto it = e.help.cbegin(); it != e.help.cend(); ++it)
            QVERIFY2(it.value().size() > 10, it.key().constData());

        // Every figure of every projection, exactly once, under its own name, with its value.
        QCOMPARE(e.samples.size(), 6 * projections.size() + 2);
        for (int i = 0; i < projections.size(); ++i) {
            const ProjectionStatus& s = projections[i];
            QHash<QByteArray, QByteArray> values;
            for (const Sample& sample : e.samples) {
                if (!sample.name.startsWith("rewind_projection_"))
                    continue;
                QCOMPARE(sample.labels.keys(), QList<QByteArray>{"projection"});
                if (sample.labels.value("projection") == s.name) {
                    QVERIFY2(!values.contains(sample.name), sample.name.constData());
                    values.insert(sample.name, sample.value);
                }
            }
            QCOMPARE(values.size(), 6);
            QCOMPARE(values.value("rewind_projection_checkpoint"), QByteArray::number(s.checkpoint));
            QCOMPARE(values.value("rewind_projection_head"), QByteArray::number(s.head));
            QCOMPARE(values.value("rewind_projection_lag_events"), QByteArray::number(s.lagEvents));
            QCOMPARE(values.value("rewind_projection_events_applied_total"), QByteArray::number(applied[i]));
            QCOMPARE(values.value("rewind_projection_parked"), QByteArray::number(s.parked));
            const QByteArray lag = values.value("rewind_projection_lag_seconds");
            if (s.lagSeconds < 0)
                QCOMPARE(lag, QByteArray("NaN"));
            else
                QCOMPARE(lag.toDouble(), s.lagSeconds); // the shortest text that reads back exactly
        }
        for (const Sample& sample : e.samples) {
            if (sample.name == "rewind_serve_uptime_seconds")
                QCOMPARE(sample.value.toDouble(), 12.345);
            else if (sample.name == "rewind_serve_store_up")
                QCOMPARE(sample.value, storeError.isEmpty() ? QByteArray("1") : QByteArray("0"));
            if (sample.name.startsWith("rewind_serve_"))
                QVERIFY(sample.labels.isEmpty());
        }
    }

    // The parser above must itself reject what breaks the format, or the test above proves nothing.
    void parserRejectsBrokenTexts_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray head = "# HELP m_total A counter.\n# TYPE m_total counter\n";
        QTest::newRow("no HELP") << QByteArray("# TYPE m gauge\nm 1\n");
        QTest::newRow("no TYPE") << QByteArray("# HELP m A gauge.\nm 1\n");
        QTest::newRow("raw quote in a label") << head + "m_total{projection=\"a\"b\"} 1\n";
        QTest::newRow("unknown escape") << head + "m_total{projection=\"a\\tb\"} 1\n";
        QTest::newRow("bad label name") << head + "m_total{1projection=\"a\"} 1\n";
        QTest::newRow("bad metric name") << QByteArray("# HELP 1m A.\n# TYPE 1m gauge\n1m 1\n");
        QTest::newRow("not a number") << head + "m_total 1,5\n";
        QTest::newRow("counter without _total") << QByteArray("# HELP m A.\n# TYPE m counter\nm 1\n");
        QTest::newRow("same series twice") << head + "m_total{a=\"x\"} 1\nm_total{a=\"x\"} 2\n";
        QTest::newRow("no final line feed") << head + "m_total 1";
        QTest::newRow("empty line") << head + "\nm_total 1\n";
    }

    void parserRejectsBrokenTexts()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parse(text).errors.isEmpty());
    }

    void escapesLabelValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QStringLiteral("question-stats") << QByteArray("question-stats");
        QTest::newRow("double quote") << QStringLiteral("a\"b") << QByteArray("a\\\"b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("a\\nb");
        QTest::newRow("backslash then n stays two characters")
            << QStringLiteral("a\\n") << QByteArray("a\\\\n");
        QTest::newRow("UTF-8 as it is") << QStringLiteral("caf\u00e9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("tab as it is") << QStringLiteral("a\tb") << QByteArray("a\tb");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void escapesLabelValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QCOMPARE(ProjectionMetrics::escapeLabelValue(value), escaped);
        // And a parser reads the original back.
        QByteArray read;
        const QByteArray quoted = '"' + escaped + '"';
        QCOMPARE(readQuoted(quoted, 0, read), quoted.size());
        QCOMPARE(QString::fromUtf8(read), value);
    }

    void escapesHelp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << QStringLiteral("Events applied.") << QByteArray("Events applied.");
        QTest::newRow("double quote stays") << QStringLiteral("a \"b\"") << QByteArray("a \"b\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QByteArray("a\\\\b");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QByteArray("a\\nb");
    }

    void escapesHelp()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        QCOMPARE(ProjectionMetrics::escapeHelp(text), escaped);
    }

    void statusJsonHasEveryField_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("secret");
        QTest::newRow("sqlite file") << QStringLiteral("/data/events.sqlite")
                                     << QStringLiteral("/data/events.sqlite") << QString();
        QTest::newRow("URI with a password")
            << QStringLiteral("postgresql://alice:s3cret@db.example:5432/events")
            << QStringLiteral("postgresql://alice@db.example:5432/events") << QStringLiteral("s3cret");
        QTest::newRow("conninfo with a password")
            << QStringLiteral("host=db dbname=events password='p w'")
            << QStringLiteral("host=db dbname=events") << QStringLiteral("p w");
        QTest::newRow("URI with a password parameter")
            << QStringLiteral("postgresql://db/events?password=hunter2&sslmode=require")
            << QStringLiteral("postgresql://db/events?sslmode=require") << QStringLiteral("hunter2");
    }

    void statusJsonHasEveryField()
    {
        QFETCH(QString, address);
        QFETCH(QString, shown);
        QFETCH(QString, secret);
        const QList<ProjectionStatus> projections{status("question-stats", 100, 260, 12.5, 3),
                                                  status("student-progress", 0, 260, -1)};
        ServeFacts facts;
        facts.storeAddress = address;
        facts.backend = QStringLiteral("postgresql");
        facts.version = QStringLiteral("9.8.7");
        facts.startedAtUs = 1767225600000000; // 2026-01-01T00:00:00Z
        facts.uptimeSeconds = 61.5;
        facts.eventsApplied = {{QStringLiteral("question-stats"), 77},
                               {QStringLiteral("student-progress"), 0}};

        const QJsonDocument doc = ProjectionMetrics::statusJson(projections, facts);
        const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
        if (!secret.isEmpty())
            QVERIFY2(!bytes.contains(secret.toUtf8()), bytes.constData());
        // What a client reads: the text parsed again.
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value("store").toString(), shown);
        QCOMPARE(root.value("backend").toString(), QStringLiteral("postgresql"));
        QCOMPARE(root.value("version").toString(), QStringLiteral("9.8.7"));
        QCOMPARE(root.value("started_at").toString(), QStringLiteral("2026-01-01T00:00:00.000000Z"));
        QCOMPARE(root.value("uptime_seconds").toDouble(), 61.5);
        QCOMPARE(root.value("healthy").toBool(), true);
        QVERIFY(root.value("error").isNull());
        QCOMPARE(root.value("head").toInteger(), qint64(260));
        const QJsonArray list = root.value("projections").toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list[0].toObject();
        QCOMPARE(first.value("name").toString(), QStringLiteral("question-stats"));
        QCOMPARE(first.value("state").toString(), QStringLiteral("behind"));
        QCOMPARE(first.value("code_version").toString(), QStringLiteral("abc123"));
        QCOMPARE(first.value("checkpoint").toInteger(), qint64(100));
        QCOMPARE(first.value("head").toInteger(), qint64(260));
        QCOMPARE(first.value("lag_events").toInteger(), qint64(160));
        QCOMPARE(first.value("lag_seconds").toDouble(), 12.5);
        QCOMPARE(first.value("events_applied").toInteger(), qint64(77));
        QCOMPARE(first.value("events_per_second").toInteger(), qint64(1234));
        QCOMPARE(first.value("parked").toInteger(), qint64(3));
        const QJsonObject second = list[1].toObject();
        QCOMPARE(second.value("name").toString(), QStringLiteral("student-progress"));
        QVERIFY2(second.value("lag_seconds").isNull(), "an unknown lag in seconds is null, not -1");
        QCOMPARE(second.value("events_applied").toInteger(), qint64(0));
        QCOMPARE(second.keys(), first.keys());
    }

    void statusJsonReportsAFailingStore()
    {
        ServeFacts facts;
        facts.storeAddress = QStringLiteral("events.sqlite");
        facts.storeError = QStringLiteral("database is locked");
        const QJsonObject root = ProjectionMetrics::statusJson({}, facts).object();
        QCOMPARE(root.value("healthy").toBool(), false);
        QCOMPARE(root.value("error").toString(), QStringLiteral("database is locked"));
        QCOMPARE(root.value("head").toInteger(), qint64(0));
        QVERIFY(root.value("projections").toArray().isEmpty());
    }

    // The projections view reads serve's /status back: every field it shows survives the trip.
    void statusJsonReadsBack()
    {
        ProjectionStatus a;
        a.name = "question-stats";
        a.state = ProjectionStatus::State::Behind;
        a.codeVersion = "abc123";
        a.checkpoint = 90;
        a.head = 100;
        a.lagEvents = 10;
        a.lagSeconds = 2.5;
        a.eventsPerSecond = 4000;
        a.parked = 3;
        ProjectionStatus b = a;
        b.name = "student-progress";
        b.state = ProjectionStatus::State::CaughtUp;
        b.checkpoint = 100;
        b.lagEvents = 0;
        b.lagSeconds = -1; // unknown: null in the JSON
        ServeFacts facts;
        facts.storeAddress = "postgresql://rewind:secret@db/platform";
        facts.version = "0.1.0";
        facts.storeError = "connection lost";
        const QByteArray json = ProjectionMetrics::statusJson({a, b}, facts).toJson();
        QString error;
        const auto status = ProjectionMetrics::parseStatusJson(json, &error);
        QVERIFY2(status, qPrintable(error));
        QCOMPARE(status->version, QString("0.1.0"));
        QVERIFY(!status->healthy);
        QCOMPARE(status->error, QString("connection lost"));
        QVERIFY(!status->store.contains("secret"));
        QCOMPARE(status->projections.size(), 2);
        const ProjectionStatus& p = status->projections[0];
        QCOMPARE(p.name, a.name);
        QCOMPARE(p.state, a.state);
        QCOMPARE(p.codeVersion, a.codeVersion);
        QCOMPARE(p.checkpoint, a.checkpoint);
        QCOMPARE(p.head, a.head);
        QCOMPARE(p.lagEvents, a.lagEvents);
        QCOMPARE(p.lagSeconds, a.lagSeconds);
        QCOMPARE(p.eventsPerSecond, a.eventsPerSecond);
        QCOMPARE(p.parked, a.parked);
        QCOMPARE(status->projections[1].state, ProjectionStatus::State::CaughtUp);
        QCOMPARE(status->projections[1].lagSeconds, -1.0);
    }

    void statusJsonRejectsOtherDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("<html>hello</html>");
        QTest::newRow("truncated") << QByteArray("{\"healthy\": true, \"projections\": [");
        QTest::newRow("another program") << QByteArray("{\"status\": \"ok\"}");
        QTest::newRow("projection without a name")
            << QByteArray("{\"healthy\": true, \"projections\": [{\"checkpoint\": 1}]}");
    }
    void statusJsonRejectsOtherDocuments()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!ProjectionMetrics::parseStatusJson(json, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectionMetrics)
#include "TestProjectionMetrics.moc"
