/*
 * limited_masquerade.c - FEATURE(`limited_masquerade'): only the hosts
 * in class M are masqueraded, not every name of this host (class w).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(limited_masquerade, CF_LIMITED_MASQ)
