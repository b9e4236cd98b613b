# tests/lib/reference.sh - sourced by the test areas that compare smcf with
# the real sendmail toolchain.  It names the project's own helpers and says
# whether the reference is usable here, and if not, why:
#   REFCF       tests/lib/refcf: the reference cf of a .mc (GNU m4 + tree)
#   CFCOMPARE   tests/lib/cfcompare.py: two cf files, by meaning
#   SENDMAIL_BT tests/lib/sendmail-bt: the real sendmail -bt, hermetic
#   HERMETIC    tests/lib/hermetic: any command in the same hermetic host
#   ADDRESS_TESTS  tests/lib/address-tests: -bt commands for any cf
#   have_reference  1 or 0; no_reference_why: the reason, for SKIP lines
lib=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REFCF=$lib/refcf
CFCOMPARE=$lib/cfcompare.py
SENDMAIL_BT=$lib/sendmail-bt
HERMETIC=$lib/hermetic
ADDRESS_TESTS=$lib/address-tests
have_reference=1
no_reference_why=
if [ ! -f "${SENDMAIL_CF_DIR:-/usr/share/sendmail/cf}/m4/cf.m4" ]; then
	have_reference=0
	no_reference_why="the sendmail cf tree is not installed (Debian package sendmail-cf; make check installs it as root)"
elif [ ! -x /usr/sbin/sendmail-mta ] && [ ! -x /usr/sbin/sendmail ]; then
	have_reference=0
	no_reference_why="the real sendmail is not installed (Debian package sendmail-bin; make check installs it as root)"
elif ! command -v python3 > /dev/null; then
	have_reference=0
	no_reference_why="python3 is not installed"
elif [ "$(id -u)" != 0 ] || ! unshare -m -u true 2> /dev/null; then
	have_reference=0
	no_reference_why="comparing with the real sendmail needs root and namespaces (a hermetic host name)"
fi
