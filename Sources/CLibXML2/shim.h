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
#endif
