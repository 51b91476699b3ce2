// SPDX-License-Identifier: MIT
#include "proxyutil.h"

#include "goenv/goproxy.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

QString suggestGoProxy(const QString& value)
{
    QString v = value;
    v.remove(u'\r');
    v.remove(u'"');
    v.remove(u'\'');
    static const QRegularExpression separators(u"[;\\s]+"_s);
    QStringList parts;
    // Keep the user's ',' and '|' but split entries glued by ';' or blanks.
    QString current;
    QList<QChar> seps;
    for (const QChar c : v) {
        if (c == u',' || c == u'|') {
            parts << current;
            seps << c;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QStringList sub = parts[i].split(separators, Qt::SkipEmptyParts);
        for (QString& s : sub) {
            const QString lower = s.toLower();
            if (lower == u"direct"_s || lower == u"direct/"_s)
                s = u"direct"_s;
            else if (lower == u"off"_s)
                s = u"off"_s;
        }
        const QString joined = sub.join(u',');
        if (joined.isEmpty())
            continue;
        if (!out.isEmpty())
            out += (i > 0 ? seps[i - 1] : u',');
        out += joined;
    }
    if (out.isEmpty() || !parseGoProxy(out).isValid())
        return {};
    return out;
}

bool isPublicProxyHost(const QString& host)
{
    static const QStringList hosts = {u"proxy.golang.org"_s, u"goproxy.cn"_s, u"goproxy.io"_s,
                                      u"mirrors.aliyun.com"_s, u"proxy.golang.com.cn"_s,
                                      u"mirrors.cloud.tencent.com"_s, u"goproxy.dev"_s};
    return hosts.contains(host.toLower());
}

} // namespace gmd::rules
