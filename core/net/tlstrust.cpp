// SPDX-License-Identifier: MIT
#include "tlstrust.h"

#include "common/secrets.h"
#include "common/textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {
namespace {

// crypto/x509/root_linux.go.
const QStringList& defaultCertFiles()
{
    static const QStringList files = {
        u"/etc/ssl/certs/ca-certificates.crt"_s, // Debian/Ubuntu/Gentoo etc.
        u"/etc/pki/tls/certs/ca-bundle.crt"_s, // Fedora/RHEL 6
        u"/etc/ssl/ca-bundle.pem"_s, // OpenSUSE
        u"/etc/pki/tls/cacert.pem"_s, // OpenELEC
        u"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"_s, // CentOS/RHEL 7
        u"/etc/ssl/cert.pem"_s, // Alpine Linux
    };
    return files;
}

const QStringList& defaultCertDirs()
{
    static const QStringList dirs = { u"/etc/ssl/certs"_s, u"/etc/pki/tls/certs"_s };
    return dirs;
}

constexpr qint64 kMaxCertFile = 8 * 1024 * 1024;

/// AppendCertsFromPEM: PEM blocks only; a file that is not PEM adds nothing.
QList<QSslCertificate> readPem(const QString& path, QString* problem)
{
    const FileReadResult file = readTextFile(path, kMaxCertFile, true);
    if (!file.ok()) {
        if (problem)
            *problem = file.message;
        return {};
    }
    return QSslCertificate::fromData(file.bytes, QSsl::Pem);
}

void append(QList<QSslCertificate>* all, QSet<QByteArray>* seen, const QList<QSslCertificate>& certs)
{
    for (const QSslCertificate& c : certs) {
        if (!c.isNull() && !seen->contains(c.digest(QCryptographicHash::Sha256))) {
            seen->insert(c.digest(QCryptographicHash::Sha256));
            all->append(c);
        }
    }
}

} // namespace

TlsTrust loadTlsTrust(const QString& sslCertFile, const QString& sslCertDir)
{
    TlsTrust trust;
    if (sslCertFile.isEmpty() && sslCertDir.isEmpty())
        return trust;
    trust.systemDefault = false;
    QSet<QByteArray> seen;

    const QStringList files = sslCertFile.isEmpty() ? defaultCertFiles() : QStringList { sslCertFile };
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile()) {
            if (!sslCertFile.isEmpty())
                trust.evidence << u"SSL_CERT_FILE=%1 does not exist here: no bundle file is read"_s.arg(
                    maskSecrets(file));
            continue;
        }
        QString problem;
        const QList<QSslCertificate> certs = readPem(file, &problem);
        append(&trust.certificates, &seen, certs);
        trust.evidence << u"%1%2: %3 PEM certificate(s)%4"_s.arg(
            sslCertFile.isEmpty() ? QString() : u"SSL_CERT_FILE="_s, maskSecrets(file), QString::number(certs.size()),
            problem.isEmpty() ? QString() : u" ("_s + problem + u')');
        break; // Go reads the first bundle file that can be read
    }

    const QStringList dirs = sslCertDir.isEmpty() ? defaultCertDirs() : sslCertDir.split(u':');
    for (const QString& dir : dirs) {
        const QDir d(dir);
        if (dir.isEmpty() || !d.exists()) {
            if (!sslCertDir.isEmpty())
                trust.evidence << u"SSL_CERT_DIR entry %1 does not exist here"_s.arg(maskSecrets(dir));
            continue;
        }
        qsizetype count = 0;
        const QFileInfoList entries = d.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
        const QString canonicalDir = QFileInfo(d.absolutePath()).canonicalFilePath();
        for (const QFileInfo& fi : entries) {
            // readUniqueDirectoryEntries: a symlink to a file in the same folder is a duplicate.
            if (fi.isSymLink() && QFileInfo(fi.symLinkTarget()).absolutePath() == canonicalDir)
                continue;
            const qsizetype before = trust.certificates.size();
            append(&trust.certificates, &seen, readPem(fi.absoluteFilePath(), nullptr));
            count += trust.certificates.size() - before;
        }
        trust.evidence << u"%1%2: %3 new certificate(s)"_s.arg(
            sslCertDir.isEmpty() ? QString() : u"SSL_CERT_DIR "_s, maskSecrets(dir), QString::number(count));
    }
    if (trust.certificates.isEmpty())
        trust.evidence << u"no CA certificate was loaded: every certificate will be refused"_s;
    return trust;
}

QString certificateName(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return (issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field)).join(u", "_s);
    };
    QStringList parts;
    if (const QString cn = info(QSslCertificate::CommonName); !cn.isEmpty())
        parts << u"CN="_s + cn;
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        parts << u"O="_s + o;
    if (const QString ou = info(QSslCertificate::OrganizationalUnitName); !ou.isEmpty())
        parts << u"OU="_s + ou;
    if (parts.isEmpty())
        return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return parts.join(u", "_s);
}

QString describeCertificate(const QSslCertificate& certificate)
{
    const QString subject = certificateName(certificate, false);
    const QString issuer = certificateName(certificate, true);
    QString text = u"subject %1; issuer %2"_s.arg(subject, issuer);
    if (certificate.isSelfSigned() || subject == issuer)
        text += u" (self-signed)"_s;
    return text;
}

TlsFailure classifyTlsErrors(const QList<QSslError>& errors)
{
    bool expired = false;
    bool host = false;
    bool authority = false;
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            expired = true;
            break;
        case QSslError::HostNameMismatch:
            host = true;
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
            authority = true;
            break;
        case QSslError::NoError:
            break;
        default:
            break;
        }
    }
    if (expired)
        return TlsFailure::Expired;
    if (host)
        return TlsFailure::HostnameMismatch;
    if (authority)
        return TlsFailure::UnknownAuthority;
    return errors.isEmpty() ? TlsFailure::None : TlsFailure::Other;
}

} // namespace gmd
