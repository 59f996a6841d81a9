#ifndef STACKGEN_ALLOCATOR_TUNING_H
#define STACKGEN_ALLOCATOR_TUNING_H

/// Sets how glibc's allocator grows the heap for a short run that allocates in bursts on every core (see
/// AllocatorTuning.c); call before the first thread starts. Returns 1 when the settings were taken, 0 where the C
/// library is not glibc (nothing is changed there).
int stackgen_allocator_tune_for_short_run(void);

#endif
