/* Placeholder header for the makelint seed-case example. */
#ifndef GGML_ALLOC_H
#define GGML_ALLOC_H
int ggml_alloc_size(int n);
#endif
