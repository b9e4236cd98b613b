#!/usr/bin/env python3
"""agree.py - does smcf's C comparison of two cf files (cf/compare.c, run
through build/tests/site/test_cfcompare) give the same verdict as the
tests' cfcompare.py, on pairs that are near misses?

usage: agree.py TEST_CFCOMPARE SMCF WORKDIR SEED COUNT

Draws COUNT random configurations (tests/differential/generate.py), and
for each that both the reference (tests/lib/refcf) and smcf build,
compares the two cf files with both tools; then, on each smcf cf, a
change that keeps the meaning (a comment, reordered option lines, F=
flags in another order) and one that does not (two rules swapped, a
token changed).  Prints the disagreements and "N agree, N disagree".
"""
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, 'tests', 'differential'))
sys.path.insert(0, os.path.join(TOP, 'tests', 'lib'))
import cfcompare         # noqa: E402
import generate          # noqa: E402

REFCF = os.path.join(TOP, 'tests', 'lib', 'refcf')


def c_verdict(tool, a, b):
    return subprocess.run([tool, a, b], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode


def same_meaning_edit(text, rng):
    """The cf with a comment, its O lines reversed and F= letters shuffled
    (not the options whose order counts: sendmail names unnamed daemons by
    their rank, and adds up alias files and client options)."""
    lines = text.split('\n')
    ordered = ('O DaemonPortOptions', 'O ClientPortOptions', 'O AliasFile')
    opts = [i for i, line in enumerate(lines) if line.startswith('O ') and not line.startswith(ordered)]
    vals = [lines[i] for i in opts][::-1]
    for i, v in zip(opts, vals):
        lines[i] = v
    out = []
    for line in lines:
        m = re.match(r'^(M[^,]*,.*F=)([^, \t]*)(.*)$', line)
        if m:
            flags = list(m.group(2))
            rng.shuffle(flags)
            line = m.group(1) + ''.join(flags) + m.group(3)
        out.append(line)
    out.insert(3, '# a comment added by hand')
    return '\n'.join(out)


def other_meaning_edit(text, rng):
    """The cf with two different neighbour rules swapped, or a token changed."""
    lines = text.split('\n')
    pairs = [i for i in range(len(lines) - 1)
             if lines[i].startswith('R') and lines[i + 1].startswith('R') and lines[i] != lines[i + 1]]
    if pairs and rng.random() < 0.5:
        i = rng.choice(pairs)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    else:
        rules = [i for i, line in enumerate(lines) if line.startswith('R') and '$@' in line]
        if not rules:
            return None
        i = rng.choice(rules)
        lines[i] = lines[i].replace('$@', '$:', 1)
    return '\n'.join(lines)


def main():
    tool, smcf, work, seed, count = sys.argv[1:6]
    rng = random.Random(int(seed))
    surface = generate.Surface()
    os.makedirs(work, exist_ok=True)
    agree = disagree = 0
    for n in range(int(count)):
        d = os.path.join(work, 'c%d' % n)
        os.makedirs(d, exist_ok=True)
        mc = os.path.join(d, 'config.mc')
        with open(mc, 'w', encoding='latin-1') as f:
            f.write(generate.draw(surface, rng, ('ldap_routing',)))
        ref, ours = os.path.join(d, 'ref.cf'), os.path.join(d, 'ours.cf')
        with open(ref, 'w') as out:
            r = subprocess.run([REFCF, '-DMAPDIR=' + d, mc], stdout=out, stderr=subprocess.PIPE,
                               cwd=d, text=True, errors='replace')
        if r.returncode != 0 or '*** ERROR' in r.stderr or 'requires' in r.stderr:
            continue
        if subprocess.run([smcf, 'build', '-DMAPDIR=' + d, '-o', ours, mc],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
            continue
        text = open(ours, encoding='latin-1').read()
        pairs = [(ref, ours)]
        for name, edit in (('same.cf', same_meaning_edit), ('other.cf', other_meaning_edit)):
            changed = edit(text, rng)
            if changed is not None:
                p = os.path.join(d, name)
                with open(p, 'w', encoding='latin-1') as f:
                    f.write(changed)
                pairs.append((ours, p))
        for a, b in pairs:
            py = 1 if cfcompare.differences(a, b) else 0
            c = c_verdict(tool, a, b)
            if py == c:
                agree += 1
            else:
                disagree += 1
                print('disagree: %s %s: cfcompare.py %s, smcf %s' % (a, os.path.basename(b),
                      'differ' if py else 'same', 'differ' if c else 'same'))
    print('%d agree, %d disagree' % (agree, disagree))
    sys.exit(1 if disagree or agree == 0 else 0)


if __name__ == '__main__':
    main()
