/*
 * compat_check.c - FEATURE(`compat_check'): the access map can refuse sender/recipient pairs (compat: entries).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(compat_check, CF_COMPAT_CHECK)
