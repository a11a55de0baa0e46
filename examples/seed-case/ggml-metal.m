/* Placeholder: only built with LLAMA_METAL=1 (Objective-C on macOS). */
#include "ggml-metal.h"
int ggml_metal_available(void) { return 1; }
