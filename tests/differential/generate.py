#!/usr/bin/env python3
"""generate.py - random .mc configurations drawn from the whole surface of
the installed sendmail cf tree, for the differential runs (tests/differential).

The surface is found at run time, so that a name the tree knows and smcf
does not is drawn too:
  - FEATURE and HACK names, OS types, domains and mailers are the files of
    the tree's feature/, hack/, ostype/, domain/ and mailer/ folders;
  - which FEATUREs read their arguments is read off the feature file (one
    that never reads _ARG_ takes any argument, `dnl' included);
  - option names are every conf* name the tree's m4 files mention; their
    types come from smcf's own option table (compiler/options.c) where it
    knows them, else from the tree's default value and the name;
  - mailer parameter names (X_MAILER_FLAGS, _DEF_X_FLAGS, ...) are the ones
    the mailer files test.
What is written by hand below is only what no file says: the argument forms
each FEATURE accepts (map specs of every map type, `dnl' and empty
arguments, lists), the defines the tree tests that a site sets (HELP_FILE,
DNSBL_MAP, _FFR_* ...), DAEMON/CLIENT_OPTIONS, milters, queue groups and
LOCAL_* sections in several shapes, m4 idioms (user macros, ifdef/ifelse,
a value the tree defined redefined from itself, bare names, `#' and dnl
comment lines, a site header before the cf.m4 include, CRLF, 8-bit text)
and pools of plausible values.

Each draw is one .mc text; the same seed always gives the same draws.
"""
import os
import random
import re

TREE = os.environ.get('SENDMAIL_CF_DIR', '/usr/share/sendmail/cf')
TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'sub.example.gr.jp',
           'lists.example.com']
HOSTS = ['relay.example.net', '[10.0.0.1]', 'mx.example.org', '[mail.example.com]']


def maps(name):
    """Map specification forms of a map FEATURE named NAME: every map
    type a site writes there, with and without flags, and `dnl'."""
    return [[], [''], [f'hash MAPDIR/{name}'], [f'btree MAPDIR/{name}'],
            [f'hash -o MAPDIR/{name}'], [f'hash -T<TMPF> -o MAPDIR/{name}'],
            [f'text MAPDIR/{name}.txt'], [f'dbm MAPDIR/{name}'],
            [f'hash -N MAPDIR/{name}'], [f'cdb MAPDIR/{name}'], [f'nis {name}.byname'],
            [f'nis -o {name}@example.com'], [f'implicit MAPDIR/{name}'],
            [f'ldap -1 -v mail -k (uid=%0)'], [f'sequence {name}1 {name}2'],
            [f'hesiod {name}'], [f'hash -m -a.FOUND MAPDIR/{name}'], ['dnl']]


