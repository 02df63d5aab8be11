#ifndef QUOTEDOC_CLIBXML2_SHIM_H
#define QUOTEDOC_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would pull ICU types that clash with
   Foundation's own ICU module. Only pointers to the ICU-bearing structs are ever used. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>

/* xmlFree is a global function-pointer variable, which Swift 6 refuses to touch. */
static inline void cxml_free(void *pointer) { xmlFree(pointer); }
#endif
