// SPDX-License-Identifier: MIT
#include "textreport.h"

#include "report/probereport.h"

#include "checks/checklabels.h"
#include "common/secrets.h"
#include "report/reportmeta.h"

#include <QMap>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

class Painter
{
public:
    explicit Painter(bool color)
        : m_color(color)
    {
    }
    QString paint(const QString& text, const char* code) const
    {
        if (!m_color)
            return text;
        return u"\x1b["_s + QLatin1StringView(code) + u'm' + text + u"\x1b[0m"_s;
    }
    QString bold(const QString& t) const { return paint(t, "1"); }
    QString dim(const QString& t) const { return paint(t, "2"); }
    QString red(const QString& t) const { return paint(t, "31"); }
    QString yellow(const QString& t) const { return paint(t, "33"); }
    QString green(const QString& t) const { return paint(t, "32"); }
    QString cyan(const QString& t) const { return paint(t, "36"); }

private:
    bool m_color;
};

QString mark(CheckStatus s, const TextReportOptions& o, const Painter& p)
{
    switch (s) {
    case CheckStatus::Pass:
        return p.green(o.unicode ? u"✔"_s : u"[PASS]"_s);
    case CheckStatus::Warn:
        return p.yellow(o.unicode ? u"!"_s : u"[WARN]"_s);
    case CheckStatus::Fail:
        return p.red(o.unicode ? u"✘"_s : u"[FAIL]"_s);
    case CheckStatus::Skip:
        return p.dim(o.unicode ? u"–"_s : u"[SKIP]"_s);
    case CheckStatus::Error:
        return p.red(o.unicode ? u"?"_s : u"[ERR ]"_s);
    }
    return {};
}

QString severityText(Severity s, const Painter& p)
{
    switch (s) {
    case Severity::Error:
        return p.red(u"error"_s);
    case Severity::Warning:
        return p.yellow(u"warning"_s);
    case Severity::Info:
        return p.cyan(u"info"_s);
    }
    return {};
}

QString indent(const QString& text, int n)
{
    const QString pad(n, u' ');
    QString out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i)
            out += u'\n';
        out += pad + lines[i];
    }
    return out;
}

QString shown(const QString& v)
{
    if (v.isEmpty())
        return u"\"\""_s;
    QString s = v;
    s.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s).replace(u'\t', u"\\t"_s);
    return s;
}

} // namespace

bool useColorFor(int fd)
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
#ifdef Q_OS_UNIX
    return ::isatty(fd) == 1 && qEnvironmentVariable("TERM") != u"dumb"_s;
#else
    Q_UNUSED(fd);
    return false;
#endif
}

