/*
 * accept_unresolvable_domains.c - FEATURE(`accept_unresolvable_domains'): senders whose domain does not resolve are accepted (no resolve map).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(accept_unresolvable_domains, CF_ACCEPT_UNRESOLVABLE)
