"""Small Word and ODF documents written as XML by hand (not by python-docx or LibreOffice): list
numbers from a paragraph style and from nested levels, a 10-column table continued inside the
table, the unit before the year on one line; each reads the report its text edition reads."""

from __future__ import annotations

import io
import zipfile
from html import escape

import pytest

from govplans import ReportFormatError, read_report
from govplans.read.pages import LEFT_HEADER, RIGHT_HEADER

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
ITEM_FIELDS = ["plan_id", "section", "item_no", "sub_item_no", "marker", "text"]
PLAN_FIELDS = ["name", "category", "period_text", "total_budget_thousand_twd", "n_execution"]

#: numIds 1, 4 and 5: 一、 then (一) under it; numIds 2 and 3: 1. … (2 through the paragraph
#: style ListNum). As in Word, the instances of one abstract list share its numbers; one with a
#: startOverride restarts them where it is first used (4 restarts, 5 goes on: LibreOffice
#: writes a cell's list so).
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCountingThousand"/>
  <w:lvlText w:val="%1、"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCountingThousand"/>
  <w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/>
 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/>
 <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:styleId="ListNum"><w:name w:val="List Num"/>
 <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumChild"><w:basedOn w:val="ListNum"/></w:style>
</w:styles>"""


def _p(text: str, num: tuple[str, int] | None = None, style: str | None = None) -> str:
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    runs = "".join(
        f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>' for part in text.split("|")
    )
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{runs}</w:p>"


def _tc(paragraphs: list[str], extra: str = "") -> str:
    props = f"<w:tcPr>{extra}</w:tcPr>" if extra else ""
    return f"<w:tc>{props}{''.join(paragraphs) or '<w:p/>'}</w:tc>"


def _docx(body: str, numbering: str = NUMBERING, styles: str = STYLES) -> bytes:
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/styles.xml", styles)
    return buffer.getvalue()


def _plan_cells(name: str, total: str) -> list[str]:
    return [
        _tc([_p(name)]),
        _tc([_p("科技發展")]),
        _tc([_p("113年1月至|115年12月")]),
        _tc([_p(total)]),
        _tc([_p("50,000")]),
        _tc([_p("45,000")]),
    ]


def _wide_docx() -> bytes:
    """A 10-column table: plan A, plan B, a continuation of B (six empty leading cells as one
    merged cell), plan C; lists numbered by numPr, by a style and by a style's parent."""
    header = "<w:tr>" + "".join(_tc([_p(h)]) for h in LEFT_HEADER + RIGHT_HEADER) + "</w:tr>"
    row_a = (
        "<w:tr>"
        + "".join(_plan_cells("甲計畫", "100,000"))
        + _tc([_p("辦理甲", ("1", 0)), _p("細項一", ("1", 1)), _p("細項二", ("1", 1))])
        + _tc([_p("已辦理甲", ("4", 0)), _p("已辦理乙", ("5", 0))])
        + _tc([_p("目標甲")])
        + _tc([_p("已達成")])
        + "</w:tr>"
    )
    row_b = (
        "<w:tr>"
        + "".join(_plan_cells("乙計畫", "200,000"))
        + _tc([_p("辦理乙", style="ListNum"), _p("辦理丙", style="ListNumChild")])
        + _tc([_p("完成第一階段", ("3", 0)), _p("完成第二階段", ("3", 0))])
        + _tc([_p("目標乙")])
        + _tc(
            [
                _p(
                    "未達成，",
                ),
                _p("說明如下"),
            ]
        )
        + "</w:tr>"
    )
    continuation = (
        "<w:tr>"
        + _tc([], '<w:gridSpan w:val="6"/>')
        + _tc([_p("3. 辦理丁")])
        + _tc([_p("3. 完成第三階段")])
        + _tc([])
        + _tc([_p("（續）原因為採購延宕。")])
        + "</w:tr>"
    )
    row_c = (
        "<w:tr>"
        + "".join(_plan_cells("丙計畫", "300,000"))
        + _tc([_p("辦理丙計畫")])
        + _tc([_p("已完成")])
        + _tc([_p("目標丙")])
        + _tc([_p("已達成")])
        + "</w:tr>"
    )
    body = (
        _p("重要社會發展、重大科技發展計畫執行情形及目標達成情形表")
        + _p("測試發展部")
        + _p("單位：新臺幣千元\u3000\u3000中華民國114年度")
        + f"<w:tbl>{header}{row_a}{row_b}{continuation}{row_c}</w:tbl>"
    )
    return _docx(body)


