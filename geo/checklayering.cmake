# The folder order of geo/: each folder includes only itself and the folders before it, so the
# library has no cycles and a folder can be read, tested and changed knowing only what lies below.
#
#   core → crs → model → index, time → io → render → export
#
#   core    value types: dates, validity, geometry, features; version information
#   crs     PROJ behind CoordinateTransform
#   model   layers (and how they are drawn: LayerStyle), events, filters, scenario
#   index   spatial index, levels of detail, feature hit-testing        } same rank: neither
#   time    time windows, date steps, the visible-events query, histogram } includes the other
#   io      GDAL reading, scenario files, loading, the source cache
#   render  painting onto a QPainter, layout pieces
#   export  files from frames; the scenario report of `info --json`
#
# Run as `cmake -DGEO_DIR=<geo folder> -P checklayering.cmake`: prints every include that points
# up or sideways (file, line, what it includes) and fails. The build of ka_geo runs it; so does
# ctest (label unit).
cmake_minimum_required(VERSION 3.21)

if(NOT GEO_DIR OR NOT IS_DIRECTORY "${GEO_DIR}")
    message(FATAL_ERROR "checklayering: GEO_DIR must name the geo/ folder (got \"${GEO_DIR}\")")
endif()

set(rank_core 0)
set(rank_crs 1)
set(rank_model 2)
set(rank_index 3)
set(rank_time 3)
set(rank_io 4)
set(rank_render 5)
set(rank_export 6)

file(GLOB_RECURSE files RELATIVE "${GEO_DIR}" "${GEO_DIR}/*.h" "${GEO_DIR}/*.cpp")
list(SORT files)
set(problems "")
foreach(file IN LISTS files)
    string(REGEX MATCH "^[^/]+" folder "${file}")
    if(file STREQUAL folder OR NOT DEFINED rank_${folder})
        string(APPEND problems "  ${file}: not in one of the ordered folders\n")
        continue()
    endif()
    file(STRINGS "${GEO_DIR}/${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\".*$" "\\1" target "${line}")
        if(target MATCHES "\\.\\.")
            string(APPEND problems "  ${file}: includes \"${target}\" (no \"..\": name the folder)\n")
        elseif(target MATCHES "^([^/]+)/")
            set(to "${CMAKE_MATCH_1}")
            if(NOT DEFINED rank_${to})
                string(APPEND problems "  ${file}: includes \"${target}\", outside geo/'s folders\n")
            elseif(NOT to STREQUAL folder AND NOT rank_${to} LESS rank_${folder})
                string(APPEND problems "  ${file}: includes \"${target}\": ${folder} may not include ${to}\n")
            endif()
        endif()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "geo/ includes against the folder order "
        "(core → crs → model → index, time → io → render → export; see checklayering.cmake):\n"
        "${problems}")
endif()
