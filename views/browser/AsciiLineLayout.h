#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QRawFont>
#include <QStringView>

#include <array>

namespace Rewind {

// Lays out one line of printable ASCII text (and the ellipsis, which ends truncated previews and
// placeholders) in one font, cut to a width with an ellipsis, as a
// glyph run: the glyph and advance of each character are looked up once per font, where
// QPainter::drawText itemizes, shapes and lays out every text it is given. On the event table,
// whose cells are numbers, times, stream names and ASCII JSON, that shaping was most of a paint.
// Text in any other script, or a font without all those glyphs, is left to QPainter.
class AsciiLineLayout
{
public:
    struct Line
    {
        QGlyphRun run; // positions from x = 0 on the baseline
        qreal width = 0;
        bool elided = false;
    };

    // False when the font lacks a glyph for a printable ASCII character or for the ellipsis.
    bool setFont(const QFont& font);
    // The font's, as QPainter places a line of it.
    qreal ascent() const { return m_raw.ascent(); }
    qreal descent() const { return m_raw.descent(); }

    // `text` as it fits in `width`, its end replaced by an ellipsis where it does not; false when
    // `text` holds anything but printable ASCII and ellipses (then `line` is left as it was).
    bool layOut(QStringView text, qreal width, Line* line) const;

private:
    static constexpr char16_t First = 0x20;
    static constexpr char16_t End = 0x7f;
    static constexpr char16_t Ellipsis = 0x2026;
    static constexpr int Glyphs = End - First + 1; // the printable characters and the ellipsis
    static constexpr int EllipsisSlot = Glyphs - 1;

    // A character's place in the tables, or -1 for one not in them.
    static int slotOf(QChar c)
    {
        const char16_t u = c.unicode();
        return u >= First && u < End ? u - First : u == Ellipsis ? EllipsisSlot : -1;
    }
    // How much `next` following `slot` moves closer (or away), asked of the font once per pair:
    // asking QRawFont for a line's kerned advances looked every glyph up again, per cell.
    qreal kerning(int slot, int next) const;

    QFont m_font;
    QRawFont m_raw;
    bool m_usable = false;
    bool m_loaded = false;
    std::array<quint32, Glyphs> m_glyph{};
    std::array<qreal, Glyphs> m_advance{};
    mutable std::array<float, Glyphs * Glyphs> m_kerning{}; // NaN where not asked yet
};

} // namespace Rewind
