"""loaders.reading.stage: every format on Chinese text, every encoding, and every kind of bad input.

Fixtures are generated here: DOCX with python-docx, PDF written by hand (a CID font with a
ToUnicode map, so no font file is needed; RC4 encryption per the PDF standard security handler).
"""

from __future__ import annotations

import codecs
import hashlib
import struct
import sys
import zipfile
from pathlib import Path

import pytest

from errors import MissingDependency, UnreadableDocument, UnsupportedFormat
from loaders.reading.meta import find_date, find_source, guess_title, parse_date
from loaders.reading.stage import MAX_BYTES, READERS, boilerplate_spans, read

SAMPLE = Path(__file__).resolve().parent.parent / "loaders" / "corpus" / "puyang-2023-organization-work-exchange.txt"

SIMPLIFIED = (
    "平遥县党建引领乡村治理经验交流材料\n"
    "来源：某某党建网\n"
    "发布时间：2023年10月15日\n"
    "近年来，平遥县全面贯彻落实省委部署和市委要求，扛稳创建责任，整合资源要素。\n"
    "一、抓组织聚合力。成立12个督导组，每月到所联系乡镇开展一轮督导，帮助解决困难问题160余个。\n"
)
TRADITIONAL = (
    "臺北市社區治理經驗交流\n"
    "近年來，本市積極推動基層組織建設，強化黨員聯繫群眾機制，建立網格化管理體系。\n"
    "一、強化組織領導。成立十二個督導組，每月到所聯繫鄉鎮開展一輪督導。\n"
)


def refused(path: Path, match: str, error: type[Exception] = UnreadableDocument, *, max_bytes: int = MAX_BYTES) -> str:
    """Read `path`, expect `error` whose one-line message names the file and matches `match`."""
    with pytest.raises(error, match=match) as info:
        read(path, max_bytes=max_bytes)
    message = str(info.value)
    assert str(path) in message
    assert "\n" not in message
    return message


# -- plain text ----------------------------------------------------------------------------------


def test_readers_cover_the_formats() -> None:
    assert {".txt", ".text", ".html", ".htm", ".docx", ".pdf"} <= set(READERS)
    assert MAX_BYTES == 50 * 2**20


def test_utf8_text_with_metadata(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(SIMPLIFIED.replace("\n", "\r\n").encode())
    doc = read(path)
    assert doc.path == path
    assert doc.text == SIMPLIFIED  # CRLF normalised, nothing else touched
    assert doc.title == "平遥县党建引领乡村治理经验交流材料"
    assert doc.source == "某某党建网"
    assert doc.date == "2023-10-15"
    assert doc.media_type == "text/plain"
    assert doc.encoding == "utf-8"


def test_sample_corpus(tmp_path: Path) -> None:
    doc = read(SAMPLE)
    assert doc.title == "2023年全市组织工作会议经验交流材料"
    assert doc.source == "濮阳党建网"
    assert doc.date == "2023-10-15"
    assert doc.text == SAMPLE.read_text(encoding="utf-8").replace("\r\n", "\n")
    flagged = [doc.text[s:e] for s, e in boilerplate_spans(doc.text)]
    assert flagged[-3:] == ["目录 返回", "首页", "◎欢迎参与讨论,请在这里发表您的看法、交流您的观点。"]
    assert "来源:濮阳党建网" in flagged and "2023-10-15 21:36:55" in flagged
    assert not [line for line in flagged if "。" in line and "欢迎" not in line]  # no report sentence


@pytest.mark.parametrize(
    ("encoding", "text", "reported"),
    [
        ("gb18030", SIMPLIFIED + "𠮷字在GB18030里是四字节。\n", "gb18030"),
        ("gbk", SIMPLIFIED, "gb18030"),
        ("gb2312", SIMPLIFIED, "gb18030"),
        ("big5", TRADITIONAL, "big5"),
        ("utf-8-sig", SIMPLIFIED, "utf-8-sig"),
        ("utf-16", SIMPLIFIED, "utf-16"),  # Python writes a BOM
        ("utf-16-be", SIMPLIFIED, "utf-16"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, text: str, reported: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    doc = read(path)
    assert doc.text == text  # BOM stripped; Big5 stays traditional
    assert doc.encoding == reported
    assert doc.title == text.split("\n")[0]


@pytest.mark.parametrize(("text", "encoding"), [("长治", "gbk"), ("平遥县", "gb2312"), ("臺灣", "big5")])
def test_short_text_detection(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes(text.encode(encoding))
    assert read(path).text == text


@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n", "\u3000\n".encode(), codecs.BOM_UTF8])
def test_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    refused(path, "empty")


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "正文".encode() + b"\x00\x01\x02" * 10,
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E]) * 50,
    ],
)
def test_binary(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    refused(path, "binary")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_truncated_last_character_is_dropped(tmp_path: Path, encoding: str) -> None:
    text = TRADITIONAL if encoding == "big5" else SIMPLIFIED
    body = text.rstrip("\n")
    data = body.encode(encoding)
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-1])  # half of the last (multi-byte) character
    assert read(path).text == body[:-1]


