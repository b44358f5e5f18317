#include "AsciiLineLayout.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QTest>

using namespace Rewind;

// The layout must measure text as QPainter would (kerning included), cut it where
// QFontMetrics::elidedText would, and refuse what it cannot lay out rather than draw it wrong.
class TestAsciiLineLayout : public QObject
{
    Q_OBJECT

private:
    static QString text(const AsciiLineLayout::Line& line, const QString& source)
    {
        // Glyphs map back to the source's characters one to one, the last maybe an ellipsis.
        QString shown = source.left(line.run.glyphIndexes().size());
        if (line.elided && !shown.isEmpty())
            shown.back() = QChar(0x2026);
        return shown;
    }

private slots:
    void measuresAsQPainterDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("json") << QStringLiteral(R"({"questionId":"564","answer":"beantwoord","attempt":3})");
        QTest::newRow("kerning pairs") << QStringLiteral("AVATAR Tea, WAVY To. LT P. Yo Vy");
        QTest::newRow("digits") << QStringLiteral("10162508");
        // A placeholder, and a preview the model cut short.
        QTest::newRow("ellipsis") << QStringLiteral("loading") + QChar(0x2026);
        QTest::newRow("ellipsis inside") << QStringLiteral("a") + QChar(0x2026) + QStringLiteral("To") +
                                                QChar(0x2026) + QStringLiteral("b");
        QTest::newRow("time") << QStringLiteral("2026-11-25 10:20:12.345");
        QTest::newRow("stream") << QStringLiteral("quizAttempt-3f6c0f0e-8a45-4c1b-9d5e-0d9a6c2c11aa");
        QTest::newRow("all printable") << [] {
            QString all;
            for (char16_t c = 0x20; c < 0x7f; ++c)
                all.append(QChar(c));
            return all;
        }();
    }

    void measuresAsQPainterDoes()
    {
        QFETCH(QString, text);
        const QFont font = QApplication::font();
        AsciiLineLayout layout;
        QVERIFY(layout.setFont(font));
        AsciiLineLayout::Line line;
        QVERIFY(layout.layOut(text, 100000, &line));
        QVERIFY(!line.elided);
        QCOMPARE(line.run.glyphIndexes().size(), text.size());
        QCOMPARE(line.run.glyphIndexes(), line.run.rawFont().glyphIndexesForString(text));
        // The same advance QPainter's shaping gives the whole text, to a hair.
        QVERIFY2(qAbs(line.width - QFontMetricsF(font).horizontalAdvance(text)) < 0.02,
                 qPrintable(QStringLiteral("%1 against %2")
                                .arg(line.width)
                                .arg(QFontMetricsF(font).horizontalAdvance(text))));
    }

    void elidesAsQFontMetricsDoes_data()
    {
        QTest::addColumn<int>("width");
        for (int width : {0, 4, 9, 15, 31, 64, 100, 137, 250, 399, 512, 777})
            QTest::newRow(qPrintable(QString::number(width))) << width;
    }

    void elidesAsQFontMetricsDoes()
    {
        QFETCH(int, width);
        const QString json = QStringLiteral(
            R"({"questionId":"564","answer":"beantwoord","attempt":3,"studentId":"s-0042","correct":false})");
        const QFont font = QApplication::font();
        AsciiLineLayout layout;
        QVERIFY(layout.setFont(font));
        AsciiLineLayout::Line line;
        QVERIFY(layout.layOut(json, width, &line));
        const QString expected = QFontMetrics(font).elidedText(json, Qt::ElideRight, width);
        QCOMPARE(text(line, json), expected);
        QCOMPARE(line.elided, expected != json);
        QVERIFY(line.width <= width);
        if (!expected.isEmpty())
            QVERIFY2(qAbs(line.width - QFontMetricsF(font).horizontalAdvance(expected)) < 0.02,
                     qPrintable(QStringLiteral("%1 against %2: %3")
                                    .arg(line.width)
                                    .arg(QFontMetricsF(font).horizontalAdvance(expected))
                                    .arg(expected)));
    }

    void leavesOtherTextToQPainter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("accents") << QStringLiteral("Vraag één");
        QTest::newRow("CJK") << QStringLiteral("漢字");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("line separator")
            << QStringLiteral("a") + QChar(QChar::LineSeparator) + QStringLiteral("b");
        // Far beyond the width, so that only the start is measured: the end must still be checked.
        QTest::newRow("non-ASCII past the width") << QString(400, QLatin1Char('x')) + QStringLiteral("é");
    }

    void leavesOtherTextToQPainter()
    {
        QFETCH(QString, text);
        AsciiLineLayout layout;
        QVERIFY(layout.setFont(QApplication::font()));
        AsciiLineLayout::Line line;
        line.width = -1;
        QVERIFY(!layout.layOut(text, 200, &line));
        QCOMPARE(line.width, -1.0);
    }

    void followsAChangeOfFont()
    {
        QFont small = QApplication::font();
        small.setPixelSize(10);
        QFont large = small;
        large.setPixelSize(30);
        AsciiLineLayout layout;
        AsciiLineLayout::Line line;
        QVERIFY(layout.setFont(small));
        QVERIFY(layout.layOut(QStringLiteral("abc"), 1000, &line));
        const qreal smallWidth = line.width;
        QVERIFY(layout.setFont(large));
        QVERIFY(layout.layOut(QStringLiteral("abc"), 1000, &line));
        QVERIFY(line.width > 2 * smallWidth);
        QCOMPARE(line.width, QFontMetricsF(large).horizontalAdvance(QStringLiteral("abc")));
    }
};

QTEST_MAIN(TestAsciiLineLayout)
#include "TestAsciiLineLayout.moc"
