/*
 * use_cw_file.c - FEATURE(`use_cw_file'): read this host's other names
 * into class w from confCW_FILE (local-host-names).
 */
#include "features/feature_impl.h"

FEATURE_SETS_DEFINE(use_cw_file, "USE_CW_FILE")
