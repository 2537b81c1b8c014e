#!/usr/bin/env python3
"""Writes the small PDFs the tests of bad input read, by hand (no library), into DIR:

- scan.pdf: one A4 page holding only an image (a scan without a text layer);
- empty.pdf: a well-formed PDF with zero pages;
- other.pdf: a PDF with a text layer that is not an assessment (a short English memo).

Usage: badpdf.py DIR   (the encrypted and the truncated copies are made by scripts/formpdf
from an example's PDF, with qpdf and head)
"""
import os
import sys
import zlib


def write_pdf(path, objects):
    """objects: list of bytes, object k+1 is objects[k]; object 1 is the catalog."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def stream(dictionary, data):
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def scan(path):
    # A grey 200x100 image with dark bars, like a photographed page, drawn over the page.
    width, height = 200, 100
    rows = []
    for y in range(height):
        row = bytearray([0])  # PNG-style filter byte is not used: plain Flate of raw rows
        row = bytearray(255 if (y // 6) % 2 else (60 if x % 40 < 30 else 255) for x in range(width))
        rows.append(bytes(row))
    pixels = zlib.compress(b"".join(rows))
    content = b"q 500 0 0 250 47 500 cm /Im1 Do Q"
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        stream(b"", content),
        stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode" % (width, height), pixels),
    ])


def empty(path):
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ])


def other(path):
    lines = ["Quarterly maintenance memo", "The server room will be closed on Friday.", "Contact the facilities desk."]
    content = b"BT /F1 14 Tf 72 760 Td 18 TL " + b" ".join(b"(%s) Tj T*" % l.encode("ascii") for l in lines) + b" ET"
    write_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        stream(b"", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


if __name__ == "__main__":
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    scan(os.path.join(directory, "scan.pdf"))
    empty(os.path.join(directory, "empty.pdf"))
    other(os.path.join(directory, "other.pdf"))
