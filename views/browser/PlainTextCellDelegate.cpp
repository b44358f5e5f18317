#include "PlainTextCellDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Rewind {

void PlainTextCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
                        QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    // The style draws the background, selection and focus; the text is drawn here.
    const QString text = opt.text;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
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
    line = opt.fontMetrics.elidedText(line, opt.textElideMode, textRect.width());

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine, line);
    painter->restore();
}

} // namespace Rewind
