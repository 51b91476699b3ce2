// SPDX-License-Identifier: MIT
// Pure parts of the probe classification: status codes, payload validation, texts.
#pragma once

#include "net/probetypes.h"

#include <QByteArray>
#include <QString>

namespace gmd {

/// The outcome class of a final (non-redirect) HTTP status: 200 Ok, 404/410 notfound
/// (PROXY-8), 401/403 denied (H15), 407 proxy authentication, 5xx, anything else.
ProbeOutcome outcomeForStatus(int status);

/// True for the statuses Go's http.Client follows (301, 302, 303, 307, 308).
bool isFollowedRedirect(int status);

/// Validates a 200 body for `check` (PROTO-4). Returns the problem, or an empty string when
/// the body is acceptable. `truncated`: the size cap was reached.
QString checkProbeBody(BodyCheck check, const QByteArray& body, const QByteArray& contentType,
    const QString& expectedVersion, bool truncated);

/// True when the body (or its Content-Type) is an HTML page.
bool looksLikeHtml(const QByteArray& body, const QByteArray& contentType);

/// A short, masked excerpt of a body for evidence: the first `maxChars` characters of text
/// with control characters shown as \n, \t, \xNN; "<N bytes of binary data>" for binary bodies.
QString bodyExcerpt(const QByteArray& body, int maxChars = 240);

/// The one-line summary of a finished probe: "<subject>: <what happened> → <what go does>".
QString summarizeProbe(const ProbeResult& result);

} // namespace gmd
