# Warning flags shared by every target of the project (not by third-party code).
add_library(orec_warnings INTERFACE)
target_compile_options(orec_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
  -Wcast-align -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(OREC_WERROR)
  target_compile_options(orec_warnings INTERFACE -Werror)
endif()
# Hardening that costs nothing at run time.
target_compile_definitions(orec_warnings INTERFACE
  $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2> QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)
target_compile_options(orec_warnings INTERFACE -fstack-protector-strong)
