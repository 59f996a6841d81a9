// How glibc's allocator grows the heap in a stackgen process.
//
// A command is short and allocates in bursts on every core. With glibc's defaults each core's heap starts small and
// grows a page or so at a time, and is trimmed back whenever its top is free: a 1,000-service `check --all` changed
// page protections about 3,900 times and moved the program break 340 times. A top pad of 64 MiB makes each new
// per-thread heap writable in full when it is created and grows the main heap 64 MiB at a time (address space only:
// pages are still touched only when used), and trimming only past 256 MiB stops the shrink-and-grow cycles: about
// ten of each are left, for the same peak memory.

#include <stdlib.h>
#include "AllocatorTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>

int stackgen_allocator_tune_for_short_run(void) {
    return mallopt(M_TOP_PAD, 64 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 256 << 20) == 1;
}
#else
int stackgen_allocator_tune_for_short_run(void) { return 0; }
#endif
