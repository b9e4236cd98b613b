/*
 * use_ct_file.c - FEATURE(`use_ct_file'): read more trusted users from confCT_FILE.
 */
#include "features/feature_impl.h"

FEATURE_SETS_FLAG(use_ct_file, CF_USE_CT_FILE)
