#ifndef BLOGTHREAD_CSQLITE_SHIM_H
#define BLOGTHREAD_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
