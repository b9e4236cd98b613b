/*
 * allmasquerade.c - FEATURE(`allmasquerade'): header recipients are masqueraded too, not only senders.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(allmasquerade, CF_ALLMASQUERADE)
