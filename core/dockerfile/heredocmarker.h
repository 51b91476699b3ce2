// SPDX-License-Identifier: MIT
#pragma once

#include "dockershell/shelllexer.h"

// Heredoc markers (spec A8.2-A8.6): which words of an instruction line open a heredoc.

#include "dockerfile/dockerfileast.h"

#include <QList>
#include <QString>

#include <optional>

namespace gmd {

/// ParseHeredoc on one shell word: `^(\d*)<<(-?)\s*([^<]*)$` whose remainder is exactly one
/// shell word. Returns the heredoc (name, expand, chomp, fd; no body), nothing when the word is
/// not a marker, or nothing with `error` set when re-lexing the remainder fails.
std::optional<DockerHeredoc> parseHeredocMarker(const QString& word, QString* error = nullptr);

/// heredocsFromLine: the markers of a whole logical line in order of appearance. A line that
/// cannot be split into shell words has none (A8.5). `error` is set when a marker is malformed.
QList<DockerHeredoc> heredocsFromLine(const QString& line, QString* error);

// chompHeredocContent() (A8.8) lives in dockershell/shelllexer.h, shared with the C6 expansion.

} // namespace gmd
