#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
/* Must precede pcre2.h: selects the 8-bit (UTF-8) library, pcre2_*_8. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
