/* Placeholder header for the makelint seed-case example. */
#ifndef GGML_BACKEND_H
#define GGML_BACKEND_H
const char *ggml_backend_name(void);
int ggml_backend_is_cpu(void);
#endif
