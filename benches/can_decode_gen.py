"""Inputs of benches/can_decode.sh, the same on every run (seeded), generated rather than committed.

    can_decode_gen.py db OUT.dbc             36 messages: Intel and Motorola, signed, factors and offsets, choices,
                                             IEEE floats, a multiplexed message, extended ids
    can_decode_gen.py log DBC N RATE OUT     N frames over DBC's messages as a candump -L log, RATE frames/s apart
"""

import random
import re
import sys

MESSAGES = 36


def signals(rnd, k):
    """Signals filling 64 bits: bit-packed Intel, or (every fourth message) byte-aligned Motorola fields."""
    out, bit, n = [], 0, 0
    motorola = k % 4 == 3
    while bit < 64:
        if motorola:
            # DBC numbers a Motorola signal by its most significant bit: bit 7 of its first byte.
            length = min(8 * rnd.choice([1, 1, 2, 2, 4]), 64 - bit)
            start, order = bit + 7, "0"
        else:
            length = min(rnd.choice([1, 2, 4, 8, 12, 16, 16, 32]), 64 - bit)
            start, order = bit, "1"
        factor, offset, unit = rnd.choice([("1", "0", ""), ("0.1", "0", "km/h"), ("0.01", "-40", "degC"),
                                           ("0.125", "0", "rpm"), ("0.5", "-100", "%"), ("1E-005", "0", "V")])
        signed = "-" if length > 1 and rnd.random() < 0.3 else "+"
        out.append(' SG_ S%d_%d : %d|%d@%s%s (%s,%s) [0|0] "%s" RX' % (k, n, start, length, order, signed, factor,
                                                                         offset, unit))
        bit += length
        n += 1
    return out


def db(path):
    rnd = random.Random(1)
    lines = ['VERSION ""', "", "NS_ :", "", "BS_:", "", "BU_: TX RX", ""]
    vals, types = [], []
    for k in range(MESSAGES):
        ident = 0x100 + 0x10 * k
        if k % 6 == 5:
            ident = 0x80000000 | 0x18F00000 | k  # extended
        lines.append("BO_ %d M%d: 8 TX" % (ident, k))
        if k == 7:
            # Multiplexed: a 2-bit multiplexor, every value used (cantools refuses frames with others).
            lines.append(' SG_ Mux M : 0|2@1+ (1,0) [0|3] "" RX')
            for m in range(4):
                lines.append(' SG_ V%d m%d : 8|16@1+ (0.1,0) [0|0] "A" RX' % (m, m))
                lines.append(' SG_ W%d m%d : 24|32@1- (1,0) [0|0] "" RX' % (m, m))
            lines.append(' SG_ Always : 56|8@1+ (1,0) [0|0] "" RX')
            vals.append('VAL_ %d Mux 0 "Zero" 1 "One" 2 "Two" 3 "Three" ;' % ident)
        elif k == 11:
            lines.append(' SG_ F : 0|32@1- (1,0) [0|0] "" RX')
            lines.append(' SG_ G : 32|32@1- (1,0) [0|0] "" RX')
            types += ["SIG_VALTYPE_ %d F : 1;" % ident, "SIG_VALTYPE_ %d G : 1;" % ident]
        else:
            sigs = signals(rnd, k)
            lines += sigs
            # Choices on the first 1..4-bit signal.
            for s in sigs:
                m = re.match(r" SG_ (\S+) : \d+\|([1-4])@", s)
                if m:
                    n = int(m.group(2))
                    names = " ".join('%d "State%d"' % (v, v) for v in range(1 << n))
                    vals.append("VAL_ %d %s %s ;" % (ident, m.group(1), names))
                    break
        lines.append("")
    lines += vals + types + [""]
    open(path, "w").write("\n".join(lines))


def log(dbc, n, rate, path):
    rnd = random.Random(2)
    ids = []
    for m in re.finditer(r"^BO_ (\d+) ", open(dbc).read(), re.M):
        v = int(m.group(1))
        ids.append("%08X" % (v & 0x1FFFFFFF) if v & 0x80000000 else "%03X" % v)
    t, step = 1700000000.0, 1.0 / rate
    with open(path, "w") as out:
        chunk = []
        for i in range(n):
            chunk.append("(%.6f) can0 %s#%016X\n" % (t + i * step, rnd.choice(ids), rnd.getrandbits(64)))
            if len(chunk) == 10000:
                out.write("".join(chunk))
                chunk = []
        out.write("".join(chunk))


if __name__ == "__main__":
    if sys.argv[1] == "db":
        db(sys.argv[2])
    else:
        log(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
