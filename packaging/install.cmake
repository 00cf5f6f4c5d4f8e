# Install rules: the single executable carries its built-in data (Qt resources), so installing
# it is enough. A desktop entry lets it appear in application menus.
include(GNUInstallDirs)
install(TARGETS karabakh-atlas RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/karabakh-atlas.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
