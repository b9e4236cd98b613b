/*
 * promiscuous_relay.c - FEATURE(`promiscuous_relay'): relay for anybody (an open relay; for tests only).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(promiscuous_relay, CF_PROMISCUOUS_RELAY)
