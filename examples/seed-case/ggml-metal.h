/* Placeholder header for the makelint seed-case example. */
#ifndef GGML_METAL_H
#define GGML_METAL_H
int ggml_metal_available(void);
#endif