# Argument forms of each FEATURE and HACK (a list of argument lists).  A
# name missing here is drawn with no arguments, or with `dnl' or junk when
# its file never reads them.
FORMS = {
    'access_db': [[], ['hash -T<TMPF> MAPDIR/access'], ['hash -T<TMPF> -o MAPDIR/access'],
                  ['btree -T<TMPF> MAPDIR/access'], ['', 'skip'], ['', 'lookupdotdomain'],
                  ['hash -T<TMPF> MAPDIR/access', 'relaytofulladdress'],
                  ['', 'skip', 'lookupdotdomain'], ['', 'lookupdotdomain', 'relaytofulladdress'],
                  ['hash MAPDIR/access', 'skip', 'lookupdotdomain', 'relaytofulladdress'],
                  ['LDAP'], ['LDAP', 'skip'], ['ldap -1 -T<TMPF> -v sendmailMTAMapValue -k uid=%0']],
    'always_add_domain': [[], ['example.com']],
    'authinfo': maps('authinfo') + [['LDAP']],
    'badmx': [[], ['^(127\\.|10\\.)']],
    'bcc': [[], ['', 'bcc@example.com'], ['access', 'archive@example.com'], ['LDAP', 'bcc.example.com']],
    'bestmx_is_local': [[], ['example.com'], ['example.com example.org']],
    'bitdomain': maps('bitdomain') + [['LDAP']],
    'check_other': [[], ['^[[:print:]]+ *:']],
    'conncontrol': [[], ['nodelay'], ['nodelay', 'terminate'], ['', 'terminate']],
    'ratecontrol': [[], ['nodelay'], ['nodelay', 'terminate'], ['', 'terminate']],
    'delay_checks': [[], ['friend'], ['hater']],
    'dnsbl': [[], ['bl.example.org'], ['bl.example.org', '"550 Rejected: " $&{client_addr} " is listed"'],
              ['bl.example.org', '', 't'], ['bl.example.org', 'quarantine'],
              ['bl.example.org', '"554 listed"', '"451 try later"']],
    'enhdnsbl': [['bl.example.org', '', 't', '127.0.0.2.'],
                 ['bl.example.org', '"550 listed"', '', '127.0.0.3.', '127.0.0.4.'],
                 ['bl.example.org', '', '', '127.0.0.2.'], ['bl.example.org']],
    'rhsbl': [['rhs.example.org'], ['rhs.example.org', '"550 bad domain"'],
              ['rhs.example.org', '', 't']],
    'domainmap': [['a.example.com', 'hash MAPDIR/a-users'], ['b.example.com', 'hash -o MAPDIR/b-users']],
    'domaintable': maps('domaintable') + [['LDAP']],
    'drac': [[], ['hash MAPDIR/drac']],
    'genericstable': maps('genericstable') + [['LDAP']],
    'greet_pause': [[], ['5000'], ['0']],
    'local_lmtp': [[], ['/usr/lib/dovecot/deliver'], ['/usr/bin/lmtp', 'lmtp -d $u']],
    'local_procmail': [[], ['/usr/bin/procmail'], ['/usr/bin/procmail', 'procmail -a $h -d $u'],
                       ['/usr/bin/procmail', 'procmail -Y -d $u', 'SPfhn9']],
    'mailertable': maps('mailertable') + [['LDAP']],
    'msp': [[], ['[127.0.0.1]'], ['mailhub.example.com', 'MSA'], ['[127.0.0.1]', '587']],
    'mtamark': [[], ['', 't'], ['"550 not an MTA"']],
    'nocanonify': [[], ['canonify_hosts']],
    'nopercenthack': [['reject'], ['nospecial']],
    'nouucp': [['reject'], ['nospecial']],
    'nullclient': [['mailhub.example.com'], ['[10.0.0.2]']],
    'prefixmod': [['foo', 'X'], ['bar', 'Y']],
    'queuegroup': [[], ['slow']],
    'relay_mail_from': [[], ['domain']],
    'smrsh': [[], ['/usr/sbin/smrsh'], ['/usr/lib/sm.bin/smrsh']],
    'sts': [[], ['', 'NO_SAN_TST']],
    'uucpdomain': maps('uucpdomain') + [['LDAP']],
    'virtusertable': maps('virtusertable') + [['LDAP'], ['ldap -1 -v mailForwardingAddress -k (mail=%0)']],
    'ldap_routing': [[], ['', '', 'bounce'], ['', '', 'passthru', 'strip'],
                     ['', '', 'sendertoo', 'preserve', 'nodomain', 'tempfail'],
                     ['ldap -1 -T<TMPF> -v mailHost -k uid=%0', 'ldap -1 -T<TMPF> -v mailRoutingAddress -k uid=%0',
                      '', '', '', 'queue']],
    'dnsblaccess': [['bl.example.net'], ['bl.example.net', '', 't', 'bltag']],
    'msp_nullclient': [['mailhub.example.com']],
}

# What a FEATURE needs before it, as the reference's files say ("requires").
NEEDS_ACCESS = {'blocklist_recipients', 'blacklist_recipients', 'delay_checks', 'queuegroup',
                'lookupdotdomain', 'relay_mail_from', 'compat_check', 'greet_pause', 'conncontrol',
                'ratecontrol', 'mtamark', 'require_rdns', 'badmx', 'block_bad_helo',
                'tls_session_features', 'dnsblaccess', 'spamtrap', 'xconnect'}
# FEATUREs that make the file a different kind of configuration: drawn rarely.
RARE = {'nullclient', 'msp', 'msp_nullclient', 'tls_failures', 'ldap_routing', 'sts', 'bcc',
        'vnet', 'virthost_by_ip', 'domainmap', 'prefixmod'}

