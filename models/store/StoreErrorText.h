#pragma once

#include <QCoreApplication>
#include <QString>

namespace Rewind {

// A store's error message (libpq's, SQLite's or the stores' own) said in plain words for people
// who are not database administrators: what went wrong, what to try, and the original message
// kept as the detail for those who want it.
class StoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)
public:
    enum class Problem
    {
        Other,
        BadAddress,
        ServerNotRunning,
        UnknownHost,
        Timeout,
        PasswordFailed,
        NoPassword,
        PeerAuthenticationFailed,
        DatabaseMissing,
        RoleMissing,
        ServiceMissing,
        NoSuchFile,
        NotAFile,
        NotADatabase,
        SchemaMissing,
        PermissionDenied,
    };

    // `address` is the store the message is about, password-free; it goes into hints such as the
    // `rewind --store … init` command line. Empty: the hints name no address.
    static StoreErrorText from(const QString& message, const QString& address = {});

    Problem problem() const { return m_problem; }
    QString summary() const { return m_summary; } // one sentence: what went wrong
    QString hint() const { return m_hint; }       // what to try; may be empty
    QString detail() const { return m_detail; }   // the original message
    // Summary and hint on the first line, "Details: …" on the second.
    QString text() const;

private:
    Problem m_problem = Problem::Other;
    QString m_summary;
    QString m_hint;
    QString m_detail;
};

} // namespace Rewind
