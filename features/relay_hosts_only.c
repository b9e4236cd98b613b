/*
 * relay_hosts_only.c - FEATURE(`relay_hosts_only'): class R names single hosts, not whole domains, for relaying.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(relay_hosts_only, CF_RELAY_HOSTS_ONLY)
