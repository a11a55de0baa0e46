/* Placeholder header for the makelint seed-case example. */
#ifndef GGML_H
#define GGML_H
int ggml_flavour(void);
#endif
