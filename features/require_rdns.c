/*
 * require_rdns.c - FEATURE(`require_rdns'): refuse clients whose address does not resolve back to a name.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(require_rdns, CF_REQUIRE_RDNS)