def _text_edition() -> str:
    def left(name: str, total: str, planned: str) -> str:
        return "\t".join(
            [name, "科技發展", "113年1月至115年12月", total, "50,000", "45,000", planned]
        )

    lines = [
        "測試發展部",
        "中華民國 114 年度",
        "單位：新臺幣千元",
        "\t".join(LEFT_HEADER),
        left("甲計畫", "100,000", "<p>一、 辦理甲</p><p>(一) 細項一</p><p>(二) 細項二</p>"),
        left("乙計畫", "200,000", "<p>1. 辦理乙</p><p>2. 辦理丙</p>"),
        "\t".join(RIGHT_HEADER),
        "<p>一、 已辦理甲</p><p>二、 已辦理乙</p>\t目標甲\t已達成",
        "<p>1. 完成第一階段</p><p>2. 完成第二階段</p>\t目標乙\t<p>未達成，</p><p>說明如下</p>",
        "114年度",
        "\t".join(LEFT_HEADER),
        "\t" * 6 + "3. 辦理丁",
        left("丙計畫", "300,000", "辦理丙計畫"),
        "\t".join(RIGHT_HEADER),
        "3. 完成第三階段\t\t（續）原因為採購延宕。",
        "已完成\t目標丙\t已達成",
    ]
    return "\n".join(lines) + "\n"


def _records(frame, fields):
    return [tuple(str(v) for v in row) for row in frame[fields].itertuples(index=False)]


def test_hand_written_docx_reads_as_its_text_edition(tmp_path):
    docx = tmp_path / "wide.docx"
    docx.write_bytes(_wide_docx())
    text = tmp_path / "wide.txt"
    text.write_text(_text_edition(), encoding="utf-8")
    report, truth = read_report(docx), read_report(text)
    assert (report.agency, report.fiscal_year, report.unit) == ("測試發展部", 114, "新臺幣千元")
    assert _records(report.plans, PLAN_FIELDS) == _records(truth.plans, PLAN_FIELDS)
    assert _records(report.items, ITEM_FIELDS) == _records(truth.items, ITEM_FIELDS)
    items = report.items
    markers = items[(items.plan_id == "114-01") & (items.section == "planned_work")]["marker"]
    assert list(markers) == ["一、", "(一)", "(二)"]
    markers = items[(items.plan_id == "114-02") & (items.section == "planned_work")]["marker"]
    assert list(markers) == ["1.", "2.", "3."]


def test_a_document_with_no_report_table_is_named(tmp_path):
    body = _p("測試發展部") + _p("中華民國114年度") + _p("單位：新臺幣千元")
    body += "<w:tbl><w:tr>" + _tc([_p("項目")]) + _tc([_p("金額")]) + "</w:tr>"
    body += "<w:tr>" + _tc([_p("甲")]) + _tc([_p("1")]) + "</w:tr></w:tbl>"
    path = tmp_path / "other.docx"
    path.write_bytes(_docx(body))
    with pytest.raises(ReportFormatError) as info:
        read_report(path)
    assert str(info.value) == (
        f"{path}: expected at least one table with the header 計畫名稱、計畫類型 …, "
        "found no table (this does not look like a report)"
    )


def _spread_tables(plans: list[tuple[str, str]], header: bool = True) -> str:
    """A left and a right table, each with its header row unless ``header`` is false."""
    left = "".join(
        "<w:tr>" + "".join(_plan_cells(name, "1,000")) + _tc([_p(work)]) + "</w:tr>"
        for name, work in plans
    )
    right = "".join(
        "<w:tr>" + _tc([_p(f"{name}已執行")]) + _tc([_p("目標")]) + _tc([_p("達成")]) + "</w:tr>"
        for name, _ in plans
    )
    if header:
        left = "<w:tr>" + "".join(_tc([_p(h)]) for h in LEFT_HEADER) + "</w:tr>" + left
        right = "<w:tr>" + "".join(_tc([_p(h)]) for h in RIGHT_HEADER) + "</w:tr>" + right
    return f"<w:tbl>{left}</w:tbl><w:p/><w:tbl>{right}</w:tbl>"


def test_cover_table_and_headerless_continued_tables(tmp_path):
    """A cover laid out as a table holds the agency and year; the second spread's tables do not
    repeat their header rows; a signature table at the end is kept as a note."""
    cover = (
        "<w:tbl><w:tr>"
        + _tc([_p("測試發展部")])
        + _tc([_p("中華民國 114 年度")])
        + "</w:tr></w:tbl>"
    )
    signature = "<w:tbl><w:tr>" + _tc([_p("承辦人")]) + _tc([_p("主管")]) + "</w:tr></w:tbl>"
    body = (
        cover
        + _p("單位：新臺幣千元")
        + _spread_tables([("甲計畫", "辦理甲"), ("乙計畫", "辦理乙")])
        + _p("本頁空白")
        + _spread_tables([("丙計畫", "辦理丙")], header=False)
        + signature
    )
    path = tmp_path / "cover.docx"
    path.write_bytes(_docx(body))
    report = read_report(path)
    assert (report.agency, report.fiscal_year) == ("測試發展部", 114)
    assert list(report.plans["name"]) == ["甲計畫", "乙計畫", "丙計畫"]
    execution = report.items[report.items.section == "execution"]
    assert list(execution["text"]) == ["甲計畫已執行", "乙計畫已執行", "丙計畫已執行"]
    assert [text for _, text in report.notes] == ["承辦人\t主管"]


