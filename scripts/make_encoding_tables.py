#!/usr/bin/env python3
"""Writes src/encoding/tables/*.tsv, the byte-to-Unicode tables of the legacy
Vietnamese encodings (docs/encodings.md says where each comes from).

  windows-1252, windows-1258  Microsoft's code pages (Python's cp1252/cp1258 codecs)
  viscii                      RFC 1456 (VISCII 1.1), read through glibc iconv "VISCII"
  tcvn3                       TCVN 5712:1993 VN3, the subset the ABC fonts use: the
                              lower-case letters and the seven untoned capitals of
                              glibc iconv "TCVN5712-1" (VN1); VN3 has no toned capitals
  vni                         VNI-Windows: a base letter followed by one mark byte,
                              written out below from the VNI font layout

Run once after changing a rule; the tables are committed and compiled in.
Format: one mapping a line, "BYTES<TAB>CODEPOINTS<TAB># text", bytes and code
points in hex separated by spaces; lines starting with # are comments.
"""
import os
import subprocess
import sys
import unicodedata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "encoding", "tables")


def row(bs, text):
    return "%s\t%s\t# %s\n" % (" ".join("%02X" % b for b in bs),
                                " ".join("%04X" % ord(c) for c in text),
                                text if text.isprintable() else "")


def iconv_byte(enc, b):
    r = subprocess.run(["iconv", "-f", enc, "-t", "UTF-8"], input=bytes([b]), capture_output=True)
    return r.stdout.decode() if r.returncode == 0 else None


def write(name, header, rows):
    with open(os.path.join(OUT, name + ".tsv"), "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(rows)


def codepage(name, codec):
    rows = []
    for b in range(0x80, 0x100):
        try:
            rows.append(row([b], bytes([b]).decode(codec)))
        except UnicodeDecodeError:
            pass  # undefined in the code page
    write(name, "# %s, bytes 0x80-0xFF (0x00-0x7F are ASCII). Source: Microsoft code page %s.\n"
          % (name, codec[2:]), rows)


def viscii():
    rows = []
    for b in range(0x100):
        c = iconv_byte("VISCII", b)
        if c is not None and c != chr(b):
            rows.append(row([b], c))
    write("viscii", "# VISCII 1.1 (RFC 1456): the bytes that differ from ASCII/Latin-1.\n", rows)


def tcvn3():
    rows = []
    for b in range(0xA1, 0x100):
        c = iconv_byte("TCVN5712-1", b)
        if c is None or len(c) != 1 or unicodedata.combining(c):
            continue
        if c.islower() or c in "ĂÂÊÔƠƯĐ":
            rows.append(row([b], c))
    write("tcvn3", "# TCVN3 (TCVN 5712:1993 VN3, the ABC fonts): lower-case letters and the\n"
          "# untoned capitals. Other bytes read as windows-1252. There are no toned capitals.\n", rows)


# VNI-Windows. Tone marks follow the (modified) vowel: lower / upper case byte.
VNI_TONES = {"\u0301": ("ù", "Ù"), "\u0300": ("ø", "Ø"), "\u0309": ("û", "Û"),
             "\u0303": ("õ", "Õ"), "\u0323": ("ï", "Ï")}
# Circumflex (â ê ô) and breve (ă) combined with a tone, as one mark byte.
VNI_HAT = {"": ("â", "Â"), "\u0301": ("á", "Á"), "\u0300": ("à", "À"), "\u0309": ("å", "Å"),
           "\u0303": ("ã", "Ã"), "\u0323": ("ä", "Ä")}
VNI_BREVE = {"": ("ê", "Ê"), "\u0301": ("é", "É"), "\u0300": ("è", "È"), "\u0309": ("ú", "Ú"),
             "\u0303": ("ü", "Ü"), "\u0323": ("ë", "Ë")}
# Letters that are one byte of their own.
VNI_SINGLE = {"ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö", "đ": "ñ", "Đ": "Ñ",
              "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "ỉ": "æ", "Ỉ": "Æ",
              "ĩ": "ó", "Ĩ": "Ó", "ị": "ò", "Ị": "Ò", "ỵ": "î", "Ỵ": "Î"}


def cp(s):
    return s.encode("cp1252")


def vni():
    seqs = {}
    for ch, b in VNI_SINGLE.items():
        seqs[ch] = cp(b)
    for base in "aeiouyAEIOUY":
        up = base.isupper()
        for tone, marks in VNI_TONES.items():
            ch = unicodedata.normalize("NFC", base + tone)
            seqs.setdefault(ch, cp(base + marks[up]))
        if base.lower() in "aeo":
            for tone, marks in VNI_HAT.items():
                ch = unicodedata.normalize("NFC", base + "\u0302" + tone)
                seqs[ch] = cp(base + marks[up])
        if base.lower() == "a":
            for tone, marks in VNI_BREVE.items():
                ch = unicodedata.normalize("NFC", base + "\u0306" + tone)
                seqs[ch] = cp(base + marks[up])
    for horn_base in "ơƠưƯ":
        up = horn_base.isupper()
        for tone, marks in VNI_TONES.items():
            ch = unicodedata.normalize("NFC", horn_base + tone)
            seqs[ch] = cp(VNI_SINGLE[horn_base] + marks[up])
    rows = [row(bs, ch) for ch, bs in sorted(seqs.items(), key=lambda kv: (len(kv[1]), kv[1]))]
    write("vni", "# VNI-Windows: each Vietnamese letter as its byte sequence (a base letter and a\n"
          "# mark byte, or one byte). Bytes outside these sequences read as windows-1252.\n", rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    codepage("windows-1252", "cp1252")
    codepage("windows-1258", "cp1258")
    viscii()
    tcvn3()
    vni()


if __name__ == "__main__":
    sys.exit(main())