def test_undecodable(tmp_path: Path) -> None:
    path = tmp_path / "garbage.txt"
    path.write_bytes(b"\x80\xff\xfe\x81\xff" * 300)
    refused(path, "undecodable")


def test_stray_byte_in_long_utf8_text_is_kept(tmp_path: Path) -> None:
    text = SIMPLIFIED * 20
    path = tmp_path / "stray.txt"
    path.write_bytes(text[:300].encode() + b"\xff" + text[300:].encode())
    doc = read(path)
    assert doc.encoding == "utf-8"
    assert doc.text.count("\ufffd") == 1
    assert doc.text.replace("\ufffd", "") == text


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    text_file = tmp_path / "report.dat"
    text_file.write_bytes(SIMPLIFIED.encode("gbk"))
    assert read(text_file).text == SIMPLIFIED
    page = tmp_path / "page"
    page.write_bytes(
        b"<!DOCTYPE html><html><head><title>t</title></head><body><p>"
        + "正文内容很长的一句话。".encode()
        + b"</p></body></html>"
    )
    assert read(page).media_type == "text/html"
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)))
    refused(blob, "unsupported format", UnsupportedFormat)
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    refused(legacy, "legacy Word", UnsupportedFormat)


def test_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SIMPLIFIED.encode() * 10)
    refused(path, r"too large \(.* > 100 bytes limit\)", max_bytes=100)
    assert read(path, max_bytes=10_000).text == SIMPLIFIED * 10


def test_sparse_100mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(100 * 2**20)
    message = refused(path, "too large")
    assert message == f"{path}: too large (100.0 MB > 50 MB limit)"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    refused(tmp_path / "nope.txt", "cannot read")
    refused(tmp_path, "directory")


