# start.m4 - read by GNU m4 after m4/prelude.m4 (or its frozen state) and
# before the site's .mc file: the steps of the prelude that belong to
# each run rather than to the frozen definitions.
#
# smcf_initial_list (given on the m4 command line) is the quoted list of
# the known configuration names defined before the .mc: the reference's
# defaults and the -D values.  Each becomes a define record here.
m4wrap(`smcf_finish')
smcf_foreach(`smcf_initial_one', smcf_initial_list)dnl
dnl As in the reference, `#' starts no comment in a .mc: macros on such
dnl lines are expanded.  (From here on this file uses dnl comments.)
changecom()dnl
smcf_m4_divert(0)dnl
