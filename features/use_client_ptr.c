/*
 * use_client_ptr.c - FEATURE(`use_client_ptr'): check_relay uses the client name as resolved from its address.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(use_client_ptr, CF_USE_CLIENT_PTR)
