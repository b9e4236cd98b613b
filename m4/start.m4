# start.m4 - read by GNU m4 after m4/prelude.m4 (or its frozen state) and
# before the site's .mc file: the steps of the prelude that belong to
# each run rather than to the frozen definitions.
#
# smcf_initial_list (given on the m4 command line) is the quoted list of
# the known configuration names defined before the .mc: the reference's
# defaults and the -D values.  Each becomes a define record here.
m4wrap(`smcf_finish')
smcf_foreach(`smcf_initial_one', smcf_initial_list)dnl
dnl A .mc is run after cf.m4, which turns m4 comments off: `#' starts no
dnl comment and macros on such lines are expanded.  A .mc that includes
dnl cf.m4 itself (smcf_mc_includes_cf, from the command line) is run
dnl alone, as its users do: `#' lines are comments until the include
dnl (prelude.m4, smcf_read_cf_m4).  (From here on this file uses dnl.)
ifdef(`smcf_mc_includes_cf', `',
	`smcf_m4_define(`smcf_cf_m4_read')changecom()')dnl
smcf_m4_divert(0)dnl
