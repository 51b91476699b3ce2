// SPDX-License-Identifier: MIT
// The matcher for GoRegexp programs: a Thompson/Pike simulation without captures, linear in the
// text length (the parser and compiler live in goregexpparser.cpp).
#include "goregexp.h"

#include <QChar>

#include <algorithm>

namespace gmd {

namespace {

quint64 categoryBit(QChar::Category c)
{
    return quint64(1) << int(c);
}

} // namespace

bool GoRegexp::CharClass::contains(char32_t c) const
{
    bool in = false;
    for (const auto& [lo, hi] : ranges) {
        if (c >= lo && c <= hi) {
            in = true;
            break;
        }
    }
    if (!in && !properties.empty()) {
        const quint64 b = categoryBit(QChar::category(c));
        for (const Property& p : properties) {
            const bool has = p.script >= 0 ? int(QChar::script(c)) == p.script : (p.categories & b) != 0;
            if (has != p.negated) {
                in = true;
                break;
            }
        }
    }
    return in != negated;
}

bool GoRegexp::matchString(QStringView text) const
{
    thread_local std::u32string buffer;
    buffer.clear();
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        buffer.push_back(c);
    }
    return matchRunes(buffer.data(), qsizetype(buffer.size()));
}

bool GoRegexp::matchRunes(const char32_t* text, qsizetype n) const
{
    if (!isValid())
        return false;
    const auto np = qsizetype(m_prefix.size());
    const auto ns = qsizetype(m_suffix.size());
    if (n < np || n < ns || !std::equal(m_prefix.begin(), m_prefix.end(), text)
        || !std::equal(m_suffix.begin(), m_suffix.end(), text + n - ns))
        return false;
    const auto isWord = [](char32_t c) {
        return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'_';
    };
    const int size = int(m_prog.size());
    // Reused between calls: the walk matches every path, so no allocation per match.
    thread_local std::vector<int> clist, nlist, stack;
    thread_local std::vector<qsizetype> mark;
    clist.clear();
    nlist.clear();
    mark.assign(size_t(size), -1);
    // Follows empty transitions from `start` at text position `pos`; true when Match is reached.
    const auto addThread = [&](std::vector<int>& list, int start, qsizetype pos) {
        stack.assign(1, start);
        while (!stack.empty()) {
            const int p = stack.back();
            stack.pop_back();
            if (mark[size_t(p)] == pos)
                continue;
            mark[size_t(p)] = pos;
            const Inst& in = m_prog[size_t(p)];
            const bool before = pos > 0 && isWord(text[pos - 1]);
            const bool after = pos < n && isWord(text[pos]);
            switch (in.op) {
            case Op::Match:
                return true;
            case Op::Jmp:
                stack.push_back(in.x);
                break;
            case Op::Split:
                stack.push_back(in.y);
                stack.push_back(in.x);
                break;
            case Op::BeginText:
                if (pos == 0)
                    stack.push_back(p + 1);
                break;
            case Op::EndText:
                if (pos == n)
                    stack.push_back(p + 1);
                break;
            case Op::WordB:
            case Op::NoWordB:
                if ((before != after) == (in.op == Op::WordB))
                    stack.push_back(p + 1);
                break;
            default:
                list.push_back(p);
                break;
            }
        }
        return false;
    };
    // An expression that starts with ^ (every patternmatcher expression) is anchored: start
    // threads only at 0 and stop as soon as no thread is left.
    const bool anchored = m_prog.front().op == Op::BeginText;
    for (qsizetype pos = 0;; ++pos) {
        if ((pos == 0 || !anchored) && addThread(clist, 0, pos))
            return true;
        if (pos == n || (anchored && clist.empty()))
            return false;
        const char32_t c = text[pos];
        nlist.clear();
        for (const int p : clist) {
            const Inst& in = m_prog[size_t(p)];
            bool ok = false;
            if (in.op == Op::Rune)
                ok = c == in.rune;
            else if (in.op == Op::Class)
                ok = m_classes[size_t(in.x)].contains(c);
            else if (in.op == Op::AnyNotNL)
                ok = c != U'\n';
            if (ok && addThread(nlist, p + 1, pos + 1))
                return true;
        }
        std::swap(clist, nlist);
    }
}

} // namespace gmd
