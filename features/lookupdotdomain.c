/*
 * lookupdotdomain.c - FEATURE(`lookupdotdomain'): access map lookups also try .domain keys for subdomains.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(lookupdotdomain, CF_LOOKUPDOTDOMAIN)
