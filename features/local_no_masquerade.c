/*
 * local_no_masquerade.c - FEATURE(`local_no_masquerade'): mail delivered locally is not masqueraded.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(local_no_masquerade, CF_LOCAL_NO_MASQUERADE)
