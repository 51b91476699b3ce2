// SPDX-License-Identifier: MIT
// Readable one-line-per-fact dumps of parsed go.mod / go.work files, so that a failing
// comparison shows exactly which directive differs.
#pragma once

#include "gomod/gomodfile.h"
#include "gomod/goworkfile.h"

#include <QStringList>

namespace gomodtest {

using namespace Qt::Literals::StringLiterals;

inline QString at(const gmd::SourceLocation& l)
{
    return u" @"_s + QString::number(l.line) + u':' + QString::number(l.column);
}

inline QString replaceText(const gmd::ModReplace& r)
{
    QString s = u"replace "_s + r.oldPath;
    if (!r.oldVersion.isEmpty())
        s += u' ' + r.oldVersion;
    s += u" => "_s + r.newPath;
    if (!r.newVersion.isEmpty())
        s += u' ' + r.newVersion;
    if (r.localPath)
        s += u" (local)"_s;
    return s + at(r.location);
}

/// "L:C: level: message" for each diagnostic.
inline QStringList dumpDiagnostics(const gmd::Diagnostics& ds)
{
    QStringList out;
    for (const gmd::Diagnostic& d : ds) {
        out.append(QString::number(d.location.line) + u':' + QString::number(d.location.column) + u": "_s
            + gmd::levelName(d.level) + u": "_s + d.message);
    }
    return out;
}

inline QStringList dump(const gmd::GoModFile& f)
{
    QStringList out;
    if (f.moduleLocation.isValid())
        out.append(u"module "_s + f.modulePath + at(f.moduleLocation));
    if (f.moduleDeprecated)
        out.append(u"deprecated: "_s + f.deprecation);
    if (!f.goVersion.isEmpty())
        out.append(u"go "_s + f.goVersion + at(f.goLocation));
    if (!f.toolchain.isEmpty())
        out.append(u"toolchain "_s + f.toolchain + at(f.toolchainLocation));
    for (const gmd::ModGodebug& g : f.godebug)
        out.append(u"godebug "_s + g.key + u'=' + g.value + at(g.location));
    for (const gmd::ModRequire& r : f.requirements)
        out.append(
            u"require "_s + r.path + u' ' + r.version + (r.indirect ? u" indirect"_s : QString()) + at(r.location));
    for (const gmd::ModExclude& e : f.excludes)
        out.append(u"exclude "_s + e.path + u' ' + e.version + at(e.location));
    for (const gmd::ModReplace& r : f.replaces)
        out.append(replaceText(r));
    for (const gmd::ModRetract& r : f.retracts) {
        QString s = u"retract "_s;
        s += r.low == r.high ? r.low : u"["_s + r.low + u", "_s + r.high + u"]"_s;
        if (!r.rationale.isEmpty())
            s += u" (" + r.rationale + u')';
        out.append(s + at(r.location));
    }
    for (const QString& t : f.toolLines)
        out.append(u"tool "_s + t);
    for (const QString& t : f.ignoreLines)
        out.append(u"ignore "_s + t);
    return out;
}

inline QStringList dump(const gmd::GoWorkFile& f)
{
    QStringList out;
    if (!f.goVersion.isEmpty())
        out.append(u"go "_s + f.goVersion + at(f.goLocation));
    if (!f.toolchain.isEmpty())
        out.append(u"toolchain "_s + f.toolchain + at(f.toolchainLocation));
    for (const gmd::ModGodebug& g : f.godebug)
        out.append(u"godebug "_s + g.key + u'=' + g.value + at(g.location));
    for (const gmd::WorkUse& u : f.uses)
        out.append(u"use "_s + u.dir + at(u.location));
    for (const gmd::ModReplace& r : f.replaces)
        out.append(replaceText(r));
    return out;
}

} // namespace gomodtest