# -- metadata and boilerplate --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2023-10-15", "2023-10-15"),
        ("2023/1/5 08:00", "2023-01-05"),
        ("2023.10.05", "2023-10-05"),
        ("2023年10月15日", "2023-10-15"),
        ("2023 年 3 月 8 日", "2023-03-08"),
        ("二〇二三年十月十五日", "2023-10-15"),
        ("二〇二四年二月二十九日", "2024-02-29"),
        ("2023-02-30", None),
        ("20231015", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_metadata_patterns() -> None:
    assert find_source("标题\n来源: http://www.example.gov.cn/a.html\n") == "http://www.example.gov.cn/a.html"
    assert find_source("发布时间：2023-10-15 09:00  来源：河南日报  作者：李四") == "河南日报"
    assert find_source("【来源：人民网】") == "人民网"
    assert find_source("来源：\n正文第一段。") is None
    assert find_source("来源: https://www.example.gov.cn/a.html\n2022-07-29 来源:某某县委组织部") == "某某县委组织部"
    assert find_source("会议强调，要把来源：基层的意见…" + "很长的一句话" * 30) is None
    assert find_date("标题\n2022年3月5日，全县召开动员会。\n发布日期：2023-10-16") == "2023-10-16"
    assert find_date("2022年3月5日，全县召开动员会。") is None
    assert find_date("正文。\n\n二〇二三年十月十五日\n") == "2023-10-15"
    assert guess_title("\n\n  某县经验材料  \n正文。") == "某县经验材料"
    assert guess_title("某县坚持党建引领，推动乡村振兴。") is None
    assert guess_title("首页 > 工作动态\n当前位置：首页\n某县经验材料\n正文。") == "某县经验材料"


def test_boilerplate_spans_are_general() -> None:
    furniture = [
        "首页 > 新闻中心 > 工作动态",
        "您的位置：首页 > 要闻",
        "上一篇：某区召开会议",
        "下一篇：无",
        "【字体：大 中 小】【打印本页】【关闭窗口】",
        "分享到：微信 微博 QQ空间",
        "责任编辑：王五",
        "作者：某某  来源：某某日报",
        "浏览次数：1024",
        "打印 | 关闭",
        "网友评论",
        "已有0人参与评论",
        "版权所有：某某市人民政府办公室  豫ICP备12345678号",
        "相关阅读：",
        "2023-10-15 09:30:00",
        "——————",
        "2022-07-29 来源:某某县委组织部",
        "来源: https://www.example.gov.cn/xwzx/gzdt/202307/t20230724_1034378.html?from=timeline&isappinstalled=0",
        "- · 《某某杂志》征稿启事[06/30]",
        "相关附件:",
        "11",
    ]
    content = [
        "记者：这项工作取得了哪些成效？",  # an interview question is content
        "一、抓组织聚合力,筑牢创星“强堡垒”。",
        "积极探索城市基层党建工作新路子",
        "近年来，该县建立返回式培训机制，组织党员回到首页提到的基层一线。",
        "市委宣传部全面贯彻党的方针政策",
        "强化组织领导。",
    ]
    text = "\n".join(content[:2] + furniture + content[2:])
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == furniture
    for _start, end in spans:
        assert text[end : end + 1] in ("\n", "")


# -- HTML ----------------------------------------------------------------------------------------

ARTICLE = [
    "近年来，某县坚持以党建引领基层治理，探索建立“网格化管理、组团式服务”工作机制，全县划分网格1200个。",
    "一、建强组织体系。坚持把支部建在网格上，配备专职网格员860名，实现党的组织和工作全覆盖。",
    "二、完善运行机制。建立“吹哨报到”制度，县直单位党员干部到社区报到3200余人次。",
]

GOV_PAGE = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某县：党建引领网格化治理见实效_工作动态_某某党建网</title>
<meta name="PubDate" content="2023-10-15 09:30">
<meta name="ContentSource" content="某某日报">
<style>.x{{color:red}}</style><script>var nav = "首页";</script>
</head><body>
<div class="top-bar"><a href="/">首页</a> | <a href="/login">登录</a> | <a href="/en">English</a></div>
<div id="nav"><ul><li><a href="/a">工作动态</a></li><li><a href="/b">基层党建</a></li>
  <li><a href="/c">干部工作</a></li></ul></div>
<div class="position">您的位置：<a href="/">首页</a> &gt; <a href="/a">工作动态</a></div>
<div class="main">
  <div class="left">
    <h1>某县：党建引领网格化治理见实效</h1>
    <div class="info">发布时间：2023-10-15 09:30:00 来源：某某日报 作者：某某某 浏览次数：1234
      【字体：大 中 小】 【打印本页】 【关闭窗口】</div>
    <div class="TRS_Editor"><div class="Custom_UnionStyle">
      <p>&nbsp;&nbsp;{ARTICLE[0][:20]}
      {ARTICLE[0][20:]}</p>
      <p>　　{ARTICLE[1]}</p>
      <p><strong>{ARTICLE[2][:7]}</strong>{ARTICLE[2][7:]}</p>
    </div></div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    <div class="related"><h3>相关链接</h3><ul>
      <li><a href="/1">某市召开全市组织工作会议部署下半年重点任务安排</a></li>
      <li><a href="/2">某区推进城市基层党建工作取得明显成效的经验做法</a></li></ul></div>
    <div class="comment"><p>◎欢迎参与讨论，请在这里发表您的看法、交流您的观点。</p>
      <form><textarea name="c"></textarea><input type="submit" value="提交"></form></div>
  </div>
  <div class="right"><h3>热点新闻</h3>
    <ul><li><a href="/h">热点新闻标题一则比较长的链接文字内容</a></li></ul></div>
</div>
<!-- 评论区 -->
<div class="footer"><p>版权所有：某某市委组织部 地址：某某路1号 豫ICP备00000000号</p></div>
</body></html>"""


def test_html_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(GOV_PAGE.encode("gbk"))
    doc = read(path)
    assert doc.media_type == "text/html"
    assert doc.encoding == "gb18030"
    assert doc.title == "某县：党建引领网格化治理见实效"
    assert doc.text == "\n".join([doc.title, *ARTICLE])
    assert doc.source == "某某日报"
    assert doc.date == "2023-10-15"


def test_html_content_found_by_density_alone(tmp_path: Path) -> None:
    """No known content id, no meta: the block of running text wins; info bar gives source and date."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    page = f"""<html><head><meta charset="utf-8"><title>党建引领网格化治理 - 某某网</title></head><body>
    <table><tr><td class="l"><a href="/1">导航一</a><br><a href="/2">导航二</a></td>
    <td class="r"><div class="x1">来源：某某新闻网 &nbsp; 2023年10月16日</div>
    <div class="x2"><h2>党建引领网格化治理</h2>{paragraphs}
    <table><tr><th>指标</th><th>数量</th></tr><tr><td>网格员</td><td>860</td></tr></table></div></td></tr></table>
    <div class="x3">上一篇：<a href="/p">某镇召开会议</a><br>下一篇：<a href="/n">某村开展活动</a></div>
    </body></html>"""
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    doc = read(path)
    assert doc.text == "\n".join(["党建引领网格化治理", *ARTICLE, "指标\t数量", "网格员\t860"])
    assert doc.source == "某某新闻网"
    assert doc.date == "2023-10-16"


def test_html_sidebar_of_summaries_and_split_paragraphs(tmp_path: Path) -> None:
    """A sidebar with its own short paragraphs stays out; paragraphs split over sibling blocks stay in."""
    sidebar = "".join(f"<li><p>第{n}期简报摘要：某镇开展主题活动情况。</p></li>" for n in range(1, 7))
    page = f"""<html><head><meta charset="utf-8"><title>网格化治理</title></head><body>
    <div class="wrap"><div class="l"><h1>网格化治理</h1>
      <div class="b"><div class="s1"><p>{ARTICLE[0]}</p></div><div class="s2"><p>{ARTICLE[1]}</p>
      <p>{ARTICLE[2]}</p></div></div></div>
    <div class="r"><ul>{sidebar}</ul></div></div></body></html>"""
    path = tmp_path / "split.html"
    path.write_text(page, encoding="utf-8")
    assert read(path).text == "\n".join(["网格化治理", *ARTICLE])


def test_html_table_layout_with_line_breaks(tmp_path: Path) -> None:
    cells = "<br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{p}" for p in ARTICLE)
    page = f"""<html><head><meta charset="utf-8"><title>网格化治理_某某网</title></head><body>
    <table><tr><td><a href="/1">首页</a><br><a href="/2">机构概况</a><br><a href="/3">政务公开</a></td>
    <td><table><tr><td align="center"><b>网格化治理</b></td></tr>
    <tr><td>{cells}</td></tr></table></td></tr></table></body></html>"""
    path = tmp_path / "table.html"
    path.write_text(page, encoding="utf-8")
    assert read(path).text == "\n".join(["网格化治理", *ARTICLE])


def test_html_article_element_and_big5(tmp_path: Path) -> None:
    body = TRADITIONAL.strip().split("\n")
    page = (
        '<html><head><meta charset="big5"><title>' + body[0] + "｜某某網</title></head><body>"
        "<header><a href='/'>首頁</a></header><article>"
        + "".join(f"<p>{p}</p>" for p in body[1:])
        + "</article><footer>版權所有</footer></body></html>"
    )
    path = tmp_path / "tw.html"
    path.write_bytes(page.encode("big5"))
    doc = read(path)
    assert doc.encoding == "big5"
    assert doc.text == "\n".join(body)


def test_html_with_a_wrong_charset_declaration(tmp_path: Path) -> None:
    path = tmp_path / "lying.html"
    path.write_bytes(GOV_PAGE.replace("charset=gb2312", "charset=iso-8859-1").encode("gbk"))
    doc = read(path)
    assert doc.encoding == "gb18030"
    assert doc.text == "\n".join(["某县：党建引领网格化治理见实效", *ARTICLE])


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title></title></head><body><script>x()</script></body></html>", encoding="utf-8")
    refused(path, "empty")


# -- DOCX ----------------------------------------------------------------------------------------


def make_docx(path: Path, *, title: str | None = None) -> list[str]:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    if title:
        document.core_properties.title = title
    lines = ["平遥县创建“红旗”支部经验材料", ARTICLE[0], ARTICLE[1]]
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=2)
    cells = ["指标", "数值", "网格员", "860", ARTICLE[2][:20], ARTICLE[2][20:] * 12]
    for cell, value in zip((c for row in table.rows for c in row.cells), cells, strict=True):
        cell.text = value
    table.cell(0, 0).merge(table.cell(0, 1)).text = "主要指标"
    document.add_paragraph(ARTICLE[2])
    document.save(str(path))
    # short rows are one tab-separated line, a row of long text one line per cell
    return [*lines, "主要指标", "网格员\t860", ARTICLE[2][:20], ARTICLE[2][20:] * 12, ARTICLE[2]]


def test_docx(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    lines = make_docx(path, title="红旗支部创建经验")
    doc = read(path)
    assert doc.text == "\n".join(lines)
    assert doc.title == "红旗支部创建经验"
    assert doc.media_type.endswith("wordprocessingml.document")
    for name, core in (("plain.docx", None), ("named.docx", "Microsoft Word - 经验材料.docx")):
        make_docx(tmp_path / name, title=core)
        assert read(tmp_path / name).title == "平遥县创建“红旗”支部经验材料"  # the first line


def test_corrupt_docx(tmp_path: Path) -> None:
    not_zip = tmp_path / "bad.docx"
    not_zip.write_bytes(b"PK\x03\x04 this is not really a zip archive" * 10)
    refused(not_zip, "corrupt DOCX")
    no_body = tmp_path / "nobody.docx"
    with zipfile.ZipFile(no_body, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    refused(no_body, r"corrupt DOCX \(no word/document.xml\)")
    whole = tmp_path / "whole.docx"
    make_docx(whole)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole.read_bytes()[:2000])
    refused(cut, "corrupt DOCX")
    bad_xml = tmp_path / "badxml.docx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(bad_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[: len(data) // 2] if item.filename == "word/document.xml" else data)
    refused(bad_xml, "corrupt DOCX")
    ole = tmp_path / "locked.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    refused(ole, "password-protected")


# -- PDF -----------------------------------------------------------------------------------------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data).digest()


def _to_unicode(chars: list[str]) -> bytes:
    entries = [f"<{i + 1:04X}> <{ord(c):04X}>" for i, c in enumerate(chars)]
    blocks = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    image: bool = False,
    password: str | None = None,
    spacing: int = 0,
) -> bytes:
    """A PDF with CJK text (CID font + ToUnicode), lines placed as given (each line one Tj).

    A page's lines are drawn 15pt apart; an empty string leaves a paragraph gap. `spacing` is extra
    space between characters (Tc), as justified text has.
    """
    chars = sorted({c for page in pages for line in page for c in line})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    objects: list[tuple[bytes, bytes | None]] = []  # (dictionary, stream)

    def add(dictionary: str, stream: bytes | None = None) -> int:
        objects.append((dictionary.encode(), stream))
        return len(objects)

    add("<< /Type /Catalog /Pages 2 0 R >>")
    add("")  # pages, filled in below
    descriptor = add(
        "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -120 1000 880] "
        "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
    )
    cidfont = add(
        f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
        f"/Ordering (Identity) /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 1000 >>"
    )
    tounicode = add("<< >>", _to_unicode(chars))
    font = add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
        f"/DescendantFonts [{cidfont} 0 R] /ToUnicode {tounicode} 0 R >>"
    )
    picture = add(
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 >>",
        b"\x00\xff\xff\x00",
    )
    kids = []
    for page in pages:
        ops, y = [], 780
        for line in page:
            if line:
                hexed = "".join(f"{cid[c]:04X}" for c in line)
                ops.append(f"BT /F1 12 Tf {spacing} Tc 1 0 0 1 72 {y} Tm <{hexed}> Tj ET")
            y -= 15 if line else 30
        if image:
            ops.append("q 200 0 0 200 72 400 cm /Im1 Do Q")
        content = add("<< >>", "\n".join(ops).encode())
        kids.append(
            add(
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                f"/Resources << /Font << /F1 {font} 0 R >> /XObject << /Im1 {picture} 0 R >> >> >>"
            )
        )
    objects[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode(),
        None,
    )
    info = ""
    if title and not password:
        info_obj = add(f"<< /Title <FEFF{title.encode('utf-16-be').hex().upper()}> >>")
        info = f" /Info {info_obj} 0 R"
    key = b""
    file_id = b"0123456789abcdef"
    if password:
        user = (password.encode() + _PAD)[:32]
        owner_value = _rc4(_md5((b"owner" + _PAD)[:32])[:5], user)
        permissions = struct.pack("<i", -44)
        key = _md5(user + owner_value + permissions + file_id)[:5]
        encrypt = add(f"<< /Filter /Standard /V 1 /R 2 /O <{owner_value.hex()}> /U <{_rc4(key, _PAD).hex()}> /P -44 >>")
        info = f" /Encrypt {encrypt} 0 R"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, (dictionary, stream) in enumerate(objects, start=1):
        offsets.append(len(out))
        if stream is None:
            out += b"%d 0 obj\n%s\nendobj\n" % (number, dictionary)
            continue
        if key and not dictionary.startswith(b"<< /Filter /Standard"):
            stream = _rc4(_md5(key + number.to_bytes(3, "little") + b"\x00\x00")[:10], stream)
        head = dictionary[:-2].rstrip() + b" /Length %d >>" % len(stream)
        out += b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, head, stream)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R{info} /ID [<{file_id.hex()}> <{file_id.hex()}>] >>"
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer.encode(), xref)
    return bytes(out)


def _wrap(text: str, width: int = 30) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


PDF_TITLE = "平遥县创建红旗支部经验材料"
PDF_PAGES = [
    [PDF_TITLE, "", *_wrap(ARTICLE[0]), "", *_wrap(ARTICLE[1]), "", "- 1 -"],
    [*_wrap(ARTICLE[2]), "", "二〇二三年十月十五日", "", "第2页"],
]


def test_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(PDF_PAGES, title="Microsoft Word - 经验材料.docx"))
    doc = read(path)
    # Hard wraps joined, page numbers and the page break gone, headings kept on their own line.
    assert doc.text == "\n".join([PDF_TITLE, *ARTICLE, "二〇二三年十月十五日"])
    assert doc.title == PDF_TITLE  # the info title is a file name, so the first line wins
    assert doc.date == "2023-10-15"
    assert doc.media_type == "application/pdf"
    titled = tmp_path / "titled.pdf"
    titled.write_bytes(make_pdf(PDF_PAGES, title="党建引领网格化治理"))
    assert read(titled).title == "党建引领网格化治理"


def test_pdf_sentence_wrapped_across_a_page_break(tmp_path: Path) -> None:
    lines = _wrap(ARTICLE[0])
    path = tmp_path / "across.pdf"
    path.write_bytes(make_pdf([[PDF_TITLE, "", *lines[:2]], lines[2:]]))
    assert read(path).text == f"{PDF_TITLE}\n{ARTICLE[0]}"


def test_pdf_letter_spaced_text(tmp_path: Path) -> None:
    path = tmp_path / "spaced.pdf"
    path.write_bytes(make_pdf([[PDF_TITLE, "", *_wrap(ARTICLE[0])]], spacing=3))
    assert read(path).text == f"{PDF_TITLE}\n{ARTICLE[0]}"


def test_encrypted_pdf(tmp_path: Path) -> None:
    data = make_pdf(PDF_PAGES, password="secret")
    path = tmp_path / "locked.pdf"
    path.write_bytes(data)
    refused(path, "encrypted PDF")
    # The fixture is a real encrypted PDF: with its password pdfminer reads the text.
    import io

    from pdfminer.high_level import extract_text

    assert ARTICLE[1][:20] in extract_text(io.BytesIO(data), password="secret")


def test_image_only_pdf(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[""]], image=True))
    refused(path, r"no text layer \(image-only PDF; OCR it first\)")


def test_truncated_and_corrupt_pdf(tmp_path: Path) -> None:
    data = make_pdf(PDF_PAGES)
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    refused(cut, "truncated PDF")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n")
    refused(garbage, "corrupt PDF|no text layer")
    not_pdf = tmp_path / "text.pdf"
    not_pdf.write_text("这不是PDF", encoding="utf-8")
    refused(not_pdf, "not a PDF")


# -- missing parser libraries --------------------------------------------------------------------


@pytest.mark.parametrize(("module", "suffix"), [("docx", ".docx"), ("pdfminer", ".pdf"), ("selectolax", ".html")])
def test_missing_parser_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, suffix: str) -> None:
    """An absent library is a MissingDependency naming the file and the package, not an ImportError."""
    path = tmp_path / f"report{suffix}"
    path.write_bytes(make_pdf(PDF_PAGES) if suffix == ".pdf" else GOV_PAGE.encode("gbk"))
    if suffix == ".docx":
        make_docx(path)
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    message = refused(path, "pip install", MissingDependency)
    assert module.split(".")[0] in message
