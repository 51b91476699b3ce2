// SPDX-License-Identifier: MIT
#include "dockerfileast.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

DockerNode::~DockerNode()
{
    std::shared_ptr<DockerNode> next = std::move(child);
    while (next && next.use_count() == 1) {
        std::shared_ptr<DockerNode> grandChild = std::move(next->child);
        next.reset();
        next = std::move(grandChild);
    }
}

bool DockerNode::isKnownInstruction() const
{
    static const QStringList known = { u"add"_s, u"arg"_s, u"cmd"_s, u"copy"_s, u"entrypoint"_s, u"env"_s, u"expose"_s,
        u"from"_s, u"healthcheck"_s, u"label"_s, u"maintainer"_s, u"onbuild"_s, u"run"_s, u"shell"_s, u"stopsignal"_s,
        u"user"_s, u"volume"_s, u"workdir"_s };
    return known.contains(lowerKeyword);
}

SourceLocation DockerNode::locate(int offset) const
{
    SourceLocation loc;
    loc.line = startLine;
    loc.column = column + offset;
    for (const DockerLineSegment& s : segments) {
        if (s.offset > offset)
            break;
        loc.line = s.line;
        loc.column = s.column + (offset - s.offset);
    }
    return loc;
}

} // namespace gmd
