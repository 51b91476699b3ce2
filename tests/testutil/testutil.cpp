// SPDX-License-Identifier: MIT
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {

QString sharedDir()
{
    const QString env = qEnvironmentVariable("GOMODDOCTOR_SHARED_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QDir::cleanPath(QStringLiteral(GMD_DEFAULT_SHARED_DIR));
}

QString conformanceDir()
{
    const QString env = qEnvironmentVariable("GOMODDOCTOR_CONFORMANCE_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return sharedDir() + u"/conformance"_s;
}

QString vectorsDir()
{
    return sharedDir() + u"/spec/vectors"_s;
}

QString testDataDir()
{
    return QStringLiteral(GMD_TEST_DATA_DIR);
}

QString goExecutable()
{
    const QString env = qEnvironmentVariable("GMD_TEST_GO");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(GMD_GO_EXECUTABLE);
}

int TsvTable::column(const QString& name) const
{
    return int(header.indexOf(name));
}

QString TsvTable::field(int row, const QString& name) const
{
    const int c = column(name);
    if (c < 0 || row < 0 || row >= rows.size())
        return {};
    return rows.at(row).value(c);
}

QString unescapeField(const QString& field)
{
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == u'\\' && i + 1 < field.size()) {
            const QChar n = field.at(i + 1);
            if (n == u'r') {
                out += u'\r';
                ++i;
                continue;
            }
            if (n == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (n == u't') {
                out += u'\t';
                ++i;
                continue;
            }
            if (n == u'\\') {
                out += u'\\';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

TsvTable readTsv(const QString& path, bool unescape)
{
    TsvTable t;
    t.path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        t.error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return t;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    int lineNo = 0;
    for (QByteArray line : lines) {
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (lineNo > 1 && line.isEmpty())
            continue;
        QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (lineNo == 1) {
            t.header = fields;
            continue;
        }
        if (unescape) {
            for (QString& fld : fields)
                fld = unescapeField(fld);
        }
        while (fields.size() < t.header.size())
            fields.append(QString());
        t.rows.append(fields);
        t.lines.append(lineNo);
    }
    if (t.header.isEmpty())
        t.error = u"%1 has no header line"_s.arg(path);
    return t;
}

QString rowName(const TsvTable& table, int row, const QString& text)
{
    QString shown = text;
    shown.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    if (shown.isEmpty())
        shown = u"(empty)"_s;
    return u"%1:%2 %3"_s.arg(QFileInfo(table.path).fileName()).arg(table.lines.value(row)).arg(shown);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace gmdtest
