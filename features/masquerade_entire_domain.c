/*
 * masquerade_entire_domain.c - FEATURE(`masquerade_entire_domain'): the
 * names in class M (MASQUERADE_DOMAIN) cover their subdomains too.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(masquerade_entire_domain, CF_MASQ_ENTIRE_DOMAIN)
