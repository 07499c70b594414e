#!/usr/bin/env python3
"""Regenerate the encoded fixtures from speech.txt (UTF-8, LF).

The bytes are committed, so tests never need Python; rerun this only when
speech.txt changes:  python3 tests/fixtures-encoding/generate.py
"""
import pathlib
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
text = (HERE / "speech.txt").read_text(encoding="utf-8")
assert "\r" not in text, "speech.txt must use LF line ends"

variants = {
    "speech.utf8-bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
    "speech.utf16le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
    "speech.utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
    # What Word's 「纯文本」 export and old Notepad ("ANSI") write on Chinese Windows.
    "speech.gbk.txt": text.encode("gb18030"),
    "speech.gbk-crlf.txt": text.replace("\n", "\r\n").encode("gb18030"),
    "speech.crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
    "speech.cr.txt": text.replace("\n", "\r").encode("utf-8"),
    "speech.md": text.encode("utf-8"),
}
for name, data in variants.items():
    (HERE / name).write_bytes(data)

# A minimal Word document: one <w:p> per line, plus an empty paragraph (Word
# users leave those for spacing) and one paragraph split over two runs.
def paragraph(line: str) -> str:
    if not line:
        return "<w:p/>"
    half = len(line) // 2
    runs = [line] if half < 8 else [line[:half], line[half:]]
    body = "".join(
        f'<w:r><w:t xml:space="preserve">{escape(run)}</w:t></w:r>' for run in runs
    )
    return f"<w:p>{body}</w:p>"

lines = text.rstrip("\n").split("\n")
paragraphs = [paragraph(lines[0]), paragraph("")] + [paragraph(l) for l in lines[1:]]
document = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    f'<w:body>{"".join(paragraphs)}</w:body></w:document>'
)
content_types = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    "</Relationships>"
)
# Fixed timestamps keep the committed bytes identical across reruns.
with zipfile.ZipFile(HERE / "speech.docx", "w", zipfile.ZIP_DEFLATED) as docx:
    for name, data in [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", rels),
        ("word/document.xml", document),
    ]:
        docx.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
