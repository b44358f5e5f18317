#pragma once

#include "AsciiLineLayout.h"

#include <QStyledItemDelegate>

namespace Rewind {

// Paints a cell of one line of plain text, as QStyledItemDelegate would, at a fraction of the cost.
// The style's item drawing measures the whole text, lays it out, elides it and lays the elided text
// out again; on a table of long JSON previews that was most of a paint, and a paint of a full page
// took 20 ms of the 50 a UI stall may last (`rewind bench gui`, EventDispatchTrace). Here a cell of
// printable ASCII, painted on screen, is drawn as a glyph run without shaping (AsciiLineLayout);
// other text takes one text layout. Cells with an icon, a check box or wrapping text are left to
// the style.
class PlainTextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    mutable AsciiLineLayout m_ascii;
};

} // namespace Rewind
