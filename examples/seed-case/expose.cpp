// Placeholder: the C++ entry point every library exports.
extern "C" {
#include "ggml.h"
}
extern "C" int koboldcpp_flavour() { return ggml_flavour(); }