def test_a_left_table_without_its_right_table(tmp_path):
    header = "<w:tr>" + "".join(_tc([_p(h)]) for h in LEFT_HEADER) + "</w:tr>"
    row = "<w:tr>" + "".join(_plan_cells("甲計畫", "1")) + _tc([_p("辦理")]) + "</w:tr>"
    body = _p("測試發展部") + _p("114年度　單位：新臺幣千元") + f"<w:tbl>{header}{row}</w:tbl>"
    path = tmp_path / "half.docx"
    path.write_bytes(_docx(body))
    with pytest.raises(ReportFormatError, match=r"table 1, row 1: expected the right table"):
        read_report(path)


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def _odt(body: str, styles: str = "", doctype: str = "") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {ODF_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _cell(*paragraphs: str) -> str:
    return f"<table:table-cell>{''.join(paragraphs)}</table:table-cell>"


def _tp(text: str) -> str:
    return f"<text:p>{text}</text:p>"


def test_hand_written_odt_with_lists_spaces_and_covered_cells(tmp_path):
    styles = (
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
        'style:num-format="一, 二, 三, ..." style:num-prefix="(" style:num-suffix=")"/>'
        "</text:list-style>"
    )

    def numbered(*texts: str) -> str:
        items = "".join(f"<text:list-item>{_tp(t)}</text:list-item>" for t in texts)
        return f'<text:list text:style-name="L1">{items}</text:list>'

    header_l = (
        "<table:table-row>" + "".join(_cell(_tp(h)) for h in LEFT_HEADER) + "</table:table-row>"
    )
    header_r = (
        "<table:table-row>" + "".join(_cell(_tp(h)) for h in RIGHT_HEADER) + "</table:table-row>"
    )
    plan = (
        "<table:table-row>"
        '<table:table-cell table:number-rows-spanned="2">'
        + _tp("O-RAN<text:s/>SA計畫")
        + "</table:table-cell>"
        + "".join(_cell(_tp(t)) for t in ("科技發展", "113年1月至115年12月", "1,000", "500", "400"))
        + _cell(numbered("辦理<text:span>甲</text:span>", "辦理乙"))
        + "</table:table-row>"
    )
    continued = (
        "<table:table-row><table:covered-table-cell/>"
        + "<table:table-cell/>" * 5
        + _cell(_tp("(三)<text:tab/>辦理丙<text:line-break/>並檢討"))
        + "</table:table-row>"
    )
    right = (
        "<table:table-row>"
        + _cell(numbered("完成"))
        + _cell(_tp("目標"))
        + _cell(_tp("達成"))
        + "</table:table-row>"
    )
    body = (
        _tp("測試發展部")
        + '<text:h text:outline-level="1">中華民國 114 年度</text:h>'
        + _tp("單位：新臺幣元")
        + f"<table:table>{header_l}{plan}{continued}</table:table>"
        + f"<table:table>{header_r}{right}</table:table>"
        + _tp("附註：本表數字為初步統計。")
    )
    path = tmp_path / "plain.odt"
    path.write_bytes(_odt(body, styles))
    report = read_report(path)
    plan_row = report.plans.iloc[0]
    assert plan_row["name"] == "O-RAN SA計畫"
    assert report.unit == "新臺幣元"
    assert plan_row["total_budget_thousand_twd"] == 1  # 1,000 元 = 1 千元
    items = report.items[report.items.section == "planned_work"]
    assert list(items["marker"]) == ["(一)", "(二)", "(三)"]
    assert list(items["text"]) == ["辦理甲", "辦理乙", "辦理丙 並檢討"]
    assert report.items[report.items.section == "execution"]["marker"].tolist() == ["(一)"]
    assert report.notes == [(9, "附註：本表數字為初步統計。")]
    assert report.source_kind == "odt"


def test_odt_mimetype_decides_not_the_name(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_odt(_tp("測試")))
    with pytest.raises(ReportFormatError, match="中華民國 N 年度"):
        read_report(path)


def test_refuses_entities_in_odt(tmp_path):
    path = tmp_path / "lol.odt"
    path.write_bytes(_odt(_tp("&a;"), doctype='<!DOCTYPE x [<!ENTITY a "lol">]>'))
    with pytest.raises(ReportFormatError, match="DTD"):
        read_report(path)


def _one_plan_docx(name_cell: str, work_cell: str, numbering: str = NUMBERING) -> bytes:
    header = "<w:tr>" + "".join(_tc([_p(h)]) for h in LEFT_HEADER) + "</w:tr>"
    cells = _plan_cells("甲", "1,000")[1:]
    row = f"<w:tr>{name_cell}{''.join(cells)}{work_cell}</w:tr>"
    right = "<w:tr>" + "".join(_tc([_p(h)]) for h in RIGHT_HEADER) + "</w:tr>"
    right += "<w:tr>" + _tc([_p("完成")]) + _tc([_p("目標")]) + _tc([_p("達成")]) + "</w:tr>"
    body = _p("測試發展部") + _p("中華民國114年度") + _p("單位：新臺幣千元")
    return _docx(body + f"<w:tbl>{header}{row}</w:tbl><w:tbl>{right}</w:tbl>", numbering)


BULLETS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">
<w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"""


def test_short_cells_over_lines_and_bulleted_items(tmp_path):
    """A name broken by a line break or over two paragraphs is one name; a bullet is no
    marker (as a <ul> of the text edition)."""
    name = (
        "<w:tc><w:p><w:r><w:t>O-RAN</w:t><w:br/><w:t>SA計畫</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>（第二期）</w:t></w:r></w:p></w:tc>"
    )
    work = _tc([_p("辦理甲", ("1", 0)), _p("辦理乙", ("1", 0))])
    path = tmp_path / "short.docx"
    path.write_bytes(_one_plan_docx(name, work, BULLETS))
    report = read_report(path)
    assert report.plans.iloc[0]["name"] == "O-RAN SA計畫（第二期）"
    items = report.items[report.items.section == "planned_work"]
    assert list(zip(items["item_no"], items["marker"], items["text"], strict=True)) == [
        (1, "", "辦理甲"),
        (2, "", "辦理乙"),
    ]


def test_strict_word_xml_reads(tmp_path):
    data = _one_plan_docx(_tc([_p("甲計畫")]), _tc([_p("辦理")]))
    strict = tmp_path / "strict.docx"
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(strict, "w") as new:
        for info in old.infolist():
            new.writestr(info, old.read(info).replace(W.encode(), STRICT_W))
    assert list(read_report(strict).plans["name"]) == ["甲計畫"]


def test_parts_that_could_hide_a_dtd_are_refused(tmp_path):
    """A DTD after a long prolog, and an XML part in UTF-16 (where the bytes would not show
    one), are refused."""
    late_dtd = (
        f'<?xml version="1.0"?><!--{" " * 5000}--><!DOCTYPE w [<!ENTITY a "b">]>'
        f'<w:document xmlns:w="{W}"/>'
    ).encode()
    utf16 = f'<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="{W}"/>'
    for name, xml, found in (
        ("late_dtd.docx", late_dtd, "a DTD"),
        ("utf16.docx", utf16.encode("utf-16"), "another encoding"),
    ):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", xml)
        with pytest.raises(ReportFormatError, match=found):
            read_report(path)


def test_encrypted_odf_is_named(tmp_path):
    path = tmp_path / "secret.odt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:'
            '1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        archive.writestr("content.xml", b"\x8a\x11 encrypted bytes")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ReportFormatError, match="without a password, found an encrypted ODF"):
        read_report(path)


@pytest.mark.parametrize(
    "title_block",
    [
        ["附件一", "衛生福利部114年度重要社會發展、重大科技發展計畫執行情形及目標達成情形表"],
        ["附表2", "衛生福利部", "114 年度", "單位：新臺幣千元"],
        ["重要社會發展、重大科技發展計畫執行情形及目標達成情形表", "（114年度）", "衛生福利部"],
    ],
)
def test_agency_and_year_wherever_the_title_block_puts_them(tmp_path, title_block):
    body = "".join(_p(t.replace("（", "").replace("）", "")) for t in title_block)
    if not any("單位" in t for t in title_block):
        body += _p("單位：新臺幣千元")
    body += _spread_tables([("甲計畫", "辦理甲")])
    path = tmp_path / "title.docx"
    path.write_bytes(_docx(body))
    report = read_report(path)
    assert (report.agency, report.fiscal_year, report.unit) == ("衛生福利部", 114, "新臺幣千元")
    assert [text for _, text in report.notes] == [t for t in title_block if t.startswith("附")]
