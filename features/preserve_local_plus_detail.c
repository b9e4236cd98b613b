/*
 * preserve_local_plus_detail.c - FEATURE(`preserve_local_plus_detail'):
 * user+detail is handed to the local mailer as it is (the mailer deals
 * with the detail, as procmail or cyrus do).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(preserve_local_plus_detail, CF_PLUS_DETAIL)
