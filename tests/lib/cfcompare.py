#!/usr/bin/env python3
"""cfcompare - are two sendmail.cf files the same configuration?

usage: cfcompare.py REFERENCE.cf CANDIDATE.cf     (exit 0 same, 1 different)
       or, from Python: differences(ref_path, cand_path) -> list of strings

The comparison is by meaning, the way sendmail reads a cf, not by text:
comments, blank lines and layout do not count, continuation lines are
joined, and every line kind is compared as a set of items (order does not
matter to sendmail there) except the rules, which are compared ruleset by
ruleset, in order, as token lists.

  V        version level and vendor
  D        each macro and its value
  C, F     each class word; each class file line
  O        each option and its value (white space around `=' ignored)
  K        each map declaration (white space runs folded)
  M        each mailer: its fields as a set, F= as a set of flag letters
  H P T    headers, precedences, trusted users
  Q X E    queue groups, mail filters, environment lines
  S        which rulesets exist, by name and number
  R        every ruleset's rules, tokenized with the file's OperatorChars

The tokenizer follows sendmail's address scanner closely enough for rules:
operators are single tokens, quoted strings are one token, `$' escapes
($1, $*, $=X, $={name}, $&x, $(, $:, ...) are one token each, and white
space only separates.  The comment after a rule's second TAB is dropped.
"""
import re
import sys

DEFAULT_OPERATORS = '.:%@!^/[]+'
ALWAYS_SPECIAL = '()<>,;"\\'


def read_lines(path):
    """Logical lines: a line starting with a blank continues the previous
    one (for a rule the break is a field separator, so it becomes a TAB)."""
    with open(path, 'rb') as f:
        raw = f.read().decode('latin-1')
    current = None
    for line in raw.split('\n'):
        line = line.rstrip('\r')
        if line[:1] in (' ', '\t') and current is not None:
            current += ('\t' if current.startswith('R') else ' ') + line.strip()
            continue
        if current is not None:
            yield current
        if line.strip() == '' or line.startswith('#'):
            current = None
        else:
            current = line
    if current is not None:
        yield current


def macro_name(body):
    """Split `{name}rest' or `xrest' into (name, rest)."""
    if body.startswith('{'):
        end = body.find('}')
        if end > 0:
            return body[1:end], body[end + 1:]
    return body[:1], body[1:]


def tokenize(text, operators):
    special = set(operators) | set(ALWAYS_SPECIAL)
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ' \t':
            i += 1
        elif c == '$' and i + 1 < n:
            j = i + 1
            if text[j] in '=~&?' and j + 1 < n:
                j += 1
            if text[j] == '{':
                end = text.find('}', j)
                j = n - 1 if end < 0 else end
            out.append(text[i:j + 1])
            i = j + 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif c in special:
            out.append(c)
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t$' and text[j] not in special:
                j += 1
            out.append(text[i:j])
            i = j
    return out


def rule_sides(body):
    lhs, _, rest = body.partition('\t')
    rhs = rest.lstrip('\t').split('\t', 1)[0]
    return lhs, rhs


def mailer_fields(body):
    name, _, rest = body.partition(',')
    fields = []
    for f in re.split(r',\s*(?=[A-Za-z/]=)', rest):
        f = f.strip()
        if not f:
            continue
        if f.startswith('F='):
            f = 'F=' + ''.join(sorted(set(f[2:])))
        elif f[1:2] == '=':
            f = f[:2] + ' '.join(f[2:].split())
        fields.append(f)
    return name.strip(), tuple(sorted(fields))


class Config:
    def __init__(self, path):
        self.items = set()
        self.rulesets = {}      # name -> list of (lhs tokens, rhs tokens, text)
        self.numbers = {}
        lines = list(read_lines(path))
        operators = DEFAULT_OPERATORS
        for line in lines:
            m = re.match(r'O\s*OperatorChars\s*=\s*(.*)$', line)
            if m:
                operators = m.group(1).strip()
            elif line.startswith('Oo'):
                operators = line[2:].strip()
        current = None
        for line in lines:
            kind, body = line[0], line[1:]
            if kind == 'V':
                self.items.add(('V', body.strip()))
            elif kind == 'D':
                name, value = macro_name(body)
                self.items.add(('D', name, value))
            elif kind == 'C':
                name, words = macro_name(body)
                for w in words.split():
                    self.items.add(('C', name, w))
            elif kind == 'F':
                name, rest = macro_name(body)
                self.items.add(('F', name, ' '.join(rest.split())))
            elif kind == 'O':
                body = body.strip()
                if '=' in body:
                    name, value = body.split('=', 1)
                    self.items.add(('O', name.strip(), value.strip()))
                else:
                    self.items.add(('O', body))
            elif kind == 'K':
                self.items.add(('K', ' '.join(body.split())))
            elif kind == 'M':
                self.items.add(('M',) + mailer_fields(body))
            elif kind in 'HPQXE':
                self.items.add((kind, ' '.join(body.split())))
            elif kind == 'T':
                for w in body.split():
                    self.items.add(('T', w))
            elif kind == 'S':
                spec = body.strip().replace(' ', '').replace('\t', '')
                name, _, num = spec.partition('=')
                if name.isdigit():
                    num, name = name, self.numbers.get(name, name)
                elif num:
                    self.numbers[num] = name
                self.items.add(('S', name, num))
                current = name
                self.rulesets.setdefault(current, [])
            elif kind == 'R' and current is not None:
                lhs, rhs = rule_sides(body)
                self.rulesets[current].append(
                    (tokenize(lhs, operators), tokenize(rhs, operators), line))
            else:
                self.items.add(('?', line))


def show(item):
    kind = item[0]
    if kind == 'M':
        return 'M%s %s' % (item[1], ', '.join(item[2]))
    if kind in 'DC':
        return '%s{%s} %s' % (kind, item[1], item[2])
    return kind + ' ' + ' '.join(item[1:])


def differences(ref_path, cand_path):
    ref, cand = Config(ref_path), Config(cand_path)
    out = []
    for item in sorted(ref.items - cand.items, key=repr):
        out.append('missing  ' + show(item))
    for item in sorted(cand.items - ref.items, key=repr):
        out.append('extra    ' + show(item))
    for name in sorted(set(ref.rulesets) | set(cand.rulesets)):
        a, b = ref.rulesets.get(name), cand.rulesets.get(name)
        if a is None or b is None:
            continue        # reported as an S item
        sa = [(r[0], r[1]) for r in a]
        sb = [(r[0], r[1]) for r in b]
        if sa == sb:
            continue
        k = 0
        while k < min(len(sa), len(sb)) and sa[k] == sb[k]:
            k += 1
        out.append('rules    S%s: %d rules in the reference, %d here; first difference at rule %d'
                   % (name, len(sa), len(sb), k + 1))
        if k < len(a):
            out.append('   ref:  ' + a[k][2])
        if k < len(b):
            out.append('   here: ' + b[k][2])
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    diffs = differences(sys.argv[1], sys.argv[2])
    for d in diffs:
        print(d)
    ref = Config(sys.argv[1])
    n = len(ref.items) + len(ref.rulesets)
    print('cfcompare: %s' % ('same configuration' if not diffs else
                             '%d differences (of %d reference items)' % (len(diffs), n)))
    sys.exit(1 if diffs else 0)


if __name__ == '__main__':
    main()