# Defines the tree's m4 files test that are neither conf* options nor
# mailer parameters, with values a site gives them ('' = defined empty).
# The tree's internal guards (_ARITH_MAP_, _MACRO_MAP_, _NO_UUCP_,
# _FULL_TLS_CONNECTION_CHECK_, _DELAY_COMPAT_8_10_, USE_CW_FILE,
# MASQUERADE_NAME, ...: names a FEATURE or
# the tree itself defines to remember what it wrote) are not drawn.
PLAIN_DEFINES = {
    'ALIAS_FILE': ['/etc/mail/aliases', 'MAPDIR/aliases,/etc/mail/more'],
    'HELP_FILE': ['/etc/mail/helpfile', ''],
    'STATUS_FILE': ['/var/log/sendmail.st', ''],
    'QUEUE_DIR': ['/var/spool/mqueue', '/var/spool/mqueue/q*'],
    'MSP_QUEUE_DIR': ['/var/spool/clientmqueue'],
    'PROCMAIL_PATH': ['/usr/local/bin/procmail'],
    'SSH_PATH': ['/usr/bin/ssh'], 'SSH_REMOTE_COMMAND': ['rmail'],
    'DNSBL_MAP': ['dns -R A'], 'DNSBL_MAP_OPT': ['-T<TMPF>', 'k'],
    'EDNSBL_TO': ['5', '30'], 'MTAMARK_TO': ['10'], 'UUCP_MAX_SIZE': ['200000'],
    'VENDOR_NAME': ['Sun', 'Example'], 'NO_VENDOR': [''], 'TLS_PERM_ERR': [''],
    'CYRUS_BB_MAILER_ARGS': ['deliver -e -m $u'],
    'DOMAINMAP_NO_REGEX': [''],
    '_USE_DECNET_SYNTAX_': [''], '_NO_MAKEINFO_': [''],
    '_STRICT_RFC821_': [''], '_USE_DEPRECATED_ROUTE_ADDR_': [''],
    '_REQUIRE_QUAL_RCPT_': [''],
    '_FFR_NOCANONIFY_HEADERS': [''], '_FFR_REJECT_IP_IN_CHECK_RCPT_': [''],
    '_FFR_MAIL_MACRO': [''], '_FFR_LOOKUPTAG_': [''], '_CERT_REGEX_ISSUER_': ['(.*)'], '_CERT_REGEX_SUBJECT_': ['(.*)'],
    'NO_NETINET6': [''],
}

# Values of the option types of compiler/options.c.
TYPE_VALUES = {
    'OPT_BOOLEAN': ['True', 'False', 'true', 'yes', 'no'],
    'OPT_INTEGER': ['0', '1', '5', '12', '100', '1000'],
    'OPT_INTEGER_PAIR': ['10', '256/128', '1024/64'],
    'OPT_SIZE': ['0', '10485760', '5242880', '100000'],
    'OPT_DURATION': ['30s', '5m', '1h', '2d', '1h30m', '4h'],
    'OPT_DURATION_PAIR': ['5m', '1h/30m'],
    'OPT_OCTAL': ['0600', '0640', '0660'],
    'OPT_CHAR': ['.', '_', '-'],
    'OPT_STRING': ['/etc/mail/x', 'value', '$j', 'a b c'],
}
STRING_POOLS = [
    (r'(FILE|PATH|DIR|DIRECTORY|CERT|KEY|CACERT|CRL|SPEC|_DB)$', ['/etc/mail/thing', 'MAPDIR/thing', '/var/spool/x']),
    (r'^confTO_', ['5m', '1h', '30s', '2d']),
    (r'MILTER_MACROS', ['j, {daemon_name}', 'i, {auth_type}, {auth_authen}']),
    (r'_MSG$', ['"550 Access denied"', '$j ready at $b', '"421 busy"']),
    (r'DOMAIN_NAME$', ['mail.example.com', '$w.$m']),
    (r'TRUSTED_USERS?$', ['smmsp', 'www uucp']),
    (r'USER|_ID$', ['8:12', 'smmta:smmsp', 'mail']),
    (r'MECHANISMS$', ['LOGIN PLAIN', 'CRAM-MD5 DIGEST-MD5 PLAIN']),
    (r'AUTH_OPTIONS$', ['A p', 'A', 'p,y']),
    (r'SMTP_MAILER$', ['esmtp', 'smtp8', 'smtp', 'dsmtp']),
    (r'CF_VERSION$|MAILER_NAME$', ['site-1', 'MAILER-DAEMON']),
]


