#!/usr/bin/env python3
"""dnsstub.py ZONE PIDFILE - a tiny DNS server for tests/maps/check.

Answers UDP queries on 127.0.0.1:53 from ZONE, a text file with one
record per line: NAME TYPE VALUE (types A, AAAA, MX, CNAME, TXT, NS, PTR;
MX values are "PREF HOST").  A name that has records but none of the
asked type gets an empty answer; an unknown name gets NXDOMAIN.  CNAMEs
are followed inside the zone.  Writes its pid to PIDFILE once it listens;
exits 3 when the port is taken."""
import socket, struct, sys, ipaddress

TYPES = {'A': 1, 'NS': 2, 'CNAME': 5, 'PTR': 12, 'MX': 15, 'TXT': 16, 'AAAA': 28}

def load(path):
    zone = {}
    for line in open(path):
        parts = line.split(None, 2)
        if len(parts) < 3 or line.startswith('#'):
            continue
        name, rtype, value = parts[0].lower().rstrip('.'), parts[1].upper(), parts[2].strip()
        zone.setdefault(name, []).append((TYPES[rtype], value))
    return zone

def encode_name(name):
    out = b''
    for label in name.rstrip('.').split('.'):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b'\0'

def rdata(rtype, value):
    if rtype == 1:
        return ipaddress.IPv4Address(value).packed
    if rtype == 28:
        return ipaddress.IPv6Address(value).packed
    if rtype == 15:
        pref, host = value.split()
        return struct.pack('!H', int(pref)) + encode_name(host)
    if rtype == 16:
        data = value.encode()
        return bytes([len(data)]) + data
    return encode_name(value)

def answer(zone, query):
    qid, flags, qd = struct.unpack('!HHH', query[:6])
    pos, labels = 12, []
    while query[pos]:
        n = query[pos]
        labels.append(query[pos + 1:pos + 1 + n].decode())
        pos += n + 1
    qtype, = struct.unpack('!H', query[pos + 1:pos + 3])
    question = query[12:pos + 5]
    name = '.'.join(labels).lower()
    records, rcode, seen = [], 0, set()
    while name not in seen:
        seen.add(name)
        if name not in zone:
            rcode = 3 if not records else 0
            break
        match = [(t, v) for t, v in zone[name] if t == qtype]
        if match:
            records += [(name, t, v) for t, v in match]
            break
        cname = [v for t, v in zone[name] if t == 5]
        if not cname:
            break
        records.append((name, 5, cname[0]))
        name = cname[0].lower().rstrip('.')
    body = b''
    for owner, t, v in records:
        rd = rdata(t, v)
        body += encode_name(owner) + struct.pack('!HHIH', t, 1, 60, len(rd)) + rd
    header = struct.pack('!HHHHHH', qid, 0x8180 | rcode, 1, len(records), 0, 0)
    return header + question + body

def main():
    zone = load(sys.argv[1])
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        sock.bind(('127.0.0.1', 53))
    except OSError:
        sys.exit(3)
    with open(sys.argv[2], 'w') as f:
        f.write('%d\n' % __import__('os').getpid())
    while True:
        data, peer = sock.recvfrom(4096)
        try:
            sock.sendto(answer(zone, data), peer)
        except Exception:
            pass

if __name__ == '__main__':
    main()
