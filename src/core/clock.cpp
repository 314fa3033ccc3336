#include "core/clock.h"

namespace orec {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace orec
