"""Document metadata and web-page leftovers, found in text by general patterns.

Shared by every reader: a text file saved from a web page, a DOCX and a PDF all carry the same
kinds of lines (来源：…, 发布时间：…, 上一篇/下一篇, 【字体：大 中 小】), so one set of patterns
serves them all. Nothing here knows any particular site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from loaders.document import Document

__all__ = [
    "DATE_SOURCES",
    "boilerplate_spans",
    "document_date",
    "embedded_title",
    "find_date",
    "find_source",
    "guess_title",
    "is_boilerplate_line",
    "parse_date",
]

# -- dates ---------------------------------------------------------------------------------------

_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}
_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?!\d)"
    r"|年\s*(?P<m2>\d{1,2})\s*月\s*(?P<d2>\d{1,2})\s*[日号])"
    r"|(?P<cy>[〇○零一二三四五六七八九]{4})年(?P<cm>[十一二]{1,2}|[三四五六七八九])月(?P<cd>[十一二三四五六七八九]{1,3})日"
)
_DATE_VERB = r"(?:发布|发表|发稿|更新|成文|印发)"
_LABELLED_DATE_RE = re.compile(rf"(?:{_DATE_VERB}(?:时间|日期)\s*[:：]?|(?:时间|日期)\s*[:：])[^\S\n]*")


def _cn_int(text: str) -> int:
    """二十三 -> 23, 十 -> 10, 十五 -> 15, 二〇二三 -> 2023 (digit by digit)."""
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def parse_date(text: str) -> str | None:
    """Return the first valid calendar date in `text` as ISO yyyy-mm-dd.

    >>> parse_date("发布时间：2023年10月15日 09:30")
    '2023-10-15'
    >>> parse_date("二〇二三年十月十五日")
    '2023-10-15'
    >>> parse_date("2023-13-45") is None
    True
    """
    for m in _DATE_RE.finditer(text):
        if m["cy"]:
            parts = (_cn_int(m["cy"]), _cn_int(m["cm"]), _cn_int(m["cd"]))
        else:
            parts = (int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
        try:
            return date(*parts).isoformat()
        except ValueError:
            continue
    return None


# -- lines ---------------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, newline excluded, lazily: callers often need only the first few."""
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield start, end
        start = end + 1
    yield start, len(text)


_EDGE = 20_000  # characters: a document's metadata sits in its head or its foot


def _edges(text: str) -> list[str]:
    """The text, or for a long one its head and foot: keeps metadata search cheap on 50 MB files."""
    return [text] if len(text) <= 2 * _EDGE else [text[:_EDGE], text[-_EDGE:]]


