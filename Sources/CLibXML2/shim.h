#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Foundation's ICU module clashes with libxml2's ICU headers.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

// xmlFree is a function pointer variable that Swift cannot import.
static inline void atlas_xml_free(void *pointer) { xmlFree(pointer); }

#endif
