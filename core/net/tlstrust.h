// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace gmd {

/// The CA certificates a Go program trusts on Linux (NET-6, crypto/x509 root_unix.go).
struct TlsTrust
{
    /// Neither SSL_CERT_FILE nor SSL_CERT_DIR is set: Qt's system store is used as is.
    bool systemDefault = true;
    QList<QSslCertificate> certificates; ///< when !systemDefault: the roots Go would load
    QStringList evidence; ///< "SSL_CERT_FILE=/x: 1 certificate", "... does not exist here"
};

/// Go's loadSystemRoots(): SSL_CERT_FILE replaces the list of default bundle files (the first
/// readable one is used), SSL_CERT_DIR (':'-separated) replaces the default directories, whose
/// files are all read (hash links into the same folder skipped, only PEM). Both parts are
/// combined, so SSL_CERT_FILE alone still adds /etc/ssl/certs. Reads files: call it off the
/// GUI thread.
TlsTrust loadTlsTrust(const QString& sslCertFile, const QString& sslCertDir);

/// "CN=localhost, O=Example" for a certificate's subject (or issuer with `issuer`).
QString certificateName(const QSslCertificate& certificate, bool issuer = false);
/// "subject CN=…; issuer CN=…" (+ " (self-signed)") for evidence.
QString describeCertificate(const QSslCertificate& certificate);

/// How a failed verification is classified, checked in the order of Go's x509 Verify: validity
/// period first, then the host name, then the chain to a trusted root.
enum class TlsFailure { None, Expired, HostnameMismatch, UnknownAuthority, Other };
/// Classifies Qt's verification errors.
TlsFailure classifyTlsErrors(const QList<QSslError>& errors);

} // namespace gmd
