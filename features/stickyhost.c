/*
 * stickyhost.c - FEATURE(`stickyhost'): user@thishost keeps going to the hub or relay even when user is local.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(stickyhost, CF_STICKYHOST)
