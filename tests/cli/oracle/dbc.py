"""cantools as the independent oracle of fieldctl's DBC decoding and encoding (tests/cli/can_dbc_oracle.rs).

    dbc.py frames OUTDIR N SEED DBC...   N random frames per message of each DBC, written to OUTDIR/<i>.log as a
                                         candump -L log; prints cantools' decode of every frame (JSON)
    dbc.py values OUTDIR N SEED DBC...   N sets of physical values per message (choices as names), cantools'
                                         encoding of each written to OUTDIR/<i>.log; prints the values (JSON)
    dbc.py decode DBC                    stdin: `ID EXTENDED HEX` lines; prints cantools' decode of each (JSON)

Everything is batched so a test starts one Python process. Random choices are seeded: the same on every run.
Signal values go out as JSON: numbers as {"$n": "TEXT"} (Python's exact text: serde_json's default float parsing
can be an ulp off), choice names as strings, null for NaN and infinities.
"""

import json
import math
import random
import struct
import sys
from decimal import Decimal, ROUND_CEILING, ROUND_FLOOR

import cantools
from cantools.database.namedsignalvalue import NamedSignalValue


def load(path):
    """The encoding fieldctl uses too: UTF-8 when the bytes are valid UTF-8, else CP1252."""
    raw = open(path, "rb").read()
    try:
        raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"
    return cantools.database.load_file(path, database_format="dbc", encoding=encoding, strict=False)


def jsonable(v):
    if isinstance(v, NamedSignalValue):
        return v.name
    if isinstance(v, str):
        return v
    if isinstance(v, float):
        return {"$n": repr(v)} if math.isfinite(v) else None
    return {"$n": str(v)}


def decoded(d):
    return {k: jsonable(v) for k, v in d.items()}


def exact_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def schema(db):
    """What the comparison needs per signal: the factor (tolerance), IEEE or not, and the multiplexing depth."""
    out = {}
    for m in db.messages:
        out[m.name] = {
            "id": m.frame_id,
            "extended": m.is_extended_frame,
            "length": m.length,
            "depth": depth(m.signal_tree),
            "branches": branches(m.signal_tree),
            "signals": {
                s.name: {"factor": float(s.scale), "float": s.is_float, "exact": exact_int(s.scale) and exact_int(s.offset)}
                for s in m.signals
            },
        }
    return out


def depth(tree):
    d = 0
    for node in tree:
        if isinstance(node, dict):
            for branches in node.values():
                for sub in branches.values():
                    d = max(d, 1 + depth(sub))
    return d


def branches(tree):
    """Every (multiplexor, id) pair of the signal tree, nested ones too."""
    out = []
    for node in tree:
        if isinstance(node, dict):
            for mux, by_id in node.items():
                for mux_id, sub in sorted(by_id.items()):
                    out.append([mux, mux_id])
                    out += branches(sub)
    return out


def usable(m):
    """Messages a classic candump log can carry with the id the DBC says."""
    if m.length > 8:
        return "longer than 8 bytes"
    if not m.is_extended_frame and m.frame_id > 0x7FF:
        return "standard id above 0x7FF"
    return None


def int_range(s):
    if s.is_signed:
        return -(1 << (s.length - 1)), (1 << (s.length - 1)) - 1
    return 0, (1 << s.length) - 1


def float_of_bits(s, bits):
    if s.length == 32:
        return struct.unpack("<f", bits.to_bytes(4, "little"))[0]
    return struct.unpack("<d", bits.to_bytes(8, "little"))[0]


def random_raw(s, rnd):
    """Any raw value the bits can hold, often an edge or a choice."""
    if s.is_float:
        return float_of_bits(s, rnd.getrandbits(s.length))
    lo, hi = int_range(s)
    k = rnd.random()
    if s.choices and k < 0.3:
        return int(rnd.choice(list(s.choices)))
    if k < 0.4:
        return rnd.choice([lo, hi, 0, 1 if hi > 0 else 0])
    return rnd.randint(lo, hi)