def _line_around(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


_SENTENCE_END = "。！？；!?;"
_MAX_TITLE = 80


def guess_title(text: str) -> str | None:
    """The first content line, when it reads like a title (short, no sentence punctuation).

    >>> guess_title("\\n  2023年全县组织工作经验交流材料\\n来源:某某党建网\\n")
    '2023年全县组织工作经验交流材料'
    >>> guess_title("近年来，我县坚持党建引领。") is None
    True
    """
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line:
            continue
        if is_boilerplate_line(line):  # a page saved as text starts with its navigation
            continue
        if len(line) > _MAX_TITLE or any(c in line for c in _SENTENCE_END):
            return None
        return line
    return None


_FILENAME = re.compile(r"(?i)^microsoft\s+word\s*-|\.(?:docx?|wps|pdf|txt|html?)$|^(?:untitled|无标题|标题|title)\d*$")


def embedded_title(title: str | None) -> str | None:
    """A title stored in a file's properties (DOCX core, PDF info), unless it is a file name.

    >>> embedded_title("党建引领网格化治理")
    '党建引领网格化治理'
    >>> embedded_title("Microsoft Word - 经验材料.docx") is None
    True
    """
    title = (title or "").strip()
    return title if title and not _FILENAME.search(title) else None


_SOURCE_RE = re.compile(
    r"(?:^|[\s【\[（(|])(?:稿件|信息|文章|新闻|消息)?来源[^\S\n]*[:：][^\S\n]*"
    r"(?P<value>[^\s|｜【】\[\]]+(?:[ \t\u3000\xa0](?![^\s]*[:：])[^\s|｜【】\[\]]+)*)",
    re.MULTILINE,
)
_META_KEY = re.compile(r"\s*(?:作者|编辑|责任编辑|记者|发布|时间|日期|浏览|点击|阅读|字号|字体|通讯员|审核)")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+$")
_TIME_RE = re.compile(r"\d{1,2}[:：]\d{2}")
_MAX_META_LINE = 120


def find_source(text: str) -> str | None:
    """The value of a `来源：…` label on a short line: the first outlet name, else the first URL.

    >>> find_source("标题\\n来源:某某党建网\\n正文。")
    '某某党建网'
    >>> find_source("发布时间：2023-10-15 来源：河南日报 作者：张三")
    '河南日报'
    >>> find_source("来源: http://www.example.gov.cn/a.html\\n2022-07-29 来源:某某县委组织部")
    '某某县委组织部'
    >>> find_source("来源: http://www.example.gov.cn/a.html")
    'http://www.example.gov.cn/a.html'
    """
    found = [source for part in _edges(text) if (source := _find_source(part))]
    return next((f for f in found if not _URL_RE.match(f)), found[0] if found else None)


def _find_source(text: str) -> str | None:
    url = None
    for m in _SOURCE_RE.finditer(text):
        start, end = _line_around(text, m.end())
        if end - start > _MAX_META_LINE:
            continue
        value = m["value"]
        if not _URL_RE.match(value):
            for stop in (_META_KEY, _DATE_RE, _TIME_RE):
                if cut := stop.search(value):
                    value = value[: cut.start()]
        value = value.strip(" \u3000\xa0:：,，;；。】)）")
        if value and _URL_RE.match(value):
            url = url or value
        elif value:
            return value
    return url


_DATE_ONLY_RE = re.compile(
    r"^[^\S\n]*[\[【（(]?[^\S\n]*(?:\d{4}[^\S\n]*[-/.年][^\S\n]*\d{1,2}[^\S\n]*[-/.月][^\S\n]*\d{1,2}[^\S\n]*[日号]?"
    r"|[〇○零一二三四五六七八九]{4}年[十一二三四五六七八九]{1,2}月[十一二三四五六七八九]{1,3}日)"
    r"(?:[^\S\n]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[^\S\n]*[\]】）)]?[^\S\n]*$",
    re.MULTILINE,
)


def find_date(text: str) -> str | None:
    """The publication date: a labelled date (发布时间：…), a date alone or in the 来源 line.

    Dates inside sentences (2022年3月召开…) are events, not the document's date.

    >>> find_date("正文。\\n2023-10-15 21:36:55\\n目录 返回")
    '2023-10-15'
    >>> find_date("标题\\n发布时间：2023年10月15日  来源：某某网")
    '2023-10-15'
    >>> find_date("2022年3月5日，全县召开会议。") is None
    True
    """
    return next((iso for part in _edges(text) if (iso := _find_date(part))), None)


# the patterns of a line that dates a document, most trusted first, each with the words it cannot match without
_DATE_LINES = ((_LABELLED_DATE_RE, ("时间", "日期")), (_DATE_ONLY_RE, ()), (_SOURCE_RE, ("来源",)))


def _find_date(text: str) -> str | None:
    found: list[tuple[int, int, str]] = []  # (line start, preference, date): the earliest line wins
    bound = len(text)  # no later line can win once one is found: later patterns stop there
    for preference, (pattern, needles) in enumerate(_DATE_LINES):
        if needles and not any(n in text for n in needles):
            continue  # the pattern holds one of these words: without them it tries every position for nothing
        for m in pattern.finditer(text, 0, bound):
            start, end = _line_around(text, m.start())
            if end - start > _MAX_META_LINE:
                continue
            iso = parse_date(text[m.end() : m.end() + 40] if preference == 0 else text[start:end])
            if iso:
                found.append((start, preference, iso))
                bound = end
                break
    return min(found)[2] if found else None


_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)(\s*年)?")
# Where a document's date can come from, most trusted first.
DATE_SOURCES = ("html-meta", "text", "title", "file-metadata")


