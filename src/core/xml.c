/* xml.c: opens libxml2 on first use (see xml.h for why). */
#define XML_IMPL
#include "xml.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "dossier/util.h"

struct xml_lib xml_lib;

/* The library the headers we were built with describe: its soname went
 * from .2 to .16 with 2.14. The unversioned name (the -dev package's
 * link) is the last resort. */
#if LIBXML_VERSION >= 21400
#define XML_SONAME "libxml2.so.16"
#else
#define XML_SONAME "libxml2.so.2"
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];

static void load(void)
{
	void *h = dlopen(XML_SONAME, RTLD_NOW | RTLD_LOCAL);
	if (h == NULL)
		h = dlopen("libxml2.so", RTLD_NOW | RTLD_LOCAL);
	if (h == NULL) {
		const char *why = dlerror();
		snprintf(failure, sizeof failure, "cannot read XML: libxml2 (%s) will not load: %s", XML_SONAME,
			 why ? why : "not found");
		return;
	}
	const char *missing = NULL;
#define XML_LOAD(f) \
	*(void **)&xml_lib.f = dlsym(h, #f); \
	if (xml_lib.f == NULL && missing == NULL) \
		missing = #f;
	XML_FUNCTIONS(XML_LOAD)
#undef XML_LOAD
	/* xmlFree is a variable, or (thread-local allocators) a function
	 * that returns one. */
	xmlFreeFunc *(*per_thread)(void);
	*(void **)&per_thread = dlsym(h, "__xmlFree");
	xmlFreeFunc *var = per_thread ? per_thread() : (xmlFreeFunc *)dlsym(h, "xmlFree");
	if (var == NULL && missing == NULL)
		missing = "xmlFree";
	if (missing) {
		snprintf(failure, sizeof failure, "cannot read XML: the libxml2 found has no %s", missing);
		return;
	}
	xml_lib.free = *var;
}

int xml_open(char **err)
{
	pthread_once(&once, load);
	if (failure[0]) {
		*err = xstrdup(failure);
		return -1;
	}
	return 0;
}
