/*
 * generics_entire_domain.c - FEATURE(`generics_entire_domain'): the
 * names in class G cover their subdomains for genericstable.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(generics_entire_domain, CF_GENERICS_ENTIRE_DOMAIN)
