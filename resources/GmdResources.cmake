# SPDX-License-Identifier: MIT
# Resources of the GUI, added to a target by gmd_add_gui_resources(<target>):
#   :/icons/<name>.svg      hand-written SVG icons (resources/icons)
#   :/docs/checks/<ID>.md   the check documentation pages, taken from docs/checks at build time
#                           (the glob is re-checked on every build, so new pages are picked up)

set(GMD_RESOURCES_DIR ${CMAKE_CURRENT_LIST_DIR})

function(gmd_add_gui_resources target)
    file(GLOB _icons CONFIGURE_DEPENDS ${GMD_RESOURCES_DIR}/icons/*.svg)
    qt_add_resources(${target} gmd_icons
        PREFIX /icons
        BASE ${GMD_RESOURCES_DIR}/icons
        FILES ${_icons})

    file(GLOB _docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/checks/*.md)
    if(_docs)
        qt_add_resources(${target} gmd_check_docs
            PREFIX /
            BASE ${PROJECT_SOURCE_DIR}
            FILES ${_docs})
    endif()
endfunction()
