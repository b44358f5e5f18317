#include "ProgressMeter.h"

namespace Rewind::Cli {

ProgressMeter::ProgressMeter(const CliContext& context, QString label, qint64 total)
    : m_context(context), m_label(std::move(label)), m_total(total)
{
    m_clock.start();
}

ProgressMeter::~ProgressMeter()
{
    finish();
}

void ProgressMeter::update(qint64 done)
{
    if (!m_context.errIsTerminal)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < 500 || (m_lastDrawMs >= 0 && now - m_lastDrawMs < 200))
        return;
    m_lastDrawMs = now;
    const double rate = now > 0 ? done * 1000.0 / now : 0;
    QString line = m_total > 0 ? QStringLiteral("\r%1: %2 of %3 (%4%), %5/s   ")
                                     .arg(m_label)
                                     .arg(done)
                                     .arg(m_total)
                                     .arg(done * 100 / m_total)
                                     .arg(qint64(rate))
                               : QStringLiteral("\r%1: %2, %3/s   ").arg(m_label).arg(done).arg(qint64(rate));
    const QByteArray utf8 = line.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), m_context.err);
    std::fflush(m_context.err);
    m_drawn = true;
}

void ProgressMeter::finish()
{
    if (m_drawn) {
        std::fputs("\r\033[K", m_context.err);
        std::fflush(m_context.err);
        m_drawn = false;
    }
}

} // namespace Rewind::Cli
