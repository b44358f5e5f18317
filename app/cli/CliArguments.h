#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rewind::Cli {

// The arguments of one command: options that take a value, flags, and positionals, checked against
// what the command declares so that a typo is a usage error (exit 1) instead of being ignored.
class CliArguments
{
public:
    CliArguments(const QStringList& args, const QStringList& valueOptions, const QStringList& flags = {},
                 const QStringList& repeatableOptions = {});

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    const QStringList& positionals() const { return m_positionals; }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option) const { return m_values.value(option).value(0); }
    QStringList values(const QString& option) const { return m_values.value(option); }

    // Parses an integer option; returns nullopt and sets error() when present but malformed.
    std::optional<qint64> integer(const QString& option, qint64 fallback, qint64 min, qint64 max);

private:
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positionals;
    QString m_error;
};

} // namespace Rewind::Cli
