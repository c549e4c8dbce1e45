#!/usr/bin/env python3
"""Builds patterns/vi/places.tsv, the gazetteer read by src/extract/places.cc.

It reads two files of ../shared/data/gazetteer-vn (see its README.md):

  units_2025-03-01.csv  the 3-level structure before the 1 July 2025 reform
  units_latest.csv      the 2-level structure after it, in its latest version

and writes one administrative unit per line:

  code<TAB>type<TAB>short_name<TAB>full_name<TAB>level<TAB>parent_code<TAB>era

with era `2025-03` (first file) or `latest` (second). The output is sorted by
era, then level, then code, so that a rebuild from the same inputs gives the
same bytes and a change of the inputs gives a readable diff.

Fixes applied to the upstream rows (each counted in the file's header):
  * short_name is the name without its type word, also for numbered units
    ("1" for "Quận 1"; upstream keeps the whole name there), and for the rows
    where upstream left the type word in it ("Thành Phố Bắc Kạn").
  * the type word of a full name is in sentence case ("Thị Xã Mường Lay" ->
    "Thị xã Mường Lay"); runs of spaces become one.
  * every syllable of a name starts with a capital letter ("Xã Đại áng" ->
    "Xã Đại Áng"), as Vietnamese writes proper names.
  * where the type column disagrees with the type word the name starts with
    ("Phường 5" typed `xã`), the name's type word wins.
Names keep their upstream spelling otherwise (tone placement, NFC): the
program normalizes them the way it normalizes article text when it loads them.

Usage: scripts/build_gazetteer.py [--source DIR] [--out FILE]
"""

import argparse
import csv
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SOURCE = os.path.join(os.path.dirname(ROOT), "shared", "data", "gazetteer-vn")
DEFAULT_OUT = os.path.join(ROOT, "patterns", "vi", "places.tsv")

# (file, era, levels allowed, code length per level)
INPUTS = [
    ("units_2025-03-01.csv", "2025-03", {1: 2, 2: 3, 3: 5}),
    ("units_latest.csv", "latest", {1: 2, 2: 5}),
]

# Longest first, so that "thành phố" is tried before a shorter word could match.
TYPES = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"]


class Fixes:
    def __init__(self):
        self.short_from_name = 0
        self.type_word_case = 0
        self.capitalized = 0
        self.spaces = 0
        self.type_from_name = 0


def collapse(s):
    return " ".join(s.split())


def capitalize_syllables(name):
    """Upper-cases the first letter of each space-separated syllable."""
    out = []
    for word in name.split(" "):
        if word and word[0].islower():
            word = word[0].upper() + word[1:]
        out.append(word)
    return " ".join(out)


def split_type(name):
    """(type word as written, rest) when `name` starts with a known type word."""
    lower = name.lower()
    for t in TYPES:
        if lower.startswith(t + " "):
            return name[: len(t)], name[len(t) + 1 :]
    return None, None


def clean_row(row, fixes, where):
    raw_name = row["name"]
    name = collapse(raw_name)
    if name != raw_name:
        fixes.spaces += 1
    written_type, rest = split_type(name)
    if written_type is None:
        sys.exit(f"{where}: name {raw_name!r} does not start with a type word")
    type_ = row["type"]
    if written_type.lower() != type_:
        fixes.type_from_name += 1
        type_ = written_type.lower()
    short = collapse(row["short_name"])
    if short != rest:
        # Upstream keeps the type word in short_name for numbered units and
        # for a few others; the name without its type word is what text shows.
        if short != name:
            sys.exit(f"{where}: short_name {row['short_name']!r} is neither the name "
                     f"nor the name without its type word")
        fixes.short_from_name += 1
        short = rest
    capital = capitalize_syllables(short)
    if capital != short:
        fixes.capitalized += 1
        short = capital
    sentence_case = written_type[0].upper() + written_type[1:].lower()
    if sentence_case != written_type:
        fixes.type_word_case += 1
    full = sentence_case + " " + short
    return type_, short, full


