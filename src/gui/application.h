// The desktop application's entry point.
#pragma once

namespace orec::gui {

int runApplication(int argc, char** argv);

} // namespace orec::gui
