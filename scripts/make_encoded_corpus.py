#!/usr/bin/env python3
"""Writes corpus/encoded/: each plain-text article of corpus/articles/ in each
legacy encoding, through the tables of src/encoding/tables/ (written back to
front), plus two kinds of mojibake. tests/encoding/encoded_corpus_test.cc
checks that decoding gives the article back with the same figures.

  NAME.windows-1258.txt  tones as combining marks after the letter, as Windows wrote them
  NAME.viscii.txt        RFC 1456
  NAME.vni.txt           VNI-Windows (base letter + mark byte)
  NAME.tcvn3.txt         TCVN3/ABC; toned capitals become lower case (the standard has none)
  NAME.utf-16le.txt      with a byte order mark
  NAME.tcvn3-as-1252.txt TCVN3 bytes shown as windows-1252, saved as UTF-8 ("Céng hßa")
  NAME.utf-8-twice.txt   UTF-8 read as windows-1252 and saved as UTF-8 again ("Viá»‡t")

Characters an encoding cannot hold are replaced as SUBSTITUTE says (the test
folds the same way before comparing).
"""
import glob
import os
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TABLES = os.path.join(ROOT, "src", "encoding", "tables")
OUT = os.path.join(ROOT, "corpus", "encoded")
SUBSTITUTE = {"\u00a0": " ", "\u201c": '"', "\u201d": '"', "\u00ad": ""}  # anything else: dropped
TONES = "\u0300\u0301\u0303\u0309\u0323"


def load(name):
    rows = {}
    for line in open(os.path.join(TABLES, name + ".tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        bs, cps = line.split("\t")[:2]
        rows[bytes(int(h, 16) for h in bs.split())] = "".join(chr(int(h, 16)) for h in cps.split())
    return rows


def reverse(rows, base):
    rev = dict(base)
    for bs, ch in rows.items():
        rev[ch] = bs
    return rev


W1252 = load("windows-1252")
LATIN1 = {chr(b): bytes([b]) for b in range(0x80)}
REV = {
    "windows-1252": reverse(W1252, LATIN1),
    "windows-1258": reverse(load("windows-1258"), LATIN1),
    "viscii": reverse(load("viscii"), {chr(b): bytes([b]) for b in range(0x80)}),
}
# Bytes a table does not list keep their windows-1252 (VNI, TCVN3) or Latin-1 meaning.
for name in ("tcvn3", "vni"):
    rows = load(name)
    used = {b for bs in rows for b in bs if b >= 0x80}
    base = {ch: bs for ch, bs in REV["windows-1252"].items() if bs[0] not in used}
    REV[name] = reverse(rows, base)
for b in range(0x80, 0x100):  # VISCII leaves nothing to Latin-1, but keep what it does not redefine
    if bytes([b]) not in load("viscii"):
        REV["viscii"].setdefault(chr(b), bytes([b]))


def encode_char(ch, enc):
    rev = REV[enc]
    if ch in rev:
        return rev[ch]
    if enc == "windows-1258":  # letter + combining tone mark
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        tones = [c for c in d if c in TONES]
        if base in rev and all(t in rev for t in tones):
            return rev[base] + b"".join(rev[t] for t in tones)
    if enc == "tcvn3" and ch.lower() != ch:
        return encode_char(ch.lower(), enc)
    if ch in SUBSTITUTE:
        return b"".join(encode_char(c, enc) for c in SUBSTITUTE[ch])
    return b""


def encode(text, enc):
    return b"".join(encode_char(ch, enc) for ch in text)


def as_1252_text(data):
    """What a windows-1252 reader shows for `data` (undefined bytes as C1 controls)."""
    return "".join(W1252.get(bytes([b]), chr(b)) if b >= 0x80 else chr(b) for b in data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "articles", "*.txt"))):
        stem = os.path.splitext(os.path.basename(path))[0]
        text = unicodedata.normalize("NFC", open(path, encoding="utf-8-sig").read())
        outputs = {enc: encode(text, enc) for enc in ("windows-1258", "viscii", "vni", "tcvn3")}
        outputs["utf-16le"] = b"\xff\xfe" + text.encode("utf-16-le")
        outputs["tcvn3-as-1252"] = as_1252_text(outputs["tcvn3"]).encode("utf-8")
        outputs["utf-8-twice"] = as_1252_text(text.encode("utf-8")).encode("utf-8")
        for enc, data in outputs.items():
            with open(os.path.join(OUT, "%s.%s.txt" % (stem, enc)), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main()
