# start.m4 - read by GNU m4 after m4/prelude.m4 (or its frozen state) and
# before the site's .mc file: the steps of the prelude that belong to
# each run rather than to the frozen definitions (smcf_start, in
# m4/prelude.m4, says which).  smcf_initial_list, smcf_reset_list and
# smcf_mc_includes_cf come from the m4 command line.
smcf_start`'dnl
