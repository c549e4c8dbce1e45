#!/usr/bin/env python3
"""Writes the legacy-encoded pages of corpus/html/ from their UTF-8 sources in
corpus/html/source/ (NAME.utf8.html -> NAME.html), through the same tables as
scripts/make_encoded_corpus.py:
  03-bang-windows-1258   windows-1258, declared by http-equiv
  06-font-vni            VNI font text on a page declared windows-1252
  07-font-tcvn3          TCVN3 (.VnTime) font text on a page declared iso-8859-1
"""
import importlib.util
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
spec = importlib.util.spec_from_file_location("enc", os.path.join(ROOT, "scripts", "make_encoded_corpus.py"))
enc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(enc)

PAGES = {"03-bang-windows-1258": "windows-1258", "06-font-vni": "vni", "07-font-tcvn3": "tcvn3"}

for name, charset in PAGES.items():
    src = os.path.join(ROOT, "corpus", "html", "source", name + ".utf8.html")
    text = open(src, encoding="utf-8").read()
    with open(os.path.join(ROOT, "corpus", "html", name + ".html"), "wb") as f:
        f.write(enc.encode(text, charset))
