// SPDX-License-Identifier: MIT
#include "toolchainutil.h"

#include "checks/check.h"
#include "checks/checkutil.h"
#include "checks/facts.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {
namespace {

/// modload.WillBeEnabled(): Select() does nothing outside module mode (TC-2, FLAGS-3). An invalid
/// GO111MODULE also counts as "not enabled" there; the fatal error comes later (GMD130).
bool moduleMode(const EnvContext& ctx, const Facts& facts)
{
    const QString mode = ctx.env.value(u"GO111MODULE"_s);
    if (mode.isEmpty() || mode == u"on"_s)
        return true;
    if (mode == u"auto"_s)
        return !facts.project.goModPath.isEmpty();
    return false;
}

} // namespace

ToolchainView evaluateToolchain(const EnvContext& ctx, const Facts& facts)
{
    ToolchainView view;
    view.gotoolchain = ctx.env.get(u"GOTOOLCHAIN"_s);
    view.localVersion = ctx.goVersion;
    if (ctx.goVersion.isEmpty()) {
        view.skipReason = u"the go version of %1 is unknown"_s.arg(ctx.label.isEmpty() ? ctx.id : ctx.label);
        return view;
    }
    const ProjectFacts& p = facts.project;
    if (p.goWork) {
        // A workspace's go and toolchain lines take precedence over go.mod's (TC-2).
        view.modFile = u"go.work"_s;
        view.modPath = p.goWorkPath;
        view.goLine = p.goWork->goVersion;
        view.goLocation = p.goWork->goLocation;
        view.toolchainLine = p.goWork->toolchain;
        view.toolchainLocation = p.goWork->toolchainLocation;
    } else if (p.goMod) {
        view.modFile = u"go.mod"_s;
        view.modPath = p.goModPath;
        view.goLine = p.goMod->goVersion;
        view.goLocation = p.goMod->goLocation;
        view.toolchainLine = p.goMod->toolchain;
        view.toolchainLocation = p.goMod->toolchainLocation;
    }
    const ToolchainSetting setting = parseGoToolchain(view.gotoolchain.value);
    if (view.modFile.isEmpty() && (!setting.isValid() || setting.minimum == u"local"_s)) {
        view.skipReason = p.goModPath.isEmpty() ? u"no go.mod in the project folder"_s : u"go.mod could not be read"_s;
        return view;
    }

    ToolchainInputs in;
    in.setting = setting;
    in.localVersion = ctx.goVersion;
    in.goLine = view.goLine;
    in.toolchainLine = view.toolchainLine;
    in.modFile = view.modFile.isEmpty() ? u"go.mod"_s : view.modFile;
    in.moduleMode = moduleMode(ctx, facts);
    in.goos = ctx.goos;
    in.goarch = ctx.goarch;
    if (!ctx.container) {
        // TC-3: exec.LookPath(<name>) on the host's PATH (collected as a fact). A container's PATH
        // content is unknown.
        const QStringList onPath = facts.hostGoToolchainsOnPath;
        in.onPath = [onPath](const QString& name) { return onPath.contains(name); };
    }
    view.decision = selectToolchain(in);
    view.applicable = true;
    return view;
}

QString lineRef(const ToolchainView& view, const SourceLocation& location)
{
    const QString name = view.modPath.isEmpty() ? view.modFile : QFileInfo(view.modPath).fileName();
    if (!location.isValid())
        return name;
    return name + u':' + QString::number(location.line);
}

ToolchainCause causeOf(const ToolchainView& view)
{
    const QString chosen = view.decision.toolchain;
    if (!view.toolchainLine.isEmpty() && chosen == view.toolchainLine)
        return ToolchainCause::ToolchainLine;
    if (!view.goLine.isEmpty() && (chosen == u"go"_s + view.goLine || chosen == u"go"_s + view.goLine + u".0"_s))
        return ToolchainCause::GoLine;
    return ToolchainCause::Setting;
}

QString describeCause(const ToolchainView& view)
{
    switch (causeOf(view)) {
    case ToolchainCause::GoLine:
        return u"the go line 'go %1' (%2)"_s.arg(view.goLine, lineRef(view, view.goLocation));
    case ToolchainCause::ToolchainLine:
        return u"the toolchain line 'toolchain %1' (%2)"_s.arg(
            view.toolchainLine, lineRef(view, view.toolchainLocation));
    case ToolchainCause::Setting:
        break;
    }
    return u"GOTOOLCHAIN=%1"_s.arg(view.gotoolchain.value);
}

void pointAtCause(Finding& finding, const ToolchainView& view)
{
    const ToolchainCause cause = causeOf(view);
    if (cause == ToolchainCause::Setting) {
        finding.subject = subjectFor(view.gotoolchain);
        finding.location = locationOf(view.gotoolchain);
        return;
    }
    const SourceLocation& at = cause == ToolchainCause::GoLine ? view.goLocation : view.toolchainLocation;
    finding.subject = lineRef(view, at);
    if (at.isValid())
        finding.location = at;
}

void addToolchainEvidence(Finding& finding, const ToolchainView& view)
{
    if (!view.goLine.isEmpty())
        finding.evidence.append({ u"go line (%1)"_s.arg(view.modFile), view.goLine, lineRef(view, view.goLocation) });
    if (!view.toolchainLine.isEmpty())
        finding.evidence.append(
            { u"toolchain line (%1)"_s.arg(view.modFile), view.toolchainLine, lineRef(view, view.toolchainLocation) });
    finding.evidence.append({ u"local go"_s, u"go"_s + view.localVersion, u"go version"_s });
    finding.evidence.append(evidenceFor(view.gotoolchain));
    for (const EnvValue& h : view.gotoolchain.hidden)
        finding.evidence.append(evidenceFor(h));
}

QString editGoLineCommand(const ToolchainView& view, const QString& version)
{
    return (view.modFile == u"go.work"_s ? u"go work edit -go="_s : u"go mod edit -go="_s) + version;
}

QString editToolchainCommand(const ToolchainView& view, const QString& name)
{
    return (view.modFile == u"go.work"_s ? u"go work edit -toolchain="_s : u"go mod edit -toolchain="_s) + name;
}

} // namespace gmd::rules
