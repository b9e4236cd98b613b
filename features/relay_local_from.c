/*
 * relay_local_from.c - FEATURE(`relay_local_from'): relay when the sender address is in a local domain (spoofable).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(relay_local_from, CF_RELAY_LOCAL_FROM)