def read_units(path, era, code_lengths, fixes):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        expected = ["code", "name", "short_name", "type", "level", "parent_code"]
        if reader.fieldnames != expected:
            sys.exit(f"{path}: unexpected columns {reader.fieldnames}")
        for n, row in enumerate(reader, start=2):
            where = f"{path}:{n}"
            for k, v in row.items():
                if unicodedata.normalize("NFC", v) != v:
                    sys.exit(f"{where}: {k} is not NFC")
                if "\t" in v or "\n" in v:
                    sys.exit(f"{where}: {k} holds a tab or a newline")
            level = int(row["level"])
            code = row["code"]
            if level not in code_lengths or len(code) != code_lengths[level] or not code.isdigit():
                sys.exit(f"{where}: code {code!r} does not fit level {level}")
            parent = row["parent_code"]
            if (level == 1) != (parent == ""):
                sys.exit(f"{where}: a province has no parent, every other unit has one")
            type_, short, full = clean_row(row, fixes, where)
            rows.append((code, type_, short, full, level, parent, era))
    codes = {r[0]: r for r in rows}
    if len(codes) != len(rows):
        sys.exit(f"{path}: duplicate codes")
    for r in rows:
        if r[5] and (r[5] not in codes or codes[r[5]][4] != r[4] - 1):
            sys.exit(f"{path}: {r[0]} has parent {r[5]!r}, which is not a unit one level up")
    rows.sort(key=lambda r: (r[4], r[0]))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=DEFAULT_SOURCE, help="the gazetteer-vn directory")
    ap.add_argument("--out", default=DEFAULT_OUT, help="the TSV to write")
    args = ap.parse_args()

    fixes = Fixes()
    eras = []
    for name, era, lengths in INPUTS:
        eras.append((name, era, read_units(os.path.join(args.source, name), era, lengths, fixes)))

    counts = []
    for name, era, rows in eras:
        by_type = {}
        for r in rows:
            key = f"{r[1]} (level {r[4]})"
            by_type[key] = by_type.get(key, 0) + 1
        detail = ", ".join(f"{v} {k}" for k, v in sorted(by_type.items(), key=lambda kv: (kv[0][-2], -kv[1])))
        counts.append(f"#   {era:8} {len(rows):6} units from {name}: {detail}")

    header = f"""\
# places.tsv: Vietnamese administrative units (provinces, districts, communes)
# with their official codes, read at run time by Gazetteer
# (src/extract/places.h) to find and resolve place names in articles.
#
# GENERATED by scripts/build_gazetteer.py: do not edit by hand; change the
# script or its inputs and run it again.
#
# Where the facts come from: the codes are those of the GSO (Tổng cục Thống
# kê, danhmuchanhchinh.gso.gov.vn). They were read from the files of
# ../shared/data/gazetteer-vn named below; its README.md gives each file's
# upstream repository and commit:
#   era 2025-03: units_2025-03-01.csv, the structure in force before the
#     1 July 2025 reform, as of 01/03/2025; read from
#     github.com/daohoangson/dvhcvn (data/dvhcvn.json), licence GPL-3.0.
#   era latest: units_latest.csv, the 2-level structure after the reform in
#     its latest upstream version (changes up to decree 30/2026/QH16,
#     effective 30/04/2026); read from
#     github.com/thanglequoc/vietnamese-provinces-database, licence MIT.
#
# Format: '#' at the start of a line begins a comment; blank lines are
# skipped. One unit per line, 7 columns separated by a single TAB:
#   code         the GSO code, a string of digits: 2 for a province, 3 for a
#                district, 5 for a commune. Codes are unique within an era
#                only: the reform reused commune codes for new units.
#   type         tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn,
#                đặc khu
#   short_name   the name without its type word ("Bắc Mê"; "1" for "Quận 1")
#   full_name    the name with its type word ("Huyện Bắc Mê")
#   level        1 = province; 2 = district (era 2025-03) or commune (era
#                latest); 3 = commune (era 2025-03)
#   parent_code  the code of the unit above, in the same era; empty for a
#                province
#   era          2025-03 (3 levels: province, district, commune) or latest
#                (2 levels: province, commune)
#
# Contents:
{chr(10).join(counts)}
#
# Fixes applied to the upstream rows (see the script for each rule):
#   {fixes.short_from_name} short names without their type word, {fixes.type_word_case} type words put in
#   sentence case, {fixes.capitalized} names with syllables capitalized, {fixes.spaces} with runs of spaces
#   collapsed, {fixes.type_from_name} types taken from the name's type word.
"""
    out = [header]
    for name, era, rows in eras:
        out.append(f"\n# era {era}: {name}\n")
        for r in rows:
            out.append("\t".join([r[0], r[1], r[2], r[3], str(r[4]), r[5], r[6]]) + "\n")
    text = "".join(out)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    total = sum(len(rows) for _, _, rows in eras)
    print(f"wrote {args.out}: {total} units, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
