/*
 * virtuser_entire_domain.c - FEATURE(`virtuser_entire_domain'): the virtual domains of class VirtHost cover their subdomains.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(virtuser_entire_domain, CF_VIRTUSER_ENTIRE_DOMAIN)
