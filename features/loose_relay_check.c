/*
 * loose_relay_check.c - FEATURE(`loose_relay_check'): user%host@thishost addresses are not refused as relaying attempts.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(loose_relay_check, CF_LOOSE_RELAY_CHECK)
