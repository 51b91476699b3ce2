# SPDX-License-Identifier: MIT
# Project-wide compiler settings, applied per target through gmd_target_settings().
# Definitions follow ../shared/style/anchors.md ("What we take", item 3).

set(GMD_QT_DEFINITIONS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    # Qt 6.4 is the oldest supported Qt: replacements for APIs deprecated later (e.g.
    # QRegularExpression::matchView, 6.5) cannot be used, so only warn up to 6.4.
    QT_DEPRECATED_WARNINGS_SINCE=0x060400
    QT_WARN_DEPRECATED_UP_TO=0x060400)

set(GMD_WARNING_FLAGS
    -Wall -Wextra -pedantic
    -Wnon-virtual-dtor -Woverloaded-virtual -Wsuggest-override
    -Werror=return-type)

# GCC 12 reports -Wrestrict inside libstdc++'s char_traits for ordinary std::string/QString
# code at -O2 (GCC bug 105651, fixed in 13); it is not about our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    list(APPEND GMD_WARNING_FLAGS -Wno-restrict)
endif()

function(gmd_target_settings target)
    target_compile_definitions(${target} PRIVATE ${GMD_QT_DEFINITIONS})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE ${GMD_WARNING_FLAGS})
        if(GMD_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# gmd_use_pch(<target> <host>): precompiled headers (GMD_PRECOMPILED_HEADERS). The first target
# given a host name compiles cmake/pch/gmd_pch.h; the others reuse it. A host groups targets with
# identical compile options and definitions: GCC refuses a precompiled header made with any
# other -D (-Winvalid-pch), which rules out sharing one between test executables (QtTest defines
# QT_TESTCASE_BUILDDIR per folder, and each links other Qt modules).
function(gmd_use_pch target host)
    if(NOT GMD_PRECOMPILED_HEADERS)
        return()
    endif()
    get_property(_host GLOBAL PROPERTY GMD_PCH_HOST_${host})
    if(NOT _host)
        target_precompile_headers(${target} PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/gmd_pch.h)
        set_property(GLOBAL PROPERTY GMD_PCH_HOST_${host} ${target})
    else()
        target_precompile_headers(${target} REUSE_FROM ${_host})
    endif()
endfunction()
