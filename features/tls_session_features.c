/*
 * tls_session_features.c - FEATURE(`tls_session_features'): the access map can set per-client TLS session features (TLS_Srv_features:, TLS_Clt_features:).
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(tls_session_features, CF_TLS_SESSION_FEATURES)
