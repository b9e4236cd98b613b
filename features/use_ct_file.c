/*
 * use_ct_file.c - FEATURE(`use_ct_file'): read more trusted users from confCT_FILE.
 */
#include "features/feature_impl.h"

FEATURE_SETS_DEFINE(use_ct_file, "_USE_CT_FILE_")
