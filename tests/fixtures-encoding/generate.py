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

# A Word speech whose parts are marked only by 标题 2 styles (no 一、, no short parallel lines):
# the styles are then the one hint to its structure.
STYLED = [
    ("", "关于做好今年防汛工作的讲话"),
    ("", "同志们：今天召开会议，部署今年的防汛工作。"),
    ("Heading2", "今年的汛情可能比往年更复杂，大家心里要有数。"),
    ("", "今年汛期来得早，降雨偏多，各地务必高度重视，不能有丝毫麻痹。"),
    ("Heading2", "责任必须落实到每一个人身上，不能层层打折扣。"),
    ("", "各级领导干部要守土有责，把责任落实到每一座水库、每一段堤防。"),
    ("Heading2", "各项保障工作都要提前准备，宁可备而不用。"),
    ("", "物资、队伍、预案都要提前到位，确保关键时刻拉得出、用得上。"),
    ("", "谢谢大家。"),
]
styled_paragraphs = "".join(
    (f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else "<w:p>")
    + f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
    for style, line in STYLED
)
styled_document = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    f"<w:body>{styled_paragraphs}</w:body></w:document>"
)
styles = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
    "</w:styles>"
)
styled_types = content_types.replace(
    "</Types>",
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
)
document_rels = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/>'
    "</Relationships>"
)
with zipfile.ZipFile(HERE / "styled-headings.docx", "w", zipfile.ZIP_DEFLATED) as docx:
    for name, data in [
        ("[Content_Types].xml", styled_types),
        ("_rels/.rels", rels),
        ("word/document.xml", styled_document),
        ("word/styles.xml", styles),
        ("word/_rels/document.xml.rels", document_rels),
    ]:
        docx.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
