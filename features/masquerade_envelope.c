/*
 * masquerade_envelope.c - FEATURE(`masquerade_envelope'): the envelope
 * sender is masqueraded like the header sender.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(masquerade_envelope, CF_MASQ_ENVELOPE)
