#ifndef BLOGTHREAD_CZLIB_SHIM_H
#define BLOGTHREAD_CZLIB_SHIM_H
#include <zlib.h>
#endif
