/* Placeholder: compiled three times with different flags (GGML_FLAVOUR). */
#include "ggml.h"
#ifndef GGML_FLAVOUR
#define GGML_FLAVOUR 0
#endif
int ggml_flavour(void) { return GGML_FLAVOUR; }
