#!/usr/bin/env python3
"""Writes clerk_members.xlsx: a members sheet the way a clerk keeps one (generated people, never real).

Title rows above the header (merged across columns), blank rows, an STT column, a section row merged
across the sheet, card numbers with separators and one stored as a number that lost its leading zero,
a citizen ID stored as a number and one typed in scientific notation, dates as serials (date-styled and
plain numbers) and as text, and the cell's code merged down three rows. The XML is written by hand, as
Excel writes it (shared strings, a date style), so the file is small and the same on every run.

    python3 tests/data/make_clerk_members.py   # rewrites tests/data/clerk_members.xlsx
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# (line, column letter, value, kind): kind "s" text, "n" number, "d" number with a date style.
CELLS = [
    (1, "A", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG", "s"),
    (1, "F", "ĐẢNG CỘNG SẢN VIỆT NAM", "s"),
    (2, "A", "ĐẢNG ỦY TRƯỜNG", "s"),
    (4, "A", "DANH SÁCH ĐẢNG VIÊN ĐI NƯỚC NGOÀI NĂM 2025", "s"),
    # line 6: the header
    (6, "A", "STT", "s"), (6, "B", "Họ và tên", "s"), (6, "C", "Ngày sinh", "s"), (6, "D", "Số CCCD", "s"),
    (6, "E", "Số thẻ đảng viên", "s"), (6, "F", "Ngày vào Đảng", "s"), (6, "G", "Ngày chính thức", "s"),
    (6, "H", "Chi bộ", "s"), (6, "I", "Ghi chú", "s"),
    # line 7: a section title across the sheet
    (7, "A", "I. CHI BỘ A", "s"),
    (8, "A", "1", "n"), (8, "B", "Nguyễn Văn An", "s"), (8, "C", "15/03/1980", "s"),
    (8, "D", "001080012345", "s"), (8, "E", "12.345678", "s"), (8, "F", "36526", "d"),
    (8, "G", "ngày 01 tháng 01 năm 2001", "s"), (8, "H", "CB-A", "s"),
    (9, "A", "2", "n"), (9, "B", "Trần Thị Bình", "s"), (9, "C", "29221", "n"),
    (9, "D", "1080012346", "n"), (9, "E", "1234567", "n"), (9, "F", "05-06-2005", "s"),
    (9, "G", "2006-06-05", "s"),
    (10, "A", "3", "n"), (10, "B", "Lê Văn Cường", "s"), (10, "C", "20.11.1985", "s"),
    (10, "D", "001 085 012 347", "s"), (10, "E", "12 345 680", "s"), (10, "F", "5/6/2007", "s"),
    (10, "G", "05.06.2008", "s"), (10, "I", "Đi học", "s"),
    (11, "A", "4", "n"), (11, "B", "Phạm Thị Dung", "s"), (11, "C", "01/02/1990", "s"),
    (11, "D", "1.23457E+11", "s"), (11, "E", "12-345681", "s"), (11, "F", "03/02/2012", "s"),
    (11, "G", "03/02/2013", "s"), (11, "H", "CB-A", "s"),
]
MERGES = ["A1:D1", "F1:I1", "A2:D2", "A4:I4", "A7:I7", "H8:H10"]


def main():
    strings = []
    index = {}
    rows = {}
    for line, col, value, kind in CELLS:
        if kind == "s":
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            xml = f'<c r="{col}{line}" t="s"><v>{index[value]}</v></c>'
        elif kind == "d":
            xml = f'<c r="{col}{line}" s="1"><v>{value}</v></c>'
        else:
            xml = f'<c r="{col}{line}"><v>{value}</v></c>'
        rows.setdefault(line, []).append(xml)
    sheet_rows = "".join(f'<row r="{line}">{"".join(cells)}</row>' for line, cells in sorted(rows.items()))
    merges = "".join(f'<mergeCell ref="{m}"/>' for m in MERGES)
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} {rel_ns}>'
            '<workbookPr/><sheets><sheet name="DS đảng viên" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"),
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {ns}>'
            '<fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>"),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst {ns} count="{len(strings)}" '
            f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>"),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns} {rel_ns}>'
            f'<dimension ref="A1:I11"/><sheetData>{sheet_rows}</sheetData>'
            f'<mergeCells count="{len(MERGES)}">{merges}</mergeCells></worksheet>'),
    }
    out = os.path.join(HERE, "clerk_members.xlsx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    main()
