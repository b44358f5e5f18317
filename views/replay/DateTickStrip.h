#pragma once

#include "StreamOutline.h"

#include <QPointer>
#include <QWidget>

class QSlider;

namespace Rewind {

// Date ticks painted under a slider over a stream's positions: calendar boundaries (hours, days,
// weeks, months, as many as fit) placed at the positions where the stream crosses them, found
// between the outline's sampled times. Lines up with the slider it is given, whatever the style.
class DateTickStrip : public QWidget
{
    Q_OBJECT
public:
    explicit DateTickStrip(QSlider* slider, QWidget* parent = nullptr);

    void setSamples(const QList<StreamOutline::Sample>& samples);
    void clear() { setSamples({}); }

    struct Tick
    {
        qint64 position = 0;
        QString label;
    };
    // The ticks for the current samples and a strip `width` pixels wide (for tests and painting).
    QList<Tick> ticks(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int xForPosition(qint64 position) const;
    qint64 positionAtTime(qint64 timeUs) const;

    QPointer<QSlider> m_slider;
    QList<StreamOutline::Sample> m_samples;
};

} // namespace Rewind
