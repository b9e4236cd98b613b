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
dnl lines are expanded.  A .mc that includes cf.m4 itself is read by
dnl plain m4 in the reference, so there comments stay on until that
dnl include (see the include wrapper in m4/prelude.m4).  (From here on
dnl this file uses dnl comments.)
ifdef(`smcf_comments_until_cf', `', `changecom()')dnl
smcf_m4_divert(0)dnl
