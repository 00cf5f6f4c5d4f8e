# The command line stays free of QtWidgets: `karabakh-atlas info/export` must run where no
# window system exists and start no Widgets code.
#
# Run as `cmake -DCLI_DIR=<cli folder> -DGEO_DIR=<geo folder> -DWIDGETS_DIR=<QtWidgets include
# folder> -DLINKS=<ka_cli's link closure, ;-list> [-DBINARY=<executable linking only ka_cli>]
# -P clichecks.cmake`. Fails, naming the file and line, when
#   - a file in cli/ includes a QtWidgets header (<QWidget>, <QtWidgets/...>, any name the
#     QtWidgets include folder holds) or a header of the window (anything but cli/ and geo/),
#   - ka_cli links QtWidgets, directly or through what it links,
#   - BINARY, when given, needs libQt6Widgets at run time (readelf's NEEDED entries).
# The build of ka_cli runs the first two; ctest (test cli_no_widgets, label unit) runs all three.
cmake_minimum_required(VERSION 3.21)

foreach(var CLI_DIR GEO_DIR WIDGETS_DIR)
    if(NOT IS_DIRECTORY "${${var}}")
        message(FATAL_ERROR "clichecks: ${var} must name a folder (got \"${${var}}\")")
    endif()
endforeach()

file(GLOB widgetHeaders RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/*")
file(GLOB geoFolders RELATIVE "${GEO_DIR}" "${GEO_DIR}/*")
file(GLOB cliFiles RELATIVE "${CLI_DIR}" "${CLI_DIR}/*.h" "${CLI_DIR}/*.cpp")
list(SORT cliFiles)
set(problems "")
foreach(file IN LISTS cliFiles)
    file(STRINGS "${CLI_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<([^>]*)>")
            set(header "${CMAKE_MATCH_1}")
            list(FIND widgetHeaders "${header}" widgetIndex)
            if(header MATCHES "^QtWidgets(/|$)" OR NOT widgetIndex EQUAL -1)
                string(APPEND problems "  cli/${file}: includes <${header}>, a QtWidgets header\n")
            endif()
        elseif(line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\"")
            set(header "${CMAKE_MATCH_1}")
            string(REGEX MATCH "^[^/]+" top "${header}")
            list(FIND geoFolders "${top}" geoIndex)
            if(NOT header STREQUAL top AND NOT top STREQUAL "cli" AND geoIndex EQUAL -1)
                string(APPEND problems "  cli/${file}: includes \"${header}\", outside cli/ and geo/\n")
            elseif(header STREQUAL top AND NOT EXISTS "${CLI_DIR}/${header}")
                string(APPEND problems "  cli/${file}: includes \"${header}\", not a file of cli/\n")
            endif()
        endif()
    endforeach()
endforeach()

foreach(lib IN LISTS LINKS)
    if(lib MATCHES "Widgets")
        string(APPEND problems "  ka_cli links ${lib}\n")
    endif()
endforeach()

if(BINARY)
    find_program(READELF readelf REQUIRED)
    execute_process(COMMAND ${READELF} -d "${BINARY}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        string(APPEND problems "  ${BINARY}: readelf failed (${result})\n")
    elseif(dynamic MATCHES "NEEDED[^\n]*(libQt6Widgets[^]\n]*)")
        string(APPEND problems "  ${BINARY}, linked with ka_cli alone, needs ${CMAKE_MATCH_1}\n")
    elseif(NOT dynamic MATCHES "libQt6Gui")
        string(APPEND problems "  ${BINARY}: no NEEDED entry for libQt6Gui: is this the right file?\n")
    endif()
endif()

if(problems)
    message(FATAL_ERROR "The command line (cli/) must not use QtWidgets or the window's code "
        "(see cli/clichecks.cmake):\n${problems}")
endif()
