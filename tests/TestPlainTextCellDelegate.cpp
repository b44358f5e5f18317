#include "PlainTextCellDelegate.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Rewind;

namespace {

// A paint device that draws nothing and keeps the text the painter was asked to draw, with the pen
// it was drawn in: what a reader sees in the cell, without comparing pixels.
class TextRecordingEngine : public QPaintEngine
{
public:
    TextRecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState& state) override
    {
        if (state.state() & QPaintEngine::DirtyPen)
            m_pen = state.pen();
    }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath&) override {}
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
    void drawRects(const QRectF*, int) override {}
    void drawLines(const QLineF*, int) override {}
    void drawTextItem(const QPointF&, const QTextItem& item) override
    {
        texts.append(item.text());
        colors.append(m_pen.color());
    }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
    QList<QColor> colors;

private:
    QPen m_pen;
};

class TextRecordingDevice : public QPaintDevice
{
public:
    QPaintEngine* paintEngine() const override { return &engine; }
    mutable TextRecordingEngine engine;

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 2000;
        case PdmHeight:
            return 100;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }
};

} // namespace

class TestPlainTextCellDelegate : public QObject
{
    Q_OBJECT

private:
    // The option a table gives its delegate for a cell of `width` in row 0, column 0.
    static QStyleOptionViewItem cellOption(const QTableView& view, int width, bool selected)
    {
        QStyleOptionViewItem option;
        option.widget = &view;
        option.rect = QRect(0, 0, width, view.fontMetrics().height() + 6);
        option.font = view.font();
        option.fontMetrics = view.fontMetrics();
        option.palette = view.palette();
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        if (selected)
            option.state |= QStyle::State_Selected;
        option.textElideMode = Qt::ElideRight;
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.showDecorationSelected = true; // as QTableView sets it
        return option;
    }

    // Paints row 0, column 0 of `view` into a recording device and returns what was drawn.
    static TextRecordingEngine* paintCell(QTableView& view, TextRecordingDevice& device, int width,
                                          bool selected)
    {
        QPainter painter(&device);
        view.itemDelegate()->paint(&painter, cellOption(view, width, selected), view.model()->index(0, 0));
        return &device.engine;
    }

    // Paints row 0, column 0 of `view` with `delegate` into an image, as on screen.
    static QImage paintImage(QTableView& view, QAbstractItemDelegate* delegate, int width, bool selected,
                             Qt::Alignment alignment, bool wholeCellSelected, QStyle::State extraState = {},
                             QStyleOptionViewItem::ViewItemFeatures features = {})
    {
        QStyleOptionViewItem option = cellOption(view, width, selected);
        option.displayAlignment = alignment;
        option.showDecorationSelected = wholeCellSelected;
        option.state |= extraState;
        option.features = features;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate->paint(&painter, option, view.model()->index(0, 0));
        return image;
    }