def read(path):
    with open(path, encoding='latin-1') as f:
        return f.read()


def names_in(folder):
    d = os.path.join(TREE, folder)
    return sorted(f[:-3] for f in os.listdir(d) if f.endswith('.m4'))


def our_option_types():
    """m4 name -> (type, allowed values) from compiler/options.c."""
    path = os.path.join(TOP, 'compiler', 'options.c')
    types = {}
    if not os.path.exists(path):
        return types
    row = re.compile(r'\{\s*"([A-Za-z0-9_]+)",\s*(OPT_KIND_\w+),\s*(?:"[^"]*"|NULL),\s*(OPT_\w+),\s*("([^"]*)"|NULL)')
    for m in row.finditer(read(path)):
        allowed = m.group(5).split(',') if m.group(5) else []
        types[m.group(1)] = (m.group(2), m.group(3), allowed)
    return types


class Surface:
    def __init__(self):
        self.features = names_in('feature')
        self.hacks = names_in('hack')
        self.ostypes = names_in('ostype')
        self.domains = names_in('domain')
        self.mailers = names_in('mailer')
        self.reads_args = {}
        for kind, names in (('feature', self.features), ('hack', self.hacks)):
            for n in names:
                self.reads_args[n] = '_ARG' in read(os.path.join(TREE, kind, n + '.m4'))
        text = ''.join(read(os.path.join(TREE, 'm4', f)) for f in ('proto.m4', 'cfhead.m4', 'version.m4')
                       if os.path.exists(os.path.join(TREE, 'm4', f)))
        self.defaults = dict(re.findall(r"_OPTION\([A-Za-z0-9.]+,\s*`(conf[A-Z0-9_]+)',\s*`([^']*)'\)", text))
        names = set(re.findall(r'\bconf[A-Z][A-Z0-9_]+', text))
        for n in self.features:
            names |= set(re.findall(r'\bconf[A-Z][A-Z0-9_]+', read(os.path.join(TREE, 'feature', n + '.m4'))))
        self.types = our_option_types()
        names |= {n for n, t in self.types.items() if n.startswith('conf') and t[0] != 'OPT_KIND_OBSOLETE'}
        self.options = sorted(names)
        mtext = ''.join(read(os.path.join(TREE, 'mailer', m + '.m4')) for m in self.mailers)
        self.mailer_params = sorted(set(re.findall(r'\b(?:_DEF_)?[A-Z0-9]+_(?:MAILER|SHELL)_[A-Z_]+\b', mtext))
                                    - {'_DEF_LOCAL_MAILER_FLAGS_'})
        self.ostype_defines = {}
        for o in self.ostypes:
            self.ostype_defines[o] = sorted(set(re.findall(r"define\(`([A-Za-z_][A-Za-z0-9_]*)'",
                                                           read(os.path.join(TREE, 'ostype', o + '.m4')))))

    def option_value(self, rng, name):
        kind, typ, allowed = self.types.get(name, (None, None, []))
        if typ in ('OPT_ENUM', 'OPT_ENUM_LETTER') and allowed:
            return rng.choice(allowed)
        if typ == 'OPT_ENUM_OR_BOOL' and allowed:
            return rng.choice(allowed + ['True', 'False'])
        if typ in ('OPT_FLAG_WORDS', 'OPT_FLAG_CHARS') and allowed:
            sep = ',' if typ == 'OPT_FLAG_WORDS' else ''
            return sep.join(rng.sample(allowed, min(len(allowed), rng.randint(1, 3))))
        if typ in TYPE_VALUES and typ != 'OPT_STRING':
            return rng.choice(TYPE_VALUES[typ])
        for pattern, pool in STRING_POOLS:
            if re.search(pattern, name):
                return rng.choice(pool)
        d = self.defaults.get(name)
        if d in ('True', 'False'):
            return rng.choice(['True', 'False'])
        if d is not None and re.fullmatch(r'\d+', d):
            return rng.choice(TYPE_VALUES['OPT_INTEGER'])
        if d is not None and re.fullmatch(r'\d+[smhdw]', d):
            return rng.choice(TYPE_VALUES['OPT_DURATION'])
        return rng.choice(TYPE_VALUES['OPT_STRING'])


