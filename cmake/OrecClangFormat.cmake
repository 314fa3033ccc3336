# `cmake --build build --target format` rewrites every project source in place.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format clang-format-14)
if(CLANG_FORMAT_PROGRAM)
  file(GLOB_RECURSE OREC_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/src/*.cpp ${CMAKE_SOURCE_DIR}/src/*.h
    ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h
    ${CMAKE_SOURCE_DIR}/bench/*.cpp ${CMAKE_SOURCE_DIR}/fuzz/*.cpp)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_PROGRAM} -i --style=file ${OREC_FORMAT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "clang-format on all project sources")
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run --Werror --style=file ${OREC_FORMAT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
