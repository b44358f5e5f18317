#include "AsciiLineLayout.h"

#include <QFontDatabase>
#include <QList>
#include <QPointF>
#include <QVarLengthArray>

#include <cmath>
#include <limits>

namespace Rewind {

bool AsciiLineLayout::setFont(const QFont& font)
{
    if (m_loaded && font == m_font)
        return m_usable;
    m_font = font;
    m_loaded = true;
    m_usable = false;
    m_kerning.fill(std::numeric_limits<float>::quiet_NaN());
    // The font engine QPainter would draw these characters with: Latin text takes the first
    // engine of the font's fallback list.
    m_raw = QRawFont::fromFont(font, QFontDatabase::Latin);
    if (!m_raw.isValid())
        return false;
    QString all;
    for (char16_t c = First; c < End; ++c)
        all.append(QChar(c));
    all.append(QChar(Ellipsis));
    const QList<quint32> glyphs = m_raw.glyphIndexesForString(all);
    if (glyphs.size() != Glyphs || glyphs.contains(0u))
        return false;
    const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(glyphs);
    for (int slot = 0; slot < Glyphs; ++slot) {
        m_glyph[slot] = glyphs.at(slot);
        m_advance[slot] = advances.at(slot).x();
    }
    m_usable = true;
    return true;
}

qreal AsciiLineLayout::kerning(int slot, int next) const
{
    float& known = m_kerning[slot * Glyphs + next];
    if (std::isnan(known)) {
        const quint32 pair[2] = {m_glyph[slot], m_glyph[next]};
        QPointF kerned[2];
        m_raw.advancesForGlyphIndexes(pair, kerned, 2, QRawFont::KernedAdvances);
        known = float(kerned[0].x() - m_advance[slot]);
    }
    return known;
}

bool AsciiLineLayout::layOut(QStringView text, qreal width, Line* line) const
{
    if (!m_usable)
        return false;
    const qreal ellipsisAdvance = m_advance[EllipsisSlot];
    // Only as much of a long text is looked at as could show: kerning moves a glyph by a pixel or
    // two, never by a fifth of the line.
    const qreal enough = width * 1.25 + 4 * ellipsisAdvance;
    // On the stack: this runs for every cell of every paint, and a cell rarely shows 256 glyphs.
    QVarLengthArray<int, 256> chars;
    qreal rough = 0;
    qsizetype taken = 0;
    for (; taken < text.size() && rough <= enough; ++taken) {
        const int slot = slotOf(text.at(taken));
        if (slot < 0)
            return false;
        chars.append(slot);
        rough += m_advance[slot];
    }
    for (qsizetype i = taken; i < text.size(); ++i) {
        if (slotOf(text.at(i)) < 0)
            return false;
    }

    // Where each glyph starts, and where the next would, kerning included as QPainter applies it.
    QVarLengthArray<qreal, 257> starts(chars.size() + 1);
    qreal x = 0;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        starts[i] = x;
        x += m_advance[chars.at(i)];
        if (i + 1 < chars.size())
            x += kerning(chars.at(i), chars.at(i + 1));
        else if (taken < text.size())
            x += kerning(chars.at(i), slotOf(text.at(taken)));
    }
    starts[chars.size()] = x;
    const bool whole = taken == text.size();
    if (!whole && x <= width)
        return false; // kerning shrank the part looked at beyond belief; let QPainter measure

    QList<quint32> glyphs;
    QList<QPointF> positions;
    if (whole && x <= width) {
        glyphs.reserve(chars.size());
        positions.reserve(chars.size());
        for (qsizetype i = 0; i < chars.size(); ++i) {
            glyphs.append(m_glyph[chars.at(i)]);
            positions.append(QPointF(starts.at(i), 0));
        }
        line->run.setRawFont(m_raw);
        line->run.setGlyphIndexes(glyphs);
        line->run.setPositions(positions);
        line->width = x;
        line->elided = false;
        return true;
    }
    if (ellipsisAdvance > width) {
        // Not even the ellipsis fits: nothing is shown, as QFontMetrics::elidedText shows nothing.
        line->run = QGlyphRun();
        line->width = 0;
        line->elided = true;
        return true;
    }
    // The longest start that leaves room for the ellipsis, as QFontMetrics::elidedText keeps.
    qsizetype kept = 0;
    while (kept < chars.size() && starts.at(kept + 1) + ellipsisAdvance <= width)
        ++kept;
    glyphs.reserve(kept + 1);
    positions.reserve(kept + 1);
    for (qsizetype i = 0; i < kept; ++i) {
        glyphs.append(m_glyph[chars.at(i)]);
        positions.append(QPointF(starts.at(i), 0));
    }
    const qreal ellipsisX = kept > 0 ? starts.at(kept - 1) + m_advance[chars.at(kept - 1)] +
                                           kerning(chars.at(kept - 1), EllipsisSlot)
                                     : 0;
    glyphs.append(m_glyph[EllipsisSlot]);
    positions.append(QPointF(ellipsisX, 0));
    line->run.setRawFont(m_raw);
    line->run.setGlyphIndexes(glyphs);
    line->run.setPositions(positions);
    line->width = ellipsisX + ellipsisAdvance;
    line->elided = true;
    return true;
}

} // namespace Rewind
