#!/usr/bin/env python3
"""Packs the corpus into the archive formats solieu reads, for the packed tests.

Writes, from corpus/articles/ (the plain-text articles) and corpus/html/
(HTML pages), into corpus/packed/:
  articles.tar.gz  every article and page, as tar members
  articles.zip     the same, as zip members
  site.warc.gz     the HTML pages as WARC `response` records, one gzip member
                   per record, with a warcinfo record, a request and a
                   metadata record per page, a non-HTML response and a 404
                   (all of which the reader must skip and count)

Standard library only; the output is byte-for-byte the same on every run
(fixed times), so the committed files change only when the corpus does.

usage: python3 scripts/pack_corpus.py
"""
import gzip
import io
import os
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus", "packed")
# Where the pages pretend to have been crawled from.
SITE = "https://corpus.solieu.test/"
WARC_DATE = "2024-06-07T03:00:00Z"
ZIP_TIME = (2024, 6, 7, 10, 0, 0)


def corpus_files():
    """(member name, bytes) for every article and page, in name order."""
    out = []
    # corpus/html also holds each page's expected text and metadata: not pages.
    # The JSON Lines file is left out: its articles carry their own ids, and
    # scripts/run.sh reads corpus/articles/ and corpus/packed/ together, where
    # a second copy would be the same id twice. (JSON Lines members are
    # tested in tests/io/input_stream_test.cc.)
    for folder, endings in (("articles", (".txt",)), ("html", (".html", ".htm"))):
        path = os.path.join(ROOT, "corpus", folder)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if name.startswith(".") or not name.endswith(endings) or not os.path.isfile(os.path.join(path, name)):
                continue
            with open(os.path.join(path, name), "rb") as f:
                out.append((folder + "/" + name, f.read()))
    return out


def write_tar_gz(files, path):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1717754400
            info.mode = 0o644
            tar.addfile(info, io.BytesIO(data))
    with open(path, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
            gz.write(raw.getvalue())


def write_zip(files, path):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def warc_record(kind, uri, block, content_type, number):
    header = [
        "WARC/1.1",
        "WARC-Type: " + kind,
        "WARC-Date: " + WARC_DATE,
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>" % number,
    ]
    if uri:
        header.append("WARC-Target-URI: " + uri)
    header.append("Content-Type: " + content_type)
    header.append("Content-Length: %d" % len(block))
    return ("\r\n".join(header) + "\r\n\r\n").encode("ascii") + block + b"\r\n\r\n"


def http_response(status, content_type, body):
    head = "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (
        status, "OK" if status == 200 else "Not Found", content_type, len(body))
    return head.encode("ascii") + body


def write_warc_gz(files, path):
    pages = [(name, data) for name, data in files if name.endswith((".html", ".htm"))]
    records = [warc_record("warcinfo", "", b"software: solieu pack_corpus.py\r\nformat: WARC File Format 1.1\r\n",
                           "application/warc-fields", 0)]
    n = 1
    for name, data in pages:
        uri = SITE + name
        records.append(warc_record("request", uri, ("GET /%s HTTP/1.1\r\nHost: corpus.solieu.test\r\n\r\n" % name)
                                   .encode("ascii"), "application/http; msgtype=request", n))
        # No charset in the header: the pages declare their own (or not).
        records.append(warc_record("response", uri, http_response(200, "text/html", data),
                                   "application/http; msgtype=response", n + 1))
        records.append(warc_record("metadata", uri, ("via: %s\r\n" % SITE).encode("ascii"),
                                   "application/warc-fields", n + 2))
        n += 3
    records.append(warc_record("response", SITE + "logo.png", http_response(200, "image/png", b"\x89PNG\r\n\x1a\n"),
                               "application/http; msgtype=response", n))
    records.append(warc_record("response", SITE + "missing.html",
                               http_response(404, "text/html", b"<html><body>Not found</body></html>"),
                               "application/http; msgtype=response", n + 1))
    with open(path, "wb") as f:
        for r in records:
            # One gzip member per record, as the WARC standard recommends.
            f.write(gzip.compress(r, mtime=0))


def main():
    os.makedirs(OUT, exist_ok=True)
    files = corpus_files()
    write_tar_gz(files, os.path.join(OUT, "articles.tar.gz"))
    write_zip(files, os.path.join(OUT, "articles.zip"))
    write_warc_gz(files, os.path.join(OUT, "site.warc.gz"))
    print("packed %d files into %s" % (len(files), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