def branch(m, tree, rnd, pick, out, path):
    """Values for one branch of the signal tree: every multiplexor gets one of its ids (recorded in `path`)."""
    for node in tree:
        if isinstance(node, str):
            out[node] = pick(m.get_signal_by_name(node))
        else:
            for mux, branches in node.items():
                mux_id = rnd.choice(sorted(branches))
                out[mux] = mux_id
                path.append([mux, mux_id])
                branch(m, branches[mux_id], rnd, pick, out, path)


def line(t, m, data):
    ident = ("%08X" if m.is_extended_frame else "%03X") % m.frame_id
    return "(%.6f) can0 %s#%s\n" % (t, ident, data.hex().upper())


def frames(outdir, n, seed, paths):
    """Random bits in every defined and undefined position; multiplexor ids valid ones (cantools refuses others);
    every tenth frame cut short (decode with allow_truncated), every tenth padded to 8 bytes."""
    rnd = random.Random(seed)
    result = []
    for i, path in enumerate(paths):
        db = load(path)
        cases, skipped = [], {}
        t = 1700000000.0
        with open("%s/%d.log" % (outdir, i), "w") as log:
            for m in db.messages:
                why = usable(m)
                if why:
                    skipped[m.name] = why
                    continue
                for _ in range(n):
                    raw, mux_path = {}, []
                    branch(m, m.signal_tree, rnd, lambda s: random_raw(s, rnd), raw, mux_path)
                    plain = m.encode(raw, scaling=False, padding=False, strict=False)
                    ones = m.encode(raw, scaling=False, padding=True, strict=False)
                    unused = int.from_bytes(plain, "big") ^ int.from_bytes(ones, "big")
                    full = (int.from_bytes(plain, "big") | (rnd.getrandbits(8 * m.length) & unused)).to_bytes(m.length, "big")
                    k = rnd.random()
                    if k < 0.1 and m.length > 0:
                        data = full[: rnd.randrange(m.length)]
                    elif k < 0.2 and m.length < 8:
                        data = full + bytes(rnd.getrandbits(8) for _ in range(8 - m.length))
                    else:
                        data = full
                    whole = m.decode(full, decode_choices=True)
                    named = m.decode(data, decode_choices=True, allow_truncated=True)
                    numbers = m.decode(data, decode_choices=False, allow_truncated=True)
                    t += 0.001
                    log.write(line(t, m, data))
                    cases.append({
                        "message": m.name,
                        "id": m.frame_id,
                        "extended": m.is_extended_frame,
                        "data": data.hex().upper(),
                        "mux": mux_path,
                        "truncated": len(named) < len(whole),
                        "choices": decoded(named),
                        "numbers": decoded(numbers),
                    })
        result.append({"schema": schema(db), "frames": cases, "skipped": skipped})
    json.dump(result, sys.stdout)


def bounds(s):
    """Raw integer range allowed by both the bits and the signal's minimum/maximum (cantools' strict check)."""
    lo, hi = int_range(s)
    f, o = Decimal(str(s.scale)), Decimal(str(s.offset))
    ends = [None if limit is None else (Decimal(str(limit)) - o) / f for limit in (s.minimum, s.maximum)]
    if f < 0:
        ends.reverse()
    if ends[0] is not None:
        lo = max(lo, int(ends[0].to_integral_value(ROUND_CEILING)))
    if ends[1] is not None:
        hi = min(hi, int(ends[1].to_integral_value(ROUND_FLOOR)))
    return lo, hi


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def physical(s, rnd):
    """(value for cantools, text for fieldctl's command line) of one random allowed value."""
    if s.is_float:
        for _ in range(100):
            if s.minimum is not None and s.maximum is not None:
                raw = (rnd.uniform(s.minimum, s.maximum) - s.offset) / s.scale
            else:
                raw = float_of_bits(s, rnd.getrandbits(s.length))
            try:
                raw = f32(raw) if s.length == 32 else raw
            except OverflowError:
                continue
            v = raw * s.scale + s.offset
            back = (v - s.offset) / s.scale
            if s.length == 32:
                try:
                    back = f32(back)
                except OverflowError:
                    continue
            inside = (s.minimum is None or v >= s.minimum) and (s.maximum is None or v <= s.maximum)
            if math.isfinite(v) and back == raw and inside:
                return v, repr(v)
        raise ValueError("no value for float signal " + s.name)
    lo, hi = bounds(s)
    if lo > hi:
        raise ValueError("signal %s: minimum/maximum leave no raw value" % s.name)
    k = rnd.random()
    inside = [int(c) for c in (s.choices or {}) if lo <= int(c) <= hi]
    if inside and k < 0.4:
        raw = rnd.choice(inside)
    elif k < 0.55:
        raw = rnd.choice([lo, hi])
    else:
        raw = rnd.randint(lo, hi)
    if s.choices and raw in s.choices:
        name = str(s.choices[raw])
        # Choice names, and now and then the number a choice stands for: both are accepted.
        return name, (name if rnd.random() < 0.8 else text_of(s, raw))
    text = text_of(s, raw)
    v = Decimal(text)
    return (int(v) if v == v.to_integral_value() and "." not in text else float(v)), text