def title_year(title: str | None) -> str | None:
    """The one year a title names (2023年全县…), or None when it names none or several.

    >>> title_year("2023年全市组织工作会议经验交流材料")
    '2023'
    >>> title_year("2021—2023年工作总结") is None
    True
    """
    found = _YEAR_RE.findall(title or "")
    years = {year for year, _ in found}
    return found[0][0] if len(years) == 1 and all(nian for _, nian in found) else None


def document_date(
    *, meta: str | None = None, text: str = "", title: str | None = None, file: str | None = None
) -> tuple[str | None, str | None]:
    """A document's date and where it came from, in order of trust; (None, None) when undated.

    `meta` is an HTML page's metadata date, `file` the date a DOCX or PDF stores in its properties.
    A full date in the title counts as the title's; a title's lone year gives just the year (never a
    guessed day).

    >>> document_date(text="标题\\n发布时间：2023年10月15日", title="2022年工作总结")
    ('2023-10-15', 'text')
    >>> document_date(text="正文。", title="2022年工作总结", file="2023-01-05")
    ('2022', 'title')
    >>> document_date(text="正文。", file="2023-01-05")
    ('2023-01-05', 'file-metadata')
    >>> document_date(text="正文。")
    (None, None)
    """
    found = (
        parse_date(meta or ""),
        find_date(text),
        parse_date(title or "") or title_year(title),
        parse_date(file or ""),
    )
    return next(((d, source) for d, source in zip(found, DATE_SOURCES, strict=True) if d), (None, None))


# -- boilerplate ---------------------------------------------------------------------------------

# Words that make up navigation bars and page tools; a line made only of these is not content.
_NAV_TEXT = """
    首页 主页 网站首页 返回 返回首页 返回顶部 回到顶部 顶部 目录 返回目录 上一页 下一页 上页 下页 尾页 末页
    上一篇 下一篇 上一条 下一条 打印 打印本页 打印此页 打印文章 关闭 关闭窗口 关闭本页 收藏 加入收藏 设为首页
    分享 分享到 转发 字体 字号 大 中 小 默认 繁体 简体 繁體 无障碍 无障碍阅读 长者模式 登录 注册 搜索 更多
    网站地图 联系我们 微信 微博 扫一扫 二维码 手机版 English 当前位置 您的位置 您当前的位置 纠错 我要纠错
    评论 我要评论 发表评论 点赞 TOP top Top 【 】 [ ] > » › · • | ｜ / - — → ← ↑ 、 ： :
"""
_NAV_WORDS = frozenset(_NAV_TEXT.split())
_NAV_SPLIT = re.compile(r"[\s|｜/>»›·•【】\[\]()（）:：、→←↑]+")

