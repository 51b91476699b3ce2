// SPDX-License-Identifier: MIT
#include "dockerfiledump.h"

#include "common/go/strconv.h"
#include "common/go/strings.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Keyword, flags (`%q` of a []string) and quoted arguments, before TrimSpace.
QString headOf(const DockerNode& node)
{
    QString s = go::toLower(node.keyword);
    if (!node.flags.isEmpty()) {
        QStringList quoted;
        for (const QString& f : node.flags)
            quoted.append(go::quote(f));
        s += u" ["_s + quoted.join(u' ') + u']';
    }
    for (const QString& a : node.args)
        s += u' ' + go::quote(a);
    return s;
}

} // namespace

QString dumpDockerNode(const DockerNode& node)
{
    // ONBUILD chains can be deep; render from the innermost node outwards.
    QList<const DockerNode*> chain;
    for (const DockerNode* n = &node; n; n = n->child.get())
        chain.append(n);
    QString inner = go::trimSpace(headOf(*chain.last()));
    for (qsizetype i = chain.size() - 2; i >= 0; --i)
        inner = go::trimSpace(headOf(*chain.at(i)) + u" ("_s + inner + u')');
    return inner;
}

QString dumpDockerfile(const DockerfileAst& ast)
{
    QString out;
    for (const DockerNode& node : ast.nodes) {
        if (!out.isEmpty())
            out += u'\n';
        out += u'(' + dumpDockerNode(node) + u')';
    }
    return out;
}

} // namespace gmd
