#ifndef BLOGTHREAD_CLIBXML2_SHIM_H
#define BLOGTHREAD_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers then clash with the ICU copy inside Foundation
   in any module that sees both. Nothing here touches the ICU-only fields of the encoding
   handler (we never allocate or read one), so the declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
/* libxml2 2.9 keeps its nesting limit in a global, set once before any parse; Swift cannot
   assign a C global it cannot prove thread-safe, so the assignment lives here. */
static inline void blogthread_set_max_depth(unsigned depth) { xmlParserMaxDepth = depth; }
/* xmlFree is a global function pointer, which Swift cannot prove thread-safe to read. */
static inline void blogthread_free(void *memory) { xmlFree(memory); }
#endif