def mailer_param_value(rng, name):
    if name.endswith('FLAGS'):
        return rng.choice(['e', 'O', '8', 'Pfhn9', 'mDFMuX', 'mDFMuXa', 'lsDFMAw5:|/@q', '%'])
    if name.endswith('PATH'):
        return rng.choice(['/usr/lib/sm.bin/mail.local', '/usr/local/bin/prog', '[IPC]'])
    if name.endswith('ARGS'):
        return rng.choice(['TCP $h 2525', 'mail -d $u', 'prog $u', 'TCP $h'])
    if name.endswith(('MAX', 'MAXMSGS', 'MAXRCPTS')):
        return rng.choice(['1000000', '50', '100000'])
    if name.endswith('_LL'):
        return rng.choice(['990', '2040'])
    if name.endswith('CHARSET'):
        return rng.choice(['iso-8859-1', 'utf-8'])
    if name.endswith('QGRP'):
        return rng.choice(['slow', 'mqueue'])
    if name.endswith(('USER', 'HOST')):
        return rng.choice(['cyrus:mail', 'mailhost'])
    if name.endswith('DIR'):
        return rng.choice(['$z:/', '/var/tmp'])
    if name.endswith('EOL'):
        return '\\r\\n'
    return 'x'


def q(s):
    return '`' + s + "'"


def as_name(rng, s):
    """The name argument of FEATURE, HACK, OSTYPE, DOMAIN or MAILER:
    quoted as the documentation writes it, or bare as many sites do."""
    return s if rng.random() < 0.15 and re.fullmatch(r'[a-z][a-z0-9_]*', s) else q(s)


def feature_line(surface, rng, kind, name):
    forms = FORMS.get(name)
    if forms is None:
        forms = [[]]
        if not surface.reads_args.get(name, True):
            forms += [['dnl'], [''], ['whatever']]
    args = rng.choice(forms)
    if args and rng.random() < 0.03:
        args = args + ['dnl']             # one argument more than it reads
    text = ''.join(', ' + q(a) for a in args)
    return f"{kind}({as_name(rng, name)}{text})dnl"


