#include "DateTickStrip.h"

#include <QDateTime>
#include <QPainter>
#include <QSlider>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTimeZone>

#include <array>

namespace Rewind {

namespace {

constexpr qint64 MinuteUs = 60LL * 1000 * 1000;
constexpr qint64 HourUs = 60 * MinuteUs;
constexpr qint64 DayUs = 24 * HourUs;
constexpr int LabelSpacing = 84; // pixels a label needs, with air

enum class Unit
{
    Fixed, // a fixed number of microseconds, aligned on the epoch (UTC)
    Week,  // Mondays
    Month, // first days of months
    Year
};

struct Step
{
    Unit unit;
    qint64 size; // microseconds for Fixed; months for Month; years for Year
    qint64 approxUs;
};

constexpr std::array<Step, 16> Steps{{
    {Unit::Fixed, MinuteUs, MinuteUs},
    {Unit::Fixed, 5 * MinuteUs, 5 * MinuteUs},
    {Unit::Fixed, 15 * MinuteUs, 15 * MinuteUs},
    {Unit::Fixed, HourUs, HourUs},
    {Unit::Fixed, 3 * HourUs, 3 * HourUs},
    {Unit::Fixed, 6 * HourUs, 6 * HourUs},
    {Unit::Fixed, 12 * HourUs, 12 * HourUs},
    {Unit::Fixed, DayUs, DayUs},
    {Unit::Fixed, 2 * DayUs, 2 * DayUs},
    {Unit::Week, 1, 7 * DayUs},
    {Unit::Week, 2, 14 * DayUs},
    {Unit::Month, 1, 30 * DayUs},
    {Unit::Month, 3, 91 * DayUs},
    {Unit::Month, 6, 182 * DayUs},
    {Unit::Year, 1, 365 * DayUs},
    {Unit::Year, 5, 5 * 365 * DayUs},
}};

QDateTime utc(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc());
}

qint64 usOf(const QDateTime& t)
{
    return t.toMSecsSinceEpoch() * 1000;
}

QString labelFor(qint64 us, const Step& step)
{
    const QDateTime t = utc(us);
    if (step.unit == Unit::Year)
        return t.toString(QStringLiteral("yyyy"));
    if (step.unit == Unit::Month)
        return t.toString(QStringLiteral("MMM yyyy"));
    if (step.unit == Unit::Week || step.size >= DayUs)
        return t.toString(QStringLiteral("ddd d MMM"));
    // Within a day the time is enough, except where a new day starts.
    if (us % DayUs == 0)
        return t.toString(QStringLiteral("d MMM"));
    return t.toString(QStringLiteral("HH:mm"));
}

// The first boundary of `step` strictly after `us`, then each next one.
qint64 nextBoundary(qint64 us, const Step& step)
{
    switch (step.unit) {
    case Unit::Fixed: {
        qint64 b = us - ((us % step.size) + step.size) % step.size; // floor, also before 1970
        return b + step.size;
    }
    case Unit::Week: {
        QDate d = utc(us).date().addDays(1);
        while (d.dayOfWeek() != Qt::Monday)
            d = d.addDays(1);
        // Every other Monday for two-week steps, counted from a fixed Monday so ticks never jump.
        if (step.size == 2 && (QDate(2024, 1, 1).daysTo(d) / 7) % 2 != 0)
            d = d.addDays(7);
        return usOf(d.startOfDay(QTimeZone::utc()));
    }
    case Unit::Month: {
        const QDate d = utc(us).date();
        int month = (d.month() - 1) / int(step.size) * int(step.size) + 1; // aligned quarter / half
        QDate b(d.year(), month, 1);
        while (usOf(b.startOfDay(QTimeZone::utc())) <= us)
            b = b.addMonths(int(step.size));
        return usOf(b.startOfDay(QTimeZone::utc()));
    }
    case Unit::Year: {
        const QDate d = utc(us).date();
        QDate b(d.year() - d.year() % int(step.size), 1, 1);
        while (usOf(b.startOfDay(QTimeZone::utc())) <= us)
            b = b.addYears(int(step.size));
        return usOf(b.startOfDay(QTimeZone::utc()));
    }
    }
    return us + DayUs;
}

} // namespace

DateTickStrip::DateTickStrip(QSlider* slider, QWidget* parent) : QWidget(parent), m_slider(slider)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DateTickStrip::setSamples(const QList<StreamOutline::Sample>& samples)
{
    m_samples = samples;
    update();
}

QSize DateTickStrip::sizeHint() const
{
    return {200, fontMetrics().height() + 8};
}

QSize DateTickStrip::minimumSizeHint() const
{
    return {50, fontMetrics().height() + 8};
}

qint64 DateTickStrip::positionAtTime(qint64 timeUs) const
{
    // Times between two samples are spread evenly over the positions between them.
    for (qsizetype i = 1; i < m_samples.size(); ++i) {
        const auto& a = m_samples[i - 1];
        const auto& b = m_samples[i];
        if (timeUs > b.timeUs)
            continue;
        if (b.timeUs <= a.timeUs)
            return b.position;
        return a.position + (b.position - a.position) * (timeUs - a.timeUs) / (b.timeUs - a.timeUs);
    }
    return m_samples.isEmpty() ? 0 : m_samples.last().position;
}

QList<DateTickStrip::Tick> DateTickStrip::ticks(int width) const
{
    QList<Tick> out;
    if (m_samples.size() < 2 || width <= 0)
        return out;
    const qint64 first = m_samples.first().timeUs;
    const qint64 last = m_samples.last().timeUs;
    if (last <= first)
        return out;
    const qint64 room = std::max(1, width / LabelSpacing);
    const Step* chosen = &Steps.back();
    for (const Step& step : Steps) {
        if ((last - first) / step.approxUs <= room) {
            chosen = &step;
            break;
        }
    }
    for (qint64 t = nextBoundary(first - 1, *chosen); t <= last && out.size() <= room + 2;
         t = nextBoundary(t, *chosen))
        out.append({positionAtTime(t), labelFor(t, *chosen)});
    return out;
}

int DateTickStrip::xForPosition(qint64 position) const
{
    if (!m_slider)
        return 0;
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = m_slider->orientation();
    option.minimum = m_slider->minimum();
    option.maximum = m_slider->maximum();
    option.sliderPosition = m_slider->sliderPosition();
    option.sliderValue = m_slider->value();
    option.rect = m_slider->rect();
    const QRect groove =
        m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, m_slider);
    const QRect handle =
        m_slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, m_slider);
    const int span = groove.width() - handle.width();
    const int x = groove.x() + handle.width() / 2 +
                  QStyle::sliderPositionFromValue(option.minimum, option.maximum, int(position), span);
    return m_slider->mapTo(parentWidget(), QPoint(x, 0)).x() - this->x();
}

void DateTickStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QColor line = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::WindowText);
    int freeFrom = std::numeric_limits<int>::min();
    for (const Tick& tick : ticks(width())) {
        const int x = xForPosition(tick.position);
        painter.setPen(line);
        painter.drawLine(x, 0, x, 4);
        const int w = fontMetrics().horizontalAdvance(tick.label);
        const int left = std::clamp(x - w / 2, 0, std::max(0, width() - w));
        if (left < freeFrom)
            continue; // would overlap the label before it
        painter.setPen(text);
        painter.drawText(QRect(left, 5, w, height() - 5), Qt::AlignLeft | Qt::AlignTop, tick.label);
        freeFrom = left + w + 8;
    }
}

} // namespace Rewind
