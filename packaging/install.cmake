# Install rules: the single executable carries its built-in data (Qt resources). Around it go the
# files a desktop expects: the desktop entry, icons in the hicolor theme, AppStream metadata, the
# project file type, the man page, and the Debian copyright and changelog.
include(GNUInstallDirs)
set(KA_APP_ID io.github.karabakh_atlas.KarabakhAtlas)
set(KA_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(KA_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
# Directories as Debian wants them (0755), whatever the umask of the person building.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

install(TARGETS karabakh-atlas RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${KA_PACKAGING_DIR}/${KA_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${KA_PACKAGING_DIR}/${KA_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${KA_PACKAGING_DIR}/karabakh-atlas-mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME karabakh-atlas.xml)
install(FILES ${KA_ICON_DIR}/${KA_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${KA_ICON_DIR}/hicolor/${size}x${size}/${KA_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man page and the changelog, compressed reproducibly (gzip -9n) as Debian policy asks.
find_program(KA_GZIP gzip REQUIRED)
set(KA_DOC_BUILD_DIR ${PROJECT_BINARY_DIR}/packaging)
configure_file(${KA_PACKAGING_DIR}/karabakh-atlas.1 ${KA_DOC_BUILD_DIR}/karabakh-atlas.1 @ONLY)
configure_file(${KA_PACKAGING_DIR}/debian/changelog.in ${KA_DOC_BUILD_DIR}/changelog @ONLY)
add_custom_command(OUTPUT ${KA_DOC_BUILD_DIR}/karabakh-atlas.1.gz ${KA_DOC_BUILD_DIR}/changelog.gz
    COMMAND ${KA_GZIP} -9nkf ${KA_DOC_BUILD_DIR}/karabakh-atlas.1
    COMMAND ${KA_GZIP} -9nkf ${KA_DOC_BUILD_DIR}/changelog
    DEPENDS ${KA_DOC_BUILD_DIR}/karabakh-atlas.1 ${KA_DOC_BUILD_DIR}/changelog
    COMMENT "Compressing the man page and the changelog")
add_custom_target(ka_docs ALL DEPENDS ${KA_DOC_BUILD_DIR}/karabakh-atlas.1.gz ${KA_DOC_BUILD_DIR}/changelog.gz)
install(FILES ${KA_DOC_BUILD_DIR}/karabakh-atlas.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${KA_PACKAGING_DIR}/debian/copyright ${KA_DOC_BUILD_DIR}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DOCDIR})