_LABELS = (
    r"(?:(?:稿件|信息|文章|新闻)?来源|作者|(?:责任|网络|文字|图片)?编辑|责编|审核|校对|终审|初审|摄影"
    r"|(?:发布|发表|更新)(?:时间|日期)|(?:浏览|阅读|访问|点击)(?:次数|量|数)?)"
)
# A metadata line: a label at the start, possibly after the date (2022-07-29 来源:某某县委组织部).
_META_LINE_RE = re.compile(
    rf"^[^\w]*(?:\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*)?{_LABELS}\s*[:：]"
)
_COUNT_RE = re.compile(r"^\d{1,6}$")  # a page number or a view count left on its own line
_URL_LINE_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A short line containing one of these is a page tool, a metadata bar or a comment prompt.
_CUE_RE = re.compile(
    r"(?:上一篇|下一篇|上一条|下一条)\s*[:：]|\s(?:来源|作者)\s*[:：]"
    r"|欢迎(?:参与|发表)?(?:讨论|评论|留言)|发表(?:您的|你的)?(?:看法|评论|观点)|(?:网友|读者)评论|我要(?:评论|留言|纠错)"
    r"|已有\s*\d+\s*(?:人|位|条)(?:参与|评论)|相关(?:阅读|文章|新闻|链接|推荐|稿件|附件)\s*[:：]?\s*$"
    r"|字[体号]\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小"
    r"|^[^\w]*(?:首页|主页|网站首页)\s*[>»›/→]"
    r"|打印本页|关闭窗口|加入收藏|设为首页|分享到|扫一扫|(?:扫描|扫码)(?:二维码|分享)"
    r"|(?:当前|您的|您当前的|您现在的)位置\s*[:：]"
    r"|版权所有|[Cc]opyright|©|ICP\s*备|公网安备|网站标识码|技术支持\s*[:：]|主办单位\s*[:：]|承办单位\s*[:：]"
    # an item of a headline list: a title and its date in brackets, "- · 某某栏目设[06/30]"
    r"|[\[(（]\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?[\])）]\s*$"
)
_MAX_BOILERPLATE = 60
_LABEL_RE = re.compile(
    r"(?:来源|作者|编辑|发布|时间|日期|浏览|点击|阅读|访问|字号|字体)(?:次数|量|数)?\s*[:：]|【(?:打印|关闭|字体)"
)


def is_boilerplate_line(line: str) -> bool:
    """True for navigation, page tools, metadata bars and comment prompts.

    >>> is_boilerplate_line("目录 返回")
    True
    >>> is_boilerplate_line("◎欢迎参与讨论,请在这里发表您的看法、交流您的观点。")
    True
    >>> is_boilerplate_line("【字体：大 中 小】【打印】【关闭】")
    True
    >>> is_boilerplate_line("发布时间：2023-10-15 09:30:00 来源：某某市人民政府办公室 作者：某某某 "
    ...                     "浏览次数：1234 【打印】【关闭】")
    True
    >>> is_boilerplate_line("一、抓组织聚合力,筑牢创星“强堡垒”。")
    False
    """
    stripped = line.strip(" \t\u3000\xa0\f\v")
    if not stripped:
        return False
    if _URL_LINE_RE.match(stripped):
        return True
    if len(stripped) > _MAX_META_LINE:
        return False
    if not any(c.isalnum() for c in stripped) or _COUNT_RE.match(stripped):  # ————, ***, a lone 11
        return True
    if _META_LINE_RE.match(stripped):
        return True
    if len(stripped) > _MAX_BOILERPLATE:  # only an article's info bar is this long: 来源：… 作者：… 浏览：…
        return len(_LABEL_RE.findall(stripped)) >= 2
    if all(t in _NAV_WORDS for t in _NAV_SPLIT.split(stripped) if t):
        return True
    if _CUE_RE.search(stripped):
        return True
    return bool(_DATE_ONLY_RE.match(stripped))


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that is navigation or page furniture, not content.

    Lines are reported, not removed, so offsets into the text stay valid; the segmenter skips them.

    >>> text = "标题\\n正文第一句。\\n2023-10-15 21:36:55\\n目录 返回\\n首页"
    >>> [text[s:e] for s, e in boilerplate_spans(text)]
    ['2023-10-15 21:36:55', '目录 返回', '首页']
    """
    return [(s, e) for s, e in _lines(text) if is_boilerplate_line(text[s:e])]


def text_document(
    path: Path,
    text: str,
    *,
    media_type: str,
    title: str | None = None,
    encoding: str | None = None,
    file_date: str | None = None,
) -> Document:
    """A read document whose metadata comes from its text, unless the file stored a title of its own.

    `file_date` is the date the file's own properties hold (DOCX created, PDF CreationDate): the least
    trusted source of the document's date.
    """
    title = title or guess_title(text)
    date, date_source = document_date(text=text, title=title, file=file_date)
    return Document(
        path=path,
        text=text,
        title=title,
        source=find_source(text),
        date=date,
        date_source=date_source,
        media_type=media_type,
        encoding=encoding,
    )
