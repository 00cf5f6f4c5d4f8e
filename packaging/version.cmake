# Generates kaversion.h (the project version and, when built from git, the commit) at configure
# time, and re-runs the configure step when HEAD moves so the commit in `--version` stays true.
set(KA_GIT_COMMIT "")
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE KA_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE ka_git_result ERROR_QUIET)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --absolute-git-dir
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        OUTPUT_VARIABLE ka_git_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT ka_git_result EQUAL 0)
        set(KA_GIT_COMMIT "")
    elseif(EXISTS "${ka_git_dir}/logs/HEAD")
        # logs/HEAD changes with every commit and checkout: configure again then.
        set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
            "${ka_git_dir}/HEAD" "${ka_git_dir}/logs/HEAD")
    endif()
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/kaversion.h.in ${PROJECT_BINARY_DIR}/generated/kaversion.h @ONLY)
target_include_directories(ka_geo PUBLIC ${PROJECT_BINARY_DIR}/generated)