    static int differingPixels(const QImage& drawn, const QImage& expected)
    {
        int differing = 0;
        for (int y = 0; y < drawn.height(); ++y)
            for (int x = 0; x < drawn.width(); ++x)
                differing += drawn.pixel(x, y) != expected.pixel(x, y);
        return differing;
    }

private slots:
    // On screen, ASCII text takes a faster path (glyph runs); it must not show.
    void paintsOnScreenWhatTheStyleWould_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<bool>("wholeCellSelected");
        const QString json = QStringLiteral(R"({"questionId":"564","answer":"beantwoord","attempt":3})");
        const int left = Qt::AlignLeft | Qt::AlignVCenter;
        QTest::newRow("fits") << json << 1500 << false << left << true;
        QTest::newRow("elided") << json << 150 << false << left << true;
        QTest::newRow("long preview, elided") << QString(json).repeated(4) << 611 << false << left << true;
        // A table highlights the whole cell; a list in some styles only the text.
        QTest::newRow("selected, as in a table") << json << 1500 << true << left << true;
        QTest::newRow("selected, text only") << json << 1500 << true << left << false;
        QTest::newRow("selected, elided, text only") << json << 150 << true << left << false;
        QTest::newRow("number, right")
            << QStringLiteral("10162508") << 120 << false << int(Qt::AlignRight | Qt::AlignVCenter) << true;
        QTest::newRow("number, right, elided")
            << QStringLiteral("10162508") << 30 << false << int(Qt::AlignRight | Qt::AlignVCenter) << true;
        QTest::newRow("centred") << QStringLiteral("QuizFailed") << 200 << false << int(Qt::AlignCenter)
                                 << true;
        QTest::newRow("top") << QStringLiteral("QuizFailed") << 200 << false
                             << int(Qt::AlignLeft | Qt::AlignTop) << true;
        QTest::newRow("bottom") << QStringLiteral("QuizFailed") << 200 << false
                                << int(Qt::AlignLeft | Qt::AlignBottom) << true;
        QTest::newRow("kerning pairs")
            << QStringLiteral("AVATAR Tea, WAVY To. LT P. Yo Vy") << 1500 << false << left << true;
        QTest::newRow("not ASCII") << QStringLiteral("Vraag één: ümlaut") << 1500 << false << left << true;
        QTest::newRow("not ASCII, selected")
            << QStringLiteral("Vraag één: ümlaut") << 1500 << true << left << true;
        QTest::newRow("narrower than an ellipsis") << json << 3 << false << left << true;
        QTest::newRow("placeholder") << QStringLiteral("loading…") << 200 << false << left << true;
        QTest::newRow("preview cut short by the model")
            << json + QChar(0x2026) << 1500 << false << left << true;
        QTest::newRow("preview cut short, elided") << json + QChar(0x2026) << 200 << false << left << true;
    }

    void paintsOnScreenWhatTheStyleWould()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, selected);
        QFETCH(int, alignment);
        QFETCH(bool, wholeCellSelected);
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), text);
        QTableView view;
        view.setModel(&model);
        PlainTextCellDelegate fast;
        QStyledItemDelegate style;
        const QImage drawn =
            paintImage(view, &fast, width, selected, Qt::Alignment(alignment), wholeCellSelected);
        const QImage expected =
            paintImage(view, &style, width, selected, Qt::Alignment(alignment), wholeCellSelected);
        const int differing = differingPixels(drawn, expected);
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    // Cells the style would draw nothing for are not given to it; any other is.
    void leavesBackgroundsAndFocusToTheStyle_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("features");
        QTest::addColumn<bool>("background");
        QTest::addColumn<bool>("styleSheet");
        QTest::newRow("bare") << 0 << 0 << false << false;
        QTest::newRow("focus") << int(QStyle::State_HasFocus) << 0 << false << false;
        QTest::newRow("selected") << int(QStyle::State_Selected) << 0 << false << false;
        QTest::newRow("background from the model") << 0 << 0 << true << false;
        QTest::newRow("style sheet") << 0 << 0 << false << true;
    }

    void leavesBackgroundsAndFocusToTheStyle()
    {
        QFETCH(int, state);
        QFETCH(int, features);
        QFETCH(bool, background);
        QFETCH(bool, styleSheet);
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral(R"({"questionId":"564"})"));
        if (background)
            model.setData(model.index(0, 0), QBrush(QColor(255, 240, 200)), Qt::BackgroundRole);
        QTableView view;
        view.setModel(&model);
        if (styleSheet)
            view.setStyleSheet(
                QStringLiteral("QTableView::item { background: #c0ffc0; border: 1px solid red; }"));
        view.ensurePolished();
        QVERIFY(view.testAttribute(Qt::WA_StyleSheet) == styleSheet);
        PlainTextCellDelegate fast;
        QStyledItemDelegate style;
        const int alignment = Qt::AlignLeft | Qt::AlignVCenter;
        const QImage drawn =
            paintImage(view, &fast, 300, false, Qt::Alignment(alignment), true, QStyle::State(state),
                       QStyleOptionViewItem::ViewItemFeatures(features));
        const QImage expected =
            paintImage(view, &style, 300, false, Qt::Alignment(alignment), true, QStyle::State(state),
                       QStyleOptionViewItem::ViewItemFeatures(features));
        const int differing = differingPixels(drawn, expected);
        QVERIFY2(differing == 0, qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
        // Each row but the bare one draws something besides the text (or the test could not see a
        // style call left out): it differs from the bare cell.
        QStandardItemModel bareModel(1, 1);
        bareModel.setData(bareModel.index(0, 0), model.data(model.index(0, 0)));
        QTableView bareView;
        bareView.setModel(&bareModel);
        const QImage bare = paintImage(bareView, &style, 300, false, Qt::Alignment(alignment), true);
        QCOMPARE(bare != expected, bool(state || features || background || styleSheet));
    }

    void drawsWhatFitsAndElidesTheRest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("elided");
        const QString json = QStringLiteral(R"({"questionId":"564","answer":"beantwoord","attempt":3})");
        QTest::newRow("fits") << json << 1500 << false;
        QTest::newRow("too wide") << json << 120 << true;
        QTest::newRow("long preview") << QString(json).repeated(4) << 600 << true;
        QTest::newRow("accents and CJK") << QStringLiteral("Vraag één: 漢字 en ümlaut") << 1500 << false;
        QTest::newRow("a second line is not shown")
            << QStringLiteral("first line\nsecond line") << 1500 << true;
    }

    void drawsWhatFitsAndElidesTheRest()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, elided);
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), text);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new PlainTextCellDelegate(&view));
        TextRecordingDevice device;
        const TextRecordingEngine* engine = paintCell(view, device, width, false);

        // A line in several scripts may be drawn as several runs, one per font.
        QVERIFY(!engine->texts.isEmpty());
        const QString drawn = engine->texts.join(QString());
        QVERIFY(!drawn.contains(QLatin1Char('\n')));
        if (!elided) {
            QCOMPARE(drawn, text);
            return;
        }
        QVERIFY2(drawn.endsWith(QChar(0x2026)), qPrintable(drawn));
        const QString kept = drawn.chopped(1);
        QVERIFY2(!kept.isEmpty() && text.startsWith(kept), qPrintable(drawn));
        QVERIFY2(view.fontMetrics().horizontalAdvance(drawn) <= width, qPrintable(drawn));
    }

    void drawsInTheColoursTheStyleWould()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("loading…"));
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new PlainTextCellDelegate(&view));
        const QColor text = view.palette().color(QPalette::Active, QPalette::Text);
        const QColor highlighted = view.palette().color(QPalette::Active, QPalette::HighlightedText);
        QVERIFY(text != highlighted);

        TextRecordingDevice plain;
        QCOMPARE(paintCell(view, plain, 400, false)->colors, QList<QColor>{text});
        TextRecordingDevice selected;
        QCOMPARE(paintCell(view, selected, 400, true)->colors, QList<QColor>{highlighted});
        // The browser greys out its placeholders through the foreground role.
        model.setData(model.index(0, 0), QBrush(Qt::gray), Qt::ForegroundRole);
        TextRecordingDevice grey;
        QCOMPARE(paintCell(view, grey, 400, false)->colors, QList<QColor>{QColor(Qt::gray)});
    }

    void leavesCellsWithAnIconToTheStyle()
    {
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("with an icon"));
        QPixmap icon(16, 16);
        icon.fill(Qt::red);
        model.setData(model.index(0, 0), icon, Qt::DecorationRole);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new PlainTextCellDelegate(&view));
        TextRecordingDevice device;
        // The style lays the text out beside the icon; it is still drawn, once.
        QCOMPARE(paintCell(view, device, 400, false)->texts, QStringList{QStringLiteral("with an icon")});
    }

    void paintsNothingForAnEmptyCell()
    {
        QStandardItemModel model(1, 1);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new PlainTextCellDelegate(&view));
        TextRecordingDevice device;
        QVERIFY(paintCell(view, device, 400, false)->texts.isEmpty());
    }
};

QTEST_MAIN(TestPlainTextCellDelegate)
#include "TestPlainTextCellDelegate.moc"
