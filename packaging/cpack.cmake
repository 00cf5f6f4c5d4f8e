# CPack: `cmake --build --preset release --target package` writes
# karabakh-atlas_<version>_<arch>.deb in the build folder. Depends are computed by dpkg-shlibdeps
# from the libraries the executable links, not listed by hand.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME karabakh-atlas)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Karabakh Atlas contributors")
set(CPACK_PACKAGE_CONTACT "Karabakh Atlas maintainers <maintainers@users.noreply.r-seed-8d5395e7.example>"
    CACHE STRING "Maintainer of the Debian package")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # karabakh-atlas_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's platform plugins (xcb, wayland, offscreen) are loaded at run time, so dpkg-shlibdeps cannot
# see them: the one hand-named dependency.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# GDAL is opened on first use (geo/io/gdallazy.cpp, KA_LAZY_GDAL), not linked, so dpkg-shlibdeps
# cannot see it either: its Debian package is named after its soname (libgdal.so.32: libgdal32).
if(KA_LAZY_GDAL)
    get_target_property(ka_gdal_soname GDAL::GDAL IMPORTED_SONAME_NONE)
    if(ka_gdal_soname MATCHES "^lib(.+)\\.so\\.([0-9]+)$")
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", lib${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
    endif()
endif()
# PROJ likewise, wherever GDAL is lazy (geo/crs/projlazy.cpp): libproj.so.25 is in libproj25.
get_property(ka_proj_is_lazy GLOBAL PROPERTY KA_PROJ_IS_LAZY)
if(ka_proj_is_lazy)
    get_target_property(ka_proj_soname PROJ::proj IMPORTED_SONAME_NONE)
    if(ka_proj_soname MATCHES "^lib(.+)\\.so\\.([0-9]+)$")
        string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", lib${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
    endif()
endif()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ffmpeg, proj-data")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/karabakh-atlas/karabakh-atlas")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "map-and-timeline viewer of the Nagorno-Karabakh conflict")
# The long description; CPack puts the summary first and indents the lines as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Karabakh Atlas shows the Nagorno-Karabakh conflict region from 1988 to 2024
on a map, date by date: boundaries, lines of contact, the Lachin corridor,
peacekeeping posts and about a hundred reported events, each with its source.
A timeline moves through time or plays it as an animation.

Any GDAL vector source can be added as a layer. Maps export to PNG, JPEG,
SVG and PDF with title, legend, scale bar and credits, and frame sequences
to MP4 or GIF with ffmpeg. The info and export commands need no display.")
include(CPack)
