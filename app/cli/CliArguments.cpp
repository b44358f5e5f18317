#include "CliArguments.h"

namespace Rewind::Cli {

CliArguments::CliArguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags,
                           const QStringList& repeatableOptions)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        // "-" alone is a positional (standard input); "--" ends the options.
        if (onlyPositionals || !arg.startsWith(QLatin1String("--"))) {
            m_positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const auto eq = arg.indexOf(u'='); eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const QString name = arg.mid(2);
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name) || repeatableOptions.contains(name)) {
            if (!hasInline && i + 1 >= args.size()) {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return;
            }
            if (m_values.contains(name) && !repeatableOptions.contains(name)) {
                m_error = QStringLiteral("option --%1 given twice").arg(name);
                return;
            }
            m_values[name].append(hasInline ? inlineValue : args[++i]);
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

std::optional<qint64> CliArguments::integer(const QString& option, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_values.contains(option))
        return fallback;
    bool ok = false;
    const qint64 v = value(option).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        m_error = QStringLiteral("--%1: must be a whole number from %2 to %3, got '%4'")
                      .arg(option)
                      .arg(min)
                      .arg(max)
                      .arg(value(option));
        return std::nullopt;
    }
    return v;
}

} // namespace Rewind::Cli
