#!/usr/bin/env python3
"""cfvalues - does every entry `smcf show --json` printed hold the value
the cf itself gives?

usage: cfvalues.py FILE.cf SHOW.json [FILE.mc]      (exit 0 agree, 1 not)

The cf is read here on its own, line by line, the simple way a person
would read it (continuation lines joined, comments skipped), not through
smcf's reader: options (the last value of each, every value of AliasFile
and ClientPortOptions), DaemonPortOptions by Name=, macros, class words,
class files, maps, mailers and queue groups.  With FILE.mc, every origin
must be a line of an existing file, and the .mc's own lines must exist.
"""
import json
import os
import re
import sys


def fold(s):
    return ' '.join(s.split())


def munch(s):
    """sendmail's reading of a D line value: quotes dropped, \\x kept as x."""
    out, bslash, quoted = [], False, False
    for c in s:
        if bslash:
            out.append({'r': '\r', 'n': '\n', 'f': '\f', 'b': '\b'}.get(c, c))
            bslash = False
        elif c == '\\':
            bslash = True
        elif c == '"':
            quoted = not quoted
        else:
            out.append(c)
    return ''.join(out)


def logical_lines(path):
    with open(path, encoding='latin-1') as f:
        raw = f.read().split('\n')
    cur = None
    for line in raw:
        line = line.rstrip()      # sendmail drops trailing white space
        if line[:1] in (' ', '\t') and cur is not None:
            cur += '\n' + line
            continue
        if cur is not None:
            yield cur
        cur = None if (line.strip() == '' or line.startswith('#')) else line
    if cur is not None:
        yield cur


def name_of(body):
    """`x' or `{name}' at the start of BODY: (name, rest)."""
    if body.startswith('{') and '}' in body:
        end = body.index('}')
        return body[1:end], body[end + 1:]
    return body[:1], body[1:]


def shown_name(prefix, name):
    return prefix + (name if len(name) == 1 else '{' + name + '}')


def read_cf(path):
    entries = {}      # shown name -> list of values

    def put(name, value, many=False):
        if many:
            entries.setdefault(name, []).append(value)
        else:
            entries[name] = [value]

    daemons = 0
    for line in logical_lines(path):
        kind, body = line[0], line[1:]
        if kind == 'O':
            body = body.strip()
            name, _, value = body.partition('=')
            name, value = name.strip(), fold(value)
            if name == 'DaemonPortOptions':
                m = re.search(r'(?:^|,)\s*Name=([^,]*)', value)
                dname = m.group(1).strip() if m else 'Daemon%d' % daemons
                daemons += 1
                put('daemon:' + dname, value)
            else:
                put(name, value, name in ('AliasFile', 'ClientPortOptions'))
        elif kind == 'D':
            name, value = name_of(body)
            put(shown_name('$', name), munch(value))
        elif kind in 'CT':
            if kind == 'T':
                name, words = 't', body
            else:
                name, words = name_of(body)
            key = shown_name('class:', name)
            have = entries.setdefault(key, [''])
            for w in words.split():
                if w not in have[0].split():
                    have[0] = (have[0] + ' ' + w).strip()
        elif kind == 'F':
            name, value = name_of(body)
            put(shown_name('classfile:', name), fold(value), True)
        elif kind == 'K':
            m = re.match(r'\s*([A-Za-z0-9_.]+)(.*)$', body, re.S)
            if m:
                put('map:' + m.group(1), fold(m.group(2)))
        elif kind in 'MQ':
            name, _, rest = body.partition(',')
            put(('mailer:' if kind == 'M' else 'queue:') + fold(name), fold(rest))
    return entries


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        sys.exit(2)
    cf = read_cf(sys.argv[1])
    with open(sys.argv[2]) as f:
        shown = json.load(f)
    problems = []
    seen = {}
    for e in shown:
        seen.setdefault(e['name'], []).append(e)
    for name, es in seen.items():
        values = [e['value'] for e in es]
        want = cf.get(name)
        if values == [None]:
            if want is not None:
                problems.append('%s: shown as not set, the cf has %r' % (name, want))
            continue
        if want is None:
            problems.append('%s: shown as %r, not in the cf' % (name, values))
        elif name.startswith('class:'):
            if sorted(values[0].split()) != sorted(want[0].split()):
                problems.append('%s: shown %r, the cf %r' % (name, values, want))
        elif values != want:
            problems.append('%s: shown %r, the cf %r' % (name, values, want))
    if len(sys.argv) == 4:
        for e in shown:
            origin = e.get('origin')
            if origin is None:
                continue
            path, _, line = origin.rpartition(':')
            if not os.path.exists(path):
                problems.append('%s: origin %s: no such file' % (e['name'], origin))
                continue
            with open(path, encoding='latin-1') as f:
                n = len(f.read().split('\n'))
            if not line.isdigit() or not 1 <= int(line) <= n:
                problems.append('%s: origin %s: no such line' % (e['name'], origin))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