QString diagnosisToText(const Facts& facts, const DiagnosisResult& result, const TextReportOptions& o)
{
    const Painter p(o.color);
    QString out;
    out += p.bold(u"Go Module Doctor %1"_s.arg(doctorVersion())) + u" — "_s + facts.project.dir + u'\n';
    if (facts.go.found)
        out += u"go: %1 (%2)\n"_s.arg(facts.go.path, facts.go.versionOutput.isEmpty() ? u"version unknown"_s
                                                                                        : facts.go.versionOutput);
    else
        out += u"go: %1\n"_s.arg(p.red(maskSecrets(facts.go.problem)));
    for (const QString& n : facts.notes)
        out += p.dim(u"note: "_s + n) + u'\n';

    if (o.showEnvironment && !facts.environments.isEmpty()) {
        out += u'\n' + p.bold(u"Environment (%1)"_s.arg(facts.host().label)) + u'\n';
        for (const QString& name : reportedVariables()) {
            const EnvValue v = facts.host().env.get(name);
            if (!v.isSet() && !v.osSetButEmpty && v.hidden.isEmpty())
                continue;
            QString src = envSourceName(v.source);
            if (v.location.isValid())
                src += u' ' + v.location.toString();
            else if (!v.origin.isEmpty())
                src += u" ("_s + maskSecrets(v.origin) + u')';
            if (!v.derivedFrom.isEmpty())
                src += u", from "_s + v.derivedFrom;
            out += u"  %1 %2  %3\n"_s.arg(name.leftJustified(20), shown(maskValue(name, v.value)), p.dim(src));
            for (const EnvValue& h : v.hidden) {
                QString hs = envSourceName(h.source);
                if (h.location.isValid())
                    hs += u' ' + h.location.toString();
                out += p.dim(u"  %1 hides %2 from %3\n"_s.arg(QString(20, u' '), shown(maskValue(name, h.value)), hs));
            }
        }
    }

    if (o.showRoutes && !facts.hostRoutes.isEmpty()) {
        out += u'\n' + p.bold(u"Routes (%1 modules)"_s.arg(facts.hostRoutes.size())) + u'\n';
        for (const ModuleRoute& r : facts.hostRoutes) {
            const QString db = r.sumdb.consulted ? QString(u"sumdb: "_s + r.sumdb.name)
                                                 : QString(u"no sumdb ("_s + r.sumdb.reason + u')');
            out += u"  %1 %2  %3  %4\n"_s.arg(r.module, r.version, r.summary(), p.dim(db));
        }
    }

    // Issue 4: every probe with its stage timings, and the proxy ranking.
    if (const QString probes = probesToText(facts); !probes.isEmpty())
        out += u'\n' + p.bold(probes.section(u'\n', 0, 0)) + u'\n' + probes.section(u'\n', 1);

    out += u'\n' + p.bold(u"Checks"_s) + u'\n';
    QMap<QString, QList<const CheckOutcome*>> byCategory;
    QStringList categories;
    for (const CheckOutcome& c : result.checks) {
        if (!byCategory.contains(c.info.category))
            categories << c.info.category;
        byCategory[c.info.category].append(&c);
    }
    for (const QString& cat : categories) {
        out += u"  "_s + p.bold(cat) + u'\n';
        for (const CheckOutcome* c : byCategory[cat]) {
            if (!o.showPassing && c->status == CheckStatus::Pass)
                continue;
            QString line = u"    %1 %2 %3"_s.arg(mark(c->status, o, p), c->info.id, checkLabel(c->info));
            if (!c->reason.isEmpty())
                line += p.dim(u" ("_s + maskSecrets(c->reason) + u')');
            out += line + u'\n';
        }
    }

    if (!result.findings.isEmpty()) {
        out += u'\n' + p.bold(u"Findings, most likely root cause first"_s) + u'\n';
        int n = 0;
        for (const Finding& f : result.findings) {
            ++n;
            QString head = u"%1. %2 %3 %4"_s.arg(n).arg(severityText(f.severity, p), p.bold(f.id), f.title);
            head += u"  ["_s + f.subject + u']';
            if (f.location)
                head += u' ' + f.location->toString();
            if (!f.environmentLabel.isEmpty() && f.environment != u"host"_s)
                head += p.dim(u" in "_s + f.environmentLabel);
            out += u'\n' + head + u'\n';
            out += indent(maskSecrets(f.message), 3) + u'\n';
            if (!f.evidence.isEmpty()) {
                out += u"   evidence:\n"_s;
                for (const Evidence& e : f.evidence)
                    out += u"     - %1: %2%3\n"_s.arg(e.label, shown(maskSecrets(e.value)),
                                                      e.source.isEmpty() ? QString() : p.dim(u"  ("_s + e.source + u')'));
            }
            if (f.fix) {
                out += u"   fix: "_s + maskSecrets(f.fix->description) + u'\n';
                for (const QString& c : f.fix->commands)
                    out += u"     $ "_s + p.green(maskSecrets(c)) + u'\n';
            }
            out += p.dim(u"   docs: "_s + f.docPath) + u'\n';
        }
    }

    int counts[3] = {0, 0, 0};
    for (const Finding& f : result.findings)
        counts[int(f.severity)] += 1;
    int passed = 0;
    for (const CheckOutcome& c : result.checks)
        passed += c.status == CheckStatus::Pass ? 1 : 0;
    out += u'\n'
        + p.bold(u"Summary: %1 error(s), %2 warning(s), %3 info; %4 of %5 checks passed"_s.arg(counts[2])
                     .arg(counts[1])
                     .arg(counts[0])
                     .arg(passed)
                     .arg(result.checks.size()))
        + u'\n';
    return out;
}

} // namespace gmd