def text_of(s, raw):
    """raw * factor + offset in decimal, as a person types it (no 5.800000000000001)."""
    v = Decimal(raw) * Decimal(str(s.scale)) + Decimal(str(s.offset))
    t = format(v.normalize(), "f") if v != 0 else "0"
    return t


def values(outdir, n, seed, paths):
    """Values drawn per signal within its minimum/maximum; every multiplexor a valid id; cantools encodes them
    (strict) and must decode its own frame back to them."""
    rnd = random.Random(seed)
    result = []
    for i, path in enumerate(paths):
        db = load(path)
        cases, skipped = [], {}
        t = 1700000000.0
        with open("%s/%d.log" % (outdir, i), "w") as log:
            for m in db.messages:
                why = usable(m)
                if why:
                    skipped[m.name] = why
                    continue
                try:
                    for _ in range(n):
                        vals, texts, mux_path = {}, {}, []

                        def pick(s):
                            v, text = physical(s, rnd)
                            texts[s.name] = text
                            return v

                        def pick_mux(s, mux_id):
                            # The multiplexor's id as its physical value (or choice name).
                            v = s.choices[mux_id] if s.choices and mux_id in s.choices else None
                            texts[s.name] = str(v) if v is not None else text_of(s, mux_id)
                            return str(v) if v is not None else mux_id * s.scale + s.offset

                        branch(m, m.signal_tree, rnd, pick, vals, mux_path)
                        for mux, mux_id in mux_path:
                            vals[mux] = pick_mux(m.get_signal_by_name(mux), mux_id)
                        data = m.encode(vals, padding=False, strict=True)
                        back = decoded(m.decode(data, decode_choices=True))
                        assert set(back) == set(vals), (m.name, back, vals)
                        t += 0.001
                        log.write(line(t, m, data))
                        cases.append({
                            "message": m.name,
                            "id": m.frame_id,
                            "extended": m.is_extended_frame,
                            "data": data.hex().upper(),
                            "mux": mux_path,
                            "args": ["%s=%s" % (k, texts[k]) for k in vals],
                            "values": decoded(vals),
                        })
                except (ValueError, cantools.database.EncodeError) as e:
                    skipped[m.name] = "cantools cannot encode it: %s" % e
                    cases = [c for c in cases if c["message"] != m.name]
        result.append({"schema": schema(db), "cases": cases, "skipped": skipped})
    json.dump(result, sys.stdout)


def decode(path):
    db = load(path)
    by_id = {(m.frame_id, m.is_extended_frame): m for m in db.messages}
    out = []
    for text in sys.stdin:
        ident, extended, data = (text.split() + [""])[:3]
        m = by_id.get((int(ident, 16), extended == "1"))
        if m is None:
            out.append(None)
            continue
        frame = bytes.fromhex(data)
        out.append({"message": m.name, "signals": decoded(m.decode(frame, decode_choices=True, allow_truncated=True))})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "frames":
        frames(args[0], int(args[1]), int(args[2]), args[3:])
    elif cmd == "values":
        values(args[0], int(args[1]), int(args[2]), args[3:])
    elif cmd == "decode":
        decode(args[0])
    else:
        sys.exit("unknown command " + cmd)
