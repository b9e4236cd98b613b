#!/usr/bin/env python3
"""session.py - play SMTP sessions against the real sendmail and smcf policy.

Run by tests/policy/inside, inside the test's private namespaces.

  session.py --cfs SESSION...        names of the cfs the sessions use
  session.py --wait                  wait until the daemon listens on :25
  session.py --cf CF SESSION...      play the sessions of CF; PASS/FAIL each
  session.py --record SESSION...     only show what the daemon answers

A session file holds header lines, then the client's lines:
    # what the session shows (the first comment is its name)
    cf NAME              the cf (tests/policy/cf/NAME.mc) it runs with
    client ADDRESS       the client's address (127.0.0.x or ::1)
    smcf ARGS...         extra arguments for smcf policy (optional)
    hold N               N more connections from the client stay open
                         during the session ({client_connections})
    before N             N connections from the client come and go
                         first ({client_rate})
    ---
    EHLO client.example.test
    ...
After a 354 reply the lines up to "." are the message, sent without
waiting; every other line is a command whose reply is read.
"""
import os
import re
import shlex
import socket
import subprocess
import sys
import time

SMCF = os.environ.get("SMCF", "smcf")


def load(path):
    head = {"name": None, "cf": None, "client": None, "smcf": [], "hold": "0", "before": "0"}
    lines = []
    body = False
    with open(path) as fp:
        for raw in fp:
            line = raw.rstrip("\n")
            if body:
                lines.append(line)
                continue
            if line == "---":
                body = True
            elif line.startswith("#"):
                if head["name"] is None:
                    head["name"] = line.lstrip("# ").strip()
            elif line.strip():
                key, _, value = line.partition(" ")
                head[key] = shlex.split(value) if key == "smcf" else value.strip()
    head["name"] = head["name"] or os.path.basename(path)
    return head, lines


def read_reply(fp):
    """The reply lines of one SMTP reply, or None when the server closed."""
    out = []
    while True:
        line = fp.readline()
        if not line:
            return out or None
        text = line.decode("latin-1").rstrip("\r\n")
        out.append(text)
        if text[3:4] != "-":
            return out


def connect(client):
    family = socket.AF_INET6 if ":" in client else socket.AF_INET
    server = "::1" if family == socket.AF_INET6 else "127.0.0.1"
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.settimeout(20)
    sock.bind((client, 0))
    sock.connect((server, 25))
    return sock


def play_daemon(client, lines, hold=0, before=0):
    """What the real sendmail replies, as a list of reply lines."""
    for _ in range(before):
        sock = connect(client)
        fp = sock.makefile("rb")
        read_reply(fp)
        sock.sendall(b"QUIT\r\n")
        read_reply(fp)
        sock.close()
    held = []
    for _ in range(hold):
        held.append(connect(client))
        read_reply(held[-1].makefile("rb"))
    sock = connect(client)
    fp = sock.makefile("rb")
    replies = []
    try:
        r = read_reply(fp)
        if r is None:
            return replies
        replies += r
        data = False
        for line in lines:
            sock.sendall(line.encode("latin-1") + b"\r\n")
            if data:
                if line == ".":
                    data = False
                else:
                    continue
            r = read_reply(fp)
            if r is None:
                break
            replies += r
            if r[-1].startswith("354"):
                data = True
            if r[-1].startswith("221") or r[-1].startswith("421"):
                break
    finally:
        sock.close()
        for h in held:
            h.close()
    return replies


def play_smcf(cf, client, extra, lines):
    """What smcf policy prints: (reply lines, whole output, exit status)."""
    cmd = [SMCF, "policy", "-C", cf] + extra + [client]
    p = subprocess.run(cmd, input="\n".join(lines) + "\n", capture_output=True,
                       text=True, errors="replace", timeout=60)
    replies = [l for l in p.stdout.splitlines() if re.match(r"^[2-5][0-9][0-9]([ -]|$)", l)]
    return replies, p.stdout + p.stderr, p.returncode


DATE = re.compile(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), +\d+ \w{3} \d{4} \d\d:\d\d:\d\d [-+A-Z0-9]+( \([^)]*\))?")
QID = re.compile(r"^(250 2\.0\.0 )[0-9A-Za-z]{14}( Message accepted)")


def normalize(replies):
    return [QID.sub(r"\1QUEUEID\2", DATE.sub("DATE", r)) for r in replies]


def wait_listening():
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", 25), 1).close()
            return 0
        except OSError:
            time.sleep(0.1)
    return 1


def sasldb_dump(realm, user, password):
    """db_load input for a SASL password database with one user."""
    key = ("%s\0%s\0userPassword" % (user, realm)).encode().hex()
    return ("VERSION=3\nformat=bytevalue\ntype=hash\nHEADER=END\n %s\n %s\nDATA=END\n"
            % (key, password.encode().hex()))


def main(argv):
    if argv[0] == "--sasldb":
        sys.stdout.write(sasldb_dump(*argv[1:4]))
        return 0
    if argv[0] == "--wait":
        return wait_listening()
    if argv[0] == "--cfs":
        print(" ".join(sorted({load(p)[0]["cf"] for p in argv[1:]})))
        return 0
    if argv[0] == "--record":
        for path in argv[1:]:
            head, lines = load(path)
            print("== " + head["name"])
            print("\n".join(play_daemon(head["client"], lines)))
        return 0
    want_cf, status = argv[1], 0
    for path in argv[2:]:
        head, lines = load(path)
        if head["cf"] != want_cf:
            continue
        name = "%s (%s)" % (head["name"], os.path.basename(path))
        try:
            real = normalize(play_daemon(head["client"], lines, int(head["hold"]),
                                        int(head["before"])))
        except OSError as e:
            print("FAIL %s: talking to sendmail: %s" % (name, e))
            status = 1
            continue
        ours, output, rc = play_smcf("/etc/mail/sendmail.cf", head["client"], head["smcf"], lines)
        ours = normalize(ours)
        if real == ours and rc == 0:
            print("PASS %s" % name)
            continue
        status = 1
        print("FAIL %s" % name)
        for i in range(max(len(real), len(ours))):
            a = real[i] if i < len(real) else "(nothing)"
            b = ours[i] if i < len(ours) else "(nothing)"
            print("  %s sendmail: %s" % ("  " if a == b else "!!", a))
            if a != b:
                print("     smcf:     %s" % b)
        if rc != 0:
            print("  smcf policy exit status %d:\n%s" % (rc, output))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
