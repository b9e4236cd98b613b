/*
 * relay_entire_domain.c - FEATURE(`relay_entire_domain'): any host in
 * this host's domain ($m) may relay and be relayed to.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(relay_entire_domain, CF_RELAY_ENTIRE_DOMAIN)
