#!/usr/bin/env python3
"""sockstub.py SOCKET PIDFILE - a socketmap daemon for tests/maps/check.

Listens on the local socket SOCKET (or 127.0.0.1:PORT when SOCKET is a
number) and answers sendmail's socketmap requests ("LEN:MAP KEY,") from
a fixed table: key "ok" -> OK with "value-of-<map>", "notfound" ->
NOTFOUND, "temp" -> TEMP, "perm" -> PERM, "odd" -> an unknown status,
"bad" -> a reply that is not a netstring (the daemon then closes the
connection), "pct" -> a value with %0 and %1, "silent" -> no answer at all.  Other keys: NOTFOUND.
Each connection is served by its own thread.  Writes its pid to PIDFILE
once it listens."""
import os, socket, sys, threading

def reply(mapname, key):
    table = {
        'ok': 'OK value-of-%s' % mapname,
        'notfound': 'NOTFOUND ',
        'temp': 'TEMP try later',
        'perm': 'PERM go away',
        'odd': 'WHAT is this',
        'pct': 'OK got %0 and %1 and %%',
    }
    return table.get(key, 'NOTFOUND')

def serve(conn):
    data = b''
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            return
        data += chunk
        while b':' in data:
            head, rest = data.split(b':', 1)
            n = int(head)
            if len(rest) < n + 1:
                break
            body, data = rest[:n].decode(), rest[n + 1:]
            mapname, _, key = body.partition(' ')
            if key == 'bad':
                conn.sendall(b'garbage')
                return
            if key == 'silent':
                continue
            text = reply(mapname, key).encode()
            conn.sendall(b'%d:%s,' % (len(text), text))

def main():
    where = sys.argv[1]
    if where.isdigit():
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(('127.0.0.1', int(where)))
    else:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(where)
    sock.listen(5)
    with open(sys.argv[2], 'w') as f:
        f.write('%d\n' % os.getpid())
    while True:
        conn, _ = sock.accept()
        threading.Thread(target=serve_safely, args=(conn,), daemon=True).start()

def serve_safely(conn):
    try:
        serve(conn)
    except OSError:
        pass
    finally:
        conn.close()

if __name__ == '__main__':
    main()