def draw(surface, rng, without=()):
    L = []
    self_includes = rng.random() < 0.2
    if self_includes:
        # the Debian / Red Hat shape: comment lines (m4 comments are on
        # until cf.m4 is read), then the include of the tree
        L += ['divert(-1)dnl', "# a site's sendmail.mc, it's `ours' (see the README)",
              '#   m4 sendmail.mc > sendmail.cf', 'divert(0)dnl',
              "include(`/usr/share/sendmail/cf/m4/cf.m4')dnl"]
    else:
        L += ['divert(-1)', '# random configuration, drawn by tests/differential', 'divert(0)dnl']
    L.append("VERSIONID(`differential')dnl")
    ostype = rng.choice(surface.ostypes)
    domain = [f"DOMAIN({as_name(rng, rng.choice(surface.domains))})dnl"] if rng.random() < 0.6 else []
    if domain and rng.random() < 0.1:
        L += domain + [f"OSTYPE({as_name(rng, ostype)})dnl"]
    else:
        L += [f"OSTYPE({as_name(rng, ostype)})dnl"] + domain
    if rng.random() < 0.1:
        L.append(rng.choice(['dnl # the site part starts here', '# a comment line the cf keeps',
                             "dnl a note that says it's `ours'"]))
    # m4 idioms a site writes
    if rng.random() < 0.15:
        L.append("define(`MYDOMAIN', `example.com')dnl")
        L.append("define(`confDOMAIN_NAME', `mail.'MYDOMAIN)dnl")
    if rng.random() < 0.1:
        L.append("ifdef(`confSMTP_LOGIN_MSG', `', `define(`confSMTP_LOGIN_MSG', `$j ready')')dnl")
    if rng.random() < 0.08:
        L.append(rng.choice([
            "ifelse(OSTYPE_NAME, `linux', `define(`confTO_IDENT', `0')', `define(`confTO_IDENT', `5s')')dnl",
            "define(`OSTYPE_NAME', `" + ostype + "')dnl",
            "ifelse(`a', `b', `FEATURE(`nouucp', `reject')', `dnl')",
            "define(`SITE_RELAY', `relay.example.net')define(`SMART_HOST', SITE_RELAY)dnl",
            "define(`conf_OPT', `define(`conf'$1, `$2')')conf_OPT(`TO_QUEUEWARN', `8h')dnl"]))
    if rng.random() < 0.1:
        # a value the tree (cfhead, the OS type) defined, redefined from itself
        name_ = rng.choice(['confEBINDIR', 'LOCAL_MAILER_PATH', 'LOCAL_SHELL_FLAGS', 'confCW_FILE',
                            'LOCAL_MAILER_ARGS', 'confTRUSTED_USERS', 'ALIAS_FILE', 'confPID_FILE'])
        L.append(rng.choice([f"define({q(name_)}, defn({q(name_)}))dnl",
                             f"ifdef({q(name_)}, `define({q(name_)}, {name_})')dnl",
                             f"define({q(name_)}, ifdef({q(name_)}, `defn({q(name_)})', `none'))dnl"]))
    for pname in rng.sample(sorted(PLAIN_DEFINES), rng.choice([0, 0, 0, 1, 2])):
        val = rng.choice(PLAIN_DEFINES[pname])
        L.append(f"define({q(pname)}, {q(val)})dnl" if val else
                 rng.choice([f"define({q(pname)})dnl", f"define({q(pname)}, `')dnl"]))
    if rng.random() < 0.15 and surface.ostype_defines.get(ostype):
        name = rng.choice(surface.ostype_defines[ostype])
        if name.endswith(('FLAGS', 'ARGS')) or name.startswith('conf'):
            extra = 'x' if name.endswith('FLAGS') else ' -v'
            L.append(f"define({q(name)}, defn({q(name)})`{extra}')dnl")
    for name in rng.sample(surface.options, rng.randint(0, 10)):
        value = surface.option_value(rng, name) if rng.random() < 0.92 else ''
        L.append(f"define({q(name)}, {q(value)})dnl")
    if rng.random() < 0.05:
        L.append("undefine(`ALIAS_FILE')dnl")
    for relay, pool in (('SMART_HOST', HOSTS + ['esmtp:[smarthost.example.com]', 'relay:relay.example.net']),
                        ('MAIL_HUB', HOSTS), ('LOCAL_RELAY', HOSTS), ('LUSER_RELAY', ['local:luser', 'luser.example.com']),
                        ('UUCP_RELAY', HOSTS), ('BITNET_RELAY', HOSTS), ('DECNET_RELAY', HOSTS),
                        ('FAX_RELAY', HOSTS), ('MAIL_SETTINGS_DIR', ['/etc/mail/', '/usr/local/etc/mail/'])):
        if rng.random() < (0.3 if relay == 'SMART_HOST' else 0.06):
            L.append(f"define({q(relay)}, {q(rng.choice(pool))})dnl")
    if rng.random() < 0.4:
        L.append(f"MASQUERADE_AS({q(rng.choice(DOMAINS))})dnl")
    for macro in ('MASQUERADE_DOMAIN', 'MASQUERADE_EXCEPTION', 'EXPOSED_USER', 'RELAY_DOMAIN', 'LOCAL_DOMAIN',
                  'GENERICS_DOMAIN', 'VIRTUSER_DOMAIN', 'CANONIFY_DOMAIN', 'LOCAL_USER'):
        for _ in range(2):
            if rng.random() < 0.1:
                arg = rng.choice(['root', 'daemon']) if macro in ('EXPOSED_USER', 'LOCAL_USER') else \
                    rng.choice(DOMAINS + ['a.example.com b.example.com'])
                L.append(f"{macro}({q(arg)})dnl")
        if macro != 'LOCAL_DOMAIN' and rng.random() < 0.06:
            L.append(f"{macro}_FILE({q(rng.choice(['-o MAPDIR/', 'MAPDIR/', '/etc/mail/']) + macro.lower())})dnl")
    if rng.random() < 0.15:
        L.append(f"TRUST_AUTH_MECH({q(rng.choice(['LOGIN PLAIN', 'EXTERNAL DIGEST-MD5']))})dnl")
    for _ in range(rng.choice([0, 0, 1, 2])):
        L.append(rng.choice(["DAEMON_OPTIONS(`Port=smtp,Addr=127.0.0.1, Name=MTA')dnl",
                             "DAEMON_OPTIONS(`Port=submission, Name=MSA, M=Ea')dnl",
                             "DAEMON_OPTIONS(`Family=inet6, Name=MTA-v6')dnl",
                             "DAEMON_OPTIONS(`Port=465, Name=TLSMTA, M=s')dnl",
                             "DAEMON_OPTIONS(`Family=inet6, Addr=::1, Name=MTA-v6, M=O')dnl",
                             "DAEMON_OPTIONS(`Name=MTA, Port=25, Addr=0.0.0.0, InputMailFilters=f1')dnl",
                             "DAEMON_OPTIONS(`Port=587,Name=MSA,M=E,ReceiveSize=1048576')dnl",
                             "DAEMON_OPTIONS(`Port=2525, Name=Alt, Family=inet, Listen=100, M=hA')dnl",
                             "DAEMON_OPTIONS(`Port=smtp, Name=MTA, M=', `dnl')dnl"]))
    if rng.random() < 0.12:
        L.append(rng.choice(["CLIENT_OPTIONS(`Family=inet6')dnl", "CLIENT_OPTIONS(`Addr=10.0.0.5')dnl",
                             "CLIENT_OPTIONS(`Family=inet, Addr=192.0.2.1, Port=2525')dnl",
                             "CLIENT_OPTIONS(`Name=CLT, M=h')dnl"]))
    for i in range(rng.choice([0, 0, 0, 1, 2])):
        L.append(rng.choice(["INPUT_MAIL_FILTER(`f%d', `S=local:/var/run/f%d.sock, F=T, T=S:4m;R:4m')dnl",
                             "MAIL_FILTER(`f%d', `S=inet:%d@localhost')dnl",
                             "INPUT_MAIL_FILTER(`f%d', `S=inet6:89%d@[::1], F=R, T=C:10s;S:1m;R:1m;E:5m')dnl",
                             "INPUT_MAIL_FILTER(f%d, `S=unix:/run/f%d')dnl",
                             "MAIL_FILTER(`f%d', `S=local:/run/f%d.sock')dnl\n"
                             "define(`confINPUT_MAIL_FILTERS', `f%d')dnl"]).replace('%d', str(i + 1)))
    for _ in range(rng.choice([0] * 10 + [1, 2])):
        L.append(rng.choice(["QUEUE_GROUP(`slow', `P=/var/spool/mqueue/slow, F=f, I=1h')dnl",
                             "QUEUE_GROUP(`fast', `P=/var/spool/mqueue/q*, R=4, r=10, J=2')dnl",
                             "QUEUE_GROUP(`mqueue', `P=/var/spool/mqueue, F=n, N=5')dnl",
                             "QUEUE_GROUP(`bulk', `Path=/var/spool/mqueue/bulk, Runners=2, Interval=30m')dnl"]))
    # FEATUREs and HACKs: requirements first, then a random order
    chosen = []
    for name in surface.features:
        if name in without:
            continue
        p = 0.01 if name in RARE else 0.07
        if rng.random() < p:
            chosen.append(('FEATURE', name))
    for name in surface.hacks:
        if name not in without and rng.random() < (0.01 if name in RARE else 0.03):
            chosen.append(('HACK', name))
    rng.shuffle(chosen)
    if any(n in NEEDS_ACCESS for _, n in chosen) and ('FEATURE', 'access_db') not in chosen \
            and rng.random() < 0.95:
        chosen.insert(0, ('FEATURE', 'access_db'))
    if ('FEATURE', 'access_db') in chosen and rng.random() < 0.9:
        chosen.remove(('FEATURE', 'access_db'))
        chosen.insert(0, ('FEATURE', 'access_db'))
    late = []
    if chosen and rng.random() < 0.03:
        late.append(chosen.pop())       # a FEATURE after MAILER: the reference refuses
    for kind, name in chosen:
        L.append(feature_line(surface, rng, kind, name))
    if ('FEATURE', 'ldap_routing') in chosen and rng.random() < 0.6:
        L.append(rng.choice(["LDAPROUTE_DOMAIN(`example.com')dnl", "LDAPROUTE_DOMAIN_FILE(`MAPDIR/ldaproute')dnl",
                             "LDAPROUTE_EQUIVALENT(`example.org')dnl",
                             "LDAPROUTE_EQUIVALENT_FILE(`-o MAPDIR/ldapequiv')dnl"]))
    for name in rng.sample(surface.mailer_params, rng.randint(0, 4)):
        L.append(f"define({q(name)}, {q(mailer_param_value(rng, name))})dnl")
    for _ in range(rng.choice([0, 0, 0, 1])):
        m = rng.choice(['LOCAL', 'SMTP', 'ESMTP', 'SMTP8', 'DSMTP', 'RELAY', 'PROCMAIL', 'UUCP', 'CYRUS'])
        L.append(f"MODIFY_MAILER_FLAGS({q(m)}, {q(rng.choice(['+O', '-w', '+8', 'mDFMu', '-a']))})dnl")
    mailers = ['local', 'smtp'] if rng.random() < 0.92 else rng.choice([['local'], ['smtp'], []])
    others = [m for m in surface.mailers if m not in ('local', 'smtp')]
    mailers += [m for m in others if rng.random() < 0.06]
    order = ['local', 'smtp'] + others
    for m in sorted(mailers, key=order.index):
        L.append(f"MAILER({as_name(rng, m)})dnl")
    for oname in rng.sample(surface.options, rng.choice([0, 0, 0, 1, 2])):
        L.append(f"define({q(oname)}, {q(surface.option_value(rng, oname))})dnl")
    for kind, name in late:
        L.append(feature_line(surface, rng, kind, name))
    if rng.random() < 0.1:
        name = rng.choice(surface.mailer_params)
        L.append(f"define({q(name)}, {q(mailer_param_value(rng, name))})dnl")
    if rng.random() < 0.15:
        L += ['LOCAL_CONFIG', 'C{Internal}10.0.0.0 192.168.0.0', '# a site comment']
        if rng.random() < 0.5:
            L += [rng.choice(['HX-Site: example', 'Kmyalias hash -o MAPDIR/myalias', 'O MaxHopCount=30',
                              'Dq$g', 'F{Trusted}-o MAPDIR/trusted', 'H?M?X-Mailer: smcf test'])]
    if rng.random() < 0.2:
        L += ['LOCAL_RULESETS'] + rng.choice([
            ['SLocal_check_rcpt', 'R$* < @ spam . example . > $*\t$#error $: "550 no"'],
            ['SLocal_check_mail', 'R<>\t$@ OK', 'R$*\t$: $>Parse0 $1'],
            ['SLocal_check_relay', 'R$* $| 10.1.$*\t$#error $@ 5.7.1 $: "550 blocked"'],
            ['SLocal_trust_auth', 'R$*\t$: $&{auth_authen}', 'Rsmmsp\t$# OK'],
            ['SLocal_check_compat', 'R$* $| $*\t$@ OK'],
            ['Scheck_eoh', 'R$*\t$: $(arith l $@ $&{hdrlen} $@ 100 $)'],
            ['SLocal_localaddr', 'R$+\t$: $1'],
            ['SLocal_check_eom', 'R$*\t$@ OK']])
    for section, body in (('LOCAL_SRV_FEATURES', 'R$*\t$# "A"'), ('LOCAL_CLT_FEATURES', 'R$*\t$# "M"'),
                          ('LOCAL_TRY_TLS', 'R$*\t$# NO'), ('LOCAL_TLS_RCPT', 'R$*\t$@ OK'),
                          ('LOCAL_TLS_CLIENT', 'R$*\t$@ OK'), ('LOCAL_TLS_SERVER', 'R$*\t$@ OK'),
                          ('LOCAL_UUCP', 'R$* < @ $=Y . UUCP > $*\t$#uucp $@ $2 $: $1 < @ $2 .UUCP. > $3')):
        if rng.random() < 0.03:
            L += [section, body]
    for n in '0123':
        if rng.random() < 0.04:
            L += [f'LOCAL_RULE_{n}', f'R$* < @ old{n} . example . > $*\t$1 < @ new . example . > $2']
    if rng.random() < 0.04:
        L += ['LOCAL_NET_CONFIG', 'R$* < @ $* .internal. > $*\t$#esmtp $@ hub.internal $: $1 < @ $2 .internal. > $3']
    if rng.random() < 0.03:
        L += ['MAILER_DEFINITIONS', 'Mnull, P=/dev/null, F=lsDFMq, A=cat']
    text = '\n'.join(L) + '\n'
    if rng.random() < 0.04:
        text = text.replace('VERSIONID(`differential\')', 'VERSIONID(`diff\xe9rentiel \xa0')
    if rng.random() < 0.04:
        text = text.replace('\n', '\r\n')
    return text


if __name__ == '__main__':
    import sys
    s = Surface()
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    sys.stdout.write(draw(s, random.Random(seed)))
