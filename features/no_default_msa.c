/*
 * no_default_msa.c - FEATURE(`no_default_msa'): no submission daemon (port 587) unless DAEMON_OPTIONS asks for one.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(no_default_msa, CF_NO_DEFAULT_MSA)
