#pragma once

#include <QString>

namespace Rewind {

// How the connection to the store is protected and how safely the server commits: shown
// by the window, so that nobody audits minors' data over a clear-text link or trusts a server that
// may lose acknowledged commits without knowing it.
struct ConnectionSecurity
{
    bool networked = false;            // false: a local file (SQLite) or a Unix-domain socket
    bool tls = false;                  // the link is encrypted
    QString tlsProtocol;               // "TLSv1.3"; empty without TLS
    QString tlsCipher;                 // "TLS_AES_256_GCM_SHA384"
    bool fsyncOff = false;             // the server runs with fsync = off: a crash can corrupt or lose data
    bool synchronousCommitOff = false; // synchronous_commit = off: a crash can lose acknowledged commits
};

} // namespace Rewind
