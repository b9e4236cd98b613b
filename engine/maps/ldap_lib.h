/*
 * ldap_lib.h - OpenLDAP's libldap, loaded on first use.
 *
 * Only configurations with an ldap map need libldap, and linking it into
 * smcf made every command pay for loading it and the TLS and SASL
 * libraries behind it (several milliseconds per run, more than a lint of
 * a whole .mc).  So the ldap map class reaches the library through this
 * table of entry points, filled by ldap_lib_load() the first time a map
 * opens.  The names are libldap's, without their ldap_ prefix.
 */
#ifndef SMCF_LDAP_LIB_H
#define SMCF_LDAP_LIB_H

#define LDAP_DEPRECATED 1	/* ldap_init, ldap_bind, ldap_search ... */
#include <ldap.h>

/* Each entry has the type of the library's own declaration. */
struct ldap_lib {
	__typeof__(&ldap_initialize) initialize;
	__typeof__(&ldap_init) init;
	__typeof__(&ldap_set_option) set_option;
	__typeof__(&ldap_get_option) get_option;
	__typeof__(&ldap_bind) bind;
	__typeof__(&ldap_unbind_ext) unbind_ext;
	__typeof__(&ldap_result) result;
	__typeof__(&ldap_parse_result) parse_result;
	__typeof__(&ldap_search) search;
	__typeof__(&ldap_abandon_ext) abandon_ext;
	__typeof__(&ldap_msgfree) msgfree;
	__typeof__(&ldap_first_entry) first_entry;
	__typeof__(&ldap_next_entry) next_entry;
	__typeof__(&ldap_first_attribute) first_attribute;
	__typeof__(&ldap_next_attribute) next_attribute;
	__typeof__(&ldap_get_values) get_values;
	__typeof__(&ldap_value_free) value_free;
	__typeof__(&ldap_get_dn) get_dn;
	__typeof__(&ldap_memfree) memfree;
	__typeof__(&ldap_url_parse) url_parse;
	__typeof__(&ldap_free_urldesc) free_urldesc;
	__typeof__(&ldap_err2string) err2string;
	__typeof__(&ber_free) ber_free;
};

/* The library's entry points, loading it the first time; NULL when it
 * cannot be loaded, with *WHY saying why (static text, not to free). */
const struct ldap_lib *ldap_lib_load(const char **why);

#endif
