// SPDX-License-Identifier: MIT
#pragma once

#include "checks/finding.h"
#include "checkstate.h"

#include <QIcon>
#include <QPalette>

namespace gmd::icons {

/// An icon from the embedded SVGs (":/icons/<name>.svg"), rendered with QSvgRenderer so that it
/// does not depend on the SVG icon engine plugin. `currentColor` in the SVG becomes the palette's
/// window text colour and `Canvas` its window colour, so monochrome icons follow dark mode.
/// GUI thread only (the cache is not locked).
QIcon themed(const QString& name, const QPalette& palette);
/// themed() with the application palette.
QIcon themed(const QString& name);
/// The icon of a check state (pending, running, pass, warn, fail, skip, error).
QIcon forState(CheckState state);
/// The icon of a finding severity.
QIcon forSeverity(Severity severity);
/// The application icon.
QIcon application();
/// Drops cached renderings (after a palette change).
void clearCache();

} // namespace gmd::icons
