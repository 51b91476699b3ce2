// SPDX-License-Identifier: MIT
#pragma once

#include "common/go/utf8.h"
#include "shelllexer.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <string>

namespace gmd {

/// The lexer behind expandShell(): a port of the state machine of BuildKit's shellWord
/// (BK:shell/lex.go) over code points. Internal to the module; use the functions of shelllexer.h.
/// Every process function returns false after storing BuildKit's message in m_error.
class ShellWord
{
public:
    /// Prepares to expand `text`; `env` and `options` must outlive the object.
    ShellWord(const QString& text, const ShellEnv& env, const ShellOptions& options);
    /// Expands the whole text; `source` is quoted in error messages.
    ExpandResult run(const QString& source);

private:
    int peek() const { return m_pos < m_text.size() ? int(m_text[m_pos]) : go::kScannerEof; }
    int next() { return m_pos < m_text.size() ? int(m_text[m_pos++]) : go::kScannerEof; }

    bool fail(const QString& message)
    {
        m_error = message;
        return false;
    }

    bool processStopOn(int stop, bool rawEscapes, std::u32string& out, QList<std::u32string>* wordsOut);
    bool processSingleQuote(std::u32string& out);
    bool processDoubleQuote(std::u32string& out);
    bool processDollar(std::u32string& out);
    bool processModifier(
        const std::u32string& name, int ch, const std::u32string& chs, bool nullIsUnset, std::u32string& out);
    bool processReplace(const std::u32string& name, std::u32string& out);
    std::u32string processName();
    std::optional<std::u32string> getEnv(const std::u32string& name);

    std::u32string m_text;
    size_t m_pos = 0;
    const ShellEnv& m_env;
    const ShellOptions& m_options;
    const char32_t m_escape;
    bool m_rawEscapes;
    std::u32string m_wordsBuffer;
    QString m_error;
    QSet<QString> m_matched;
    QSet<QString> m_unmatched;
};

} // namespace gmd
