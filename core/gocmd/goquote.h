// SPDX-License-Identifier: MIT
// Internal helpers of gmd_gocmd: Go's %q formatting, used to reproduce cmd/go messages verbatim.
#pragma once

#include <QString>
#include <QStringView>

namespace gmd::gocmd_detail {

/// strconv.Quote (fmt's %q for a string): double quotes, `\"` and `\\`, the C escapes, \xHH for
/// other ASCII controls, \uHHHH / \UHHHHHHHH for code points unicode.IsPrint rejects.
QString goQuote(QStringView s);

} // namespace gmd::gocmd_detail
