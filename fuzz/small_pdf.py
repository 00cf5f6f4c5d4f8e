#!/usr/bin/env python3
"""Shrinks an exported PDF into a small seed for fuzz_exportmetadata_pdf: a one-page PDF that
keeps only the export's XMP metadata packet (an export embeds its fonts and weighs megabytes).
Usage: small_pdf.py EXPORT.pdf OUT.pdf"""
import sys

data = open(sys.argv[1], "rb").read()
begin = data.find(b"<?xpacket begin")
end = data.find(b"?>", data.find(b"<?xpacket end", begin)) + 2
if begin < 0 or end < 2:
    sys.exit(f"{sys.argv[1]}: no XMP packet")
xmp = data[begin:end]
objects = [
    b"<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 48 32] >>",
    b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream",
]
out = b"%PDF-1.4\n"
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[2], "wb").write(out)
