// overseas-records: the desktop application. All behaviour lives in orec_gui.
#include "gui/application.h"

int main(int argc, char** argv)
{
    return orec::gui::runApplication(argc, argv);
}
