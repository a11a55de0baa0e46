/* Placeholder: its non-static functions are defined twice when both ggml-backend.o and
   ggml-backend_default.o reach one link ("duplicate symbol" / "multiple definition"). */
#include "ggml-backend.h"
const char *ggml_backend_name(void) { return "CPU"; }
int ggml_backend_is_cpu(void) { return 1; }
