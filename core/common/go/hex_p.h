// SPDX-License-Identifier: MIT
// Internal to common/go: the hexadecimal digit value strconv, net/url and net each spell out.
#pragma once

namespace gmd::go::detail {

/// The value of a hexadecimal digit (either case), or -1.
constexpr int unhex(char32_t c)
{
    if (c >= U'0' && c <= U'9')
        return int(c - U'0');
    if (c >= U'a' && c <= U'f')
        return int(c - U'a') + 10;
    if (c >= U'A' && c <= U'F')
        return int(c - U'A') + 10;
    return -1;
}

} // namespace gmd::go::detail
