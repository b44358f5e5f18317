#include "PlainTextCellDelegate.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QStyle>

namespace Rewind {

void PlainTextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Left to the style: what this class does not draw (icons, check boxes, wrapped text); what the
    // style places by the text's rectangle, which only it lays out (the focus frame, and the
    // highlight of a selected item whose style highlights its text rather than the whole cell);
    // and anything under a style sheet, which may move the text. One cell in a view has the focus.
    const bool highlightsTextOnly = (opt.state & QStyle::State_Selected) && !opt.showDecorationSelected;
    if (highlightsTextOnly || (opt.state & QStyle::State_HasFocus) ||
        (widget && widget->testAttribute(Qt::WA_StyleSheet)) ||
        (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
                         QStyleOptionViewItem::WrapText))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style draws the background and the selection; the text is drawn here. Most cells of a
    // table have neither, and the style would lay the item out (three rectangles) only to draw
    // nothing: a sixth of a page's paint.
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const bool bare = !(opt.state & (QStyle::State_Selected | QStyle::State_MouseOver)) &&
                      !(opt.features & QStyleOptionViewItem::Alternate) &&
                      opt.backgroundBrush.style() == Qt::NoBrush;
    if (!bare)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same margin the common style leaves on each side of an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    // One line per row: a text of several shows its first, marked as cut short. The delegate's
    // displayText has already turned newlines into line separators.
    QString line = text;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QChar::LineSeparator || line.at(i) == QLatin1Char('\n')) {
            line = line.left(i) + QChar(0x2026);
            break;
        }
    }
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    // Glyph runs only on screen: a PDF or printer engine keeps text it is given as text, so that
    // it can be searched and copied, and a glyph run carries none.
    AsciiLineLayout::Line glyphs;
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster &&
        opt.direction == Qt::LeftToRight && opt.textElideMode == Qt::ElideRight &&
        m_ascii.setFont(painter->font()) && m_ascii.layOut(line, textRect.width(), &glyphs)) {
        const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;
        qreal x = textRect.left();
        if (horizontal & Qt::AlignRight)
            x += textRect.width() - glyphs.width;
        else if (horizontal & Qt::AlignHCenter)
            x += (textRect.width() - glyphs.width) / 2;
        // Where QPainter::drawText puts the baseline of a single line in the rectangle.
        const qreal lineHeight = m_ascii.ascent() + m_ascii.descent();
        qreal top = textRect.top();
        if (opt.displayAlignment & Qt::AlignBottom)
            top += textRect.height() - lineHeight;
        else if (opt.displayAlignment & Qt::AlignVCenter)
            top += (textRect.height() - lineHeight) / 2;
        painter->drawGlyphRun(QPointF(x, top + m_ascii.ascent()), glyphs.run);
    } else {
        line = opt.fontMetrics.elidedText(line, opt.textElideMode, textRect.width());
        painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine, line);
    }
    painter->restore();
}

} // namespace Rewind
