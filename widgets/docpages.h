// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace gmd {

/// The Markdown of a check's documentation page, embedded at build time from docs/checks/
/// (`docPath` as in CheckInfo::docPath(): "docs/checks/GMD100.md"). Empty when not embedded.
QString checkDocMarkdown(const QString& docPath);
/// True when the page is embedded.
bool hasCheckDoc(const QString& docPath);

} // namespace gmd
