/*
 * ldap_lib.c - load libldap when the first ldap map opens (see ldap_lib.h).
 */
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "engine/maps/ldap_lib.h"

#ifndef LDAP_SONAME
#define LDAP_SONAME "libldap.so"	/* the build names the versioned file */
#endif

static const struct {
	const char *symbol;
	size_t offset;
} entries[] = {
	{ "ldap_initialize", offsetof(struct ldap_lib, initialize) },
	{ "ldap_init", offsetof(struct ldap_lib, init) },
	{ "ldap_set_option", offsetof(struct ldap_lib, set_option) },
	{ "ldap_get_option", offsetof(struct ldap_lib, get_option) },
	{ "ldap_bind", offsetof(struct ldap_lib, bind) },
	{ "ldap_unbind_ext", offsetof(struct ldap_lib, unbind_ext) },
	{ "ldap_result", offsetof(struct ldap_lib, result) },
	{ "ldap_parse_result", offsetof(struct ldap_lib, parse_result) },
	{ "ldap_search", offsetof(struct ldap_lib, search) },
	{ "ldap_abandon_ext", offsetof(struct ldap_lib, abandon_ext) },
	{ "ldap_msgfree", offsetof(struct ldap_lib, msgfree) },
	{ "ldap_first_entry", offsetof(struct ldap_lib, first_entry) },
	{ "ldap_next_entry", offsetof(struct ldap_lib, next_entry) },
	{ "ldap_first_attribute", offsetof(struct ldap_lib, first_attribute) },
	{ "ldap_next_attribute", offsetof(struct ldap_lib, next_attribute) },
	{ "ldap_get_values", offsetof(struct ldap_lib, get_values) },
	{ "ldap_value_free", offsetof(struct ldap_lib, value_free) },
	{ "ldap_get_dn", offsetof(struct ldap_lib, get_dn) },
	{ "ldap_memfree", offsetof(struct ldap_lib, memfree) },
	{ "ldap_url_parse", offsetof(struct ldap_lib, url_parse) },
	{ "ldap_free_urldesc", offsetof(struct ldap_lib, free_urldesc) },
	{ "ldap_err2string", offsetof(struct ldap_lib, err2string) },
	{ "ber_free", offsetof(struct ldap_lib, ber_free) },
};

const struct ldap_lib *
ldap_lib_load(const char **why)
{
	static struct ldap_lib lib;
	static int state;	/* 0 not tried, 1 loaded, -1 failed */
	static char reason[256];
	void *handle;
	size_t i;

	if (state == 0) {
		state = -1;
		handle = dlopen(LDAP_SONAME, RTLD_NOW | RTLD_LOCAL);
		if (handle == NULL) {
			const char *e = dlerror();

			snprintf(reason, sizeof(reason), "%s", e != NULL ? e : LDAP_SONAME);
			goto done;
		}
		for (i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
			void *sym = dlsym(handle, entries[i].symbol);

			if (sym == NULL) {
				snprintf(reason, sizeof(reason), "%s has no %s",
					 LDAP_SONAME, entries[i].symbol);
				(void) dlclose(handle);
				goto done;
			}
			/* POSIX guarantees a data pointer from dlsym converts
			 * to the function's type; copy its bytes */
			memcpy((char *) &lib + entries[i].offset, &sym, sizeof(sym));
		}
		state = 1;	/* the handle stays open for the process */
	}
done:
	if (state == 1)
		return &lib;
	if (why != NULL)
		*why = reason;
	return NULL;
}
