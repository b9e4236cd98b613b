/*
 * accept_unqualified_senders.c - FEATURE(`accept_unqualified_senders'):
 * MAIL FROM addresses without a domain are accepted (check_mail does not
 * ask for a real domain name).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(accept_unqualified_senders, CF_ACCEPT_UNQUALIFIED)
