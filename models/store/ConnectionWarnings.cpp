#include "ConnectionWarnings.h"

#include <QDir>
#include <QFileInfo>

namespace Rewind {

QStringList ConnectionWarnings::forSecurity(const ConnectionSecurity& security)
{
    QStringList warnings;
    if (security.networked && !security.tls)
        warnings << tr(
            "The connection is not encrypted: events, including students' personal data, cross the "
            "network in clear text. Add sslmode=require (or verify-full) to the address.");
    if (security.fsyncOff)
        warnings << tr("The server runs with fsync off: a crash of the server can lose or corrupt committed "
                       "events.");
    if (security.synchronousCommitOff)
        warnings << tr("The server runs with synchronous_commit off: a crash of the server can lose events "
                       "whose append was already reported as done.");
    return warnings;
}

QString ConnectionWarnings::passwordFilePath()
{
    const QString fromEnvironment = qEnvironmentVariable("PGPASSFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir::home().filePath(QStringLiteral(".pgpass"));
}

QString ConnectionWarnings::passwordFileWarning(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return {};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(info.permissions() & others))
        return {};
    return tr("The password file %1 may be read by other users of this computer; libpq ignores it until "
              "only you can read it (chmod 0600 %1).")
        .arg(QDir::toNativeSeparators(path));
}

QString ConnectionWarnings::linkText(const ConnectionSecurity& security)
{
    if (security.tls)
        return security.tlsProtocol.isEmpty() ? tr("encrypted")
                                              : tr("encrypted (%1)").arg(security.tlsProtocol);
    if (!security.networked)
        return tr("local connection");
    return tr("not encrypted");
}

} // namespace Rewind
