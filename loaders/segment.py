"""Stage 2: cut a document into passages (sentences, headings) and reports (a title line + body).

Everything is a regex pass over lines and sentences; no tokenizer. Offsets always point into
`doc.text`, so provenance can quote the exact sentence.

>>> from pathlib import Path
>>> from loaders.document import Document
>>> text = "文件标题\\n来源:某网\\n某县经验\\n近年来,某县深化改革。一是强化领导。成效明显。"
>>> d = run(Document(path=Path("x.txt"), text=text))
>>> [d.reports[0].title, len(d.passages), d.passages[-2].heading]
['某县经验', 6, True]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.document import Document, Part, Passage, Report
from loaders.names import divisions

__all__ = ["ITEM_MARK", "REQUIRES", "SETS", "is_boilerplate", "run", "sentences"]

REQUIRES = ("text",)
SETS = ("passages", "reports", "title", "source")  # title and source only where the reader left them empty

_LINE = re.compile(r"[^\n\r]+")
# a sentence: text up to a stop mark (with closing quotes/brackets kept), or to the end of the line
_SENTENCE = re.compile(r"[^。！？；!?;]+(?:[。！？；!?;]+[”’\"」』）)》]*|$)|[。！？；!?;]+")
_STOP = "。！？；!?;"
_SOURCE = re.compile(
    r"^\s*(?:\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?)?"
    r"[（(【\[]?(?:来源|来 源|出处|稿源|供稿)\s*[:：]\s*"
)
_JUNK = re.compile(
    r"^\s*(?:[-·•*>|]+\s*[·•]?|目录|返回|首页|上一篇|下一篇|打印|关闭|分享到?|收藏|字号|【|扫一扫|责任编辑|编辑\s*[:：]"
    r"|作者\s*[:：]|记者\s*[:：]|发布(?:时间|日期)|时间\s*[:：]|日期\s*[:：]|浏览|阅读|点击|相关附件|附件\s*[:：]"
    r"|关键词|版权|Copyright|©|◎|欢迎|网站|主办|承办|ICP|备案|联系我们|当前位置|您的位置|https?://|www\.)"
    r"|^\s*[\d\s:：/.\-年月日时分秒]*$",
    re.IGNORECASE,
)
# page chrome a saved news page keeps: breadcrumbs (首页 > 要闻 >), menus of short words, share and follow
# prompts, photo captions (△…), a paper's name and date, a byline of names
_CRUMBS = re.compile(r"^[^。，,；;！？]{0,40}?(?:[>»›].*[>»›]|[>»›]\s*$)")
_PROMPT = re.compile(
    r"链接已复制|复制链接|微信(?:订阅号|公众号)|订阅号|公众号|关注我们|^\s*[△▲↑]|^\s*图为"
    r"|推荐阅读|延伸阅读|热门推荐|热点推荐|猜你喜欢|更多精彩|阅读原文|滑动看下一个|预览时标签不可点"
    r"|^\s*[（(]?(?:通讯员|摄影|审核|校对|责编|监制|制作|初审|复审|终审)\s*[:：|｜]"
)
_DATED = re.compile(r"\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范"
    "金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
)


_CHROME_MAX = 80  # characters: page chrome is short; a paragraph of running text is never chrome


def _is_chrome(line: str) -> bool:
    """Navigation, prompts, captions, a dated masthead line or a byline: no report content."""
    s = line.strip()
    if "\t" in s or len(s) > _CHROME_MAX:
        return False  # a table row, or running text
    if _CRUMBS.match(s) or _PROMPT.search(s):
        return True
    if re.fullmatch(r"[A-Za-z ]{1,16}|[\u4e00-\u9fff]{1,2}", s):
        return True  # LANGUAGES, 新闻: a menu entry
    tokens = s.split()
    if len(tokens) >= 4 and all(len(t) <= 6 for t in tokens) and sum(map(len, tokens)) <= 4 * len(tokens):
        return True  # 新闻直播 要闻 国际 军事: a menu
    if 2 <= len(tokens) <= 4 and all(2 <= len(t) <= 3 and t[0] in _SURNAMES for t in tokens):
        return True  # 王明 李华: a byline
    dated = _DATED.search(s)
    return dated is not None and len(s) - len(dated.group(0)) <= 14 and not re.search("[。，,；;！？“”]", s)


_PART1_BODY = r"[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[部分章节]|\d{1,2}[、．.](?!\d)"
_PART2_BODY = r"[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}是|[（(]\d{1,2}[）)]"
# a numbered part (一、, level 1) or point ((一), 一是: level 2) opening a line; `lastgroup` names the level
_PART = re.compile(rf"^\s*(?:(?P<part>{_PART1_BODY})|(?P<point>{_PART2_BODY}))")
# a list item's or a part's opening mark anywhere (一、 二是 （三） 4. 其一 第二): the report's next point begins
ITEM_MARK = re.compile(rf"\s*(?:{_PART1_BODY}|{_PART2_BODY}|其[一二三四五六七八九十]|第[一二三四五六七八九十]{{1,3}})")
_DIGIT = re.compile(r"[0-9０-９%％]")
_QUOTED = re.compile(r"[“\"‘《「][^”\"’》」]{0,30}[”\"’》」]")
# a sentence that opens with a named body doing something reports it (土桥镇探索“…”模式,带动群众增收。)
_NAMED_DOER = re.compile(
    r"[\u4e00-\u9fff]{2,6}(?:镇|乡|村|社区|街道|县|市|区|旗|社|公司|集团|局)(?:党委|党工委|党总支|党支部)?"
    r"(?:探索|推行|实行|建立|实施|开展|打造|创新|坚持|推动|通过|依托|组建|成立|设立|与|联合|携手)"
)
_TIME_LEAD = re.compile(r"(?:近年|近几年|今年|去年|目前|当前|\d{4}年|据|截至)")
_AUTHOR = re.compile(
    r"^\s*[-—－]*\s*[（(]?(?:中共)?[\u4e00-\u9fff]{2,14}(?:委员会|委|组织部|宣传部|统战部|政法委|(?<![格布大全当开结新破])局"
    r"|厅|办公室|政府|党委|党工委|党组|党支部|街道|乡|镇|村|社区)[）)]?\s*$"
)
# the foot of a news page: a list of other stories follows (相关新闻：, 【相关链接】)
_RELATED = re.compile(
    r"^\s*[【\[]?(?:相关(?:新闻|链接|信息|阅读|文章|报道)|推荐阅读|延伸阅读|热门推荐)[】\]]?\s*[:：]?\s*$"
)
_INNER_SOURCE = re.compile(r"(?:来源|来 源|稿源)\s*[:：]\s*[^\s:：|｜]{2,30}")
_TITLE_MAX = 48
_REPORT_TITLE_MIN = 12
_HEADING_MAX = 24


_BRACKETED_MENU = re.compile(r"(?:【[^】]{1,12}】[\s\u3000]*)+")


def is_boilerplate(line: str) -> bool:
    """True for web-page leftovers and metadata lines that carry no report content.

    >>> lines = ("目录 返回", "【字体：大 中 小】", "【典型案例】某县推行网格化管理，成效明显")
    >>> [is_boilerplate(x) for x in lines]
    [True, True, False]
    """
    if line.lstrip().startswith("【") and len(line.strip()) > 16 and not _BRACKETED_MENU.fullmatch(line.strip()):
        return False  # 【编者按】… opens content; 【字体：大 中 小】 【打印】 【关闭】 is a menu
    return bool(_JUNK.match(line)) or _is_chrome(line)


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the sentences of text[start:end], leading/trailing blanks trimmed."""
    for m in _SENTENCE.finditer(text, start, end):
        s, e = _trim(text, m.start(), m.end())
        if e > s:
            yield s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _is_heading(sent: str, run_in: bool = False) -> bool:
    """A short sentence without figures that reads like a heading (强化组织领导。 创新模式，带动增收。).

    A two-clause sentence inside a line that quotes a name reports a deed (…做优企业服务。建立“企业服务
    专员”制度,街道班子成员挂点联系重点企业。), unlike a run-in heading (…。创新发展模式,带动集体增收。).
    """
    if _PART.match(sent):
        return True
    if _TIME_LEAD.match(sent) or _NAMED_DOER.match(sent):
        return False
    if sent[-1] not in "。！!" or sent[0] in '“"‘「' or "说" in sent[-4:]:
        return False
    core = _QUOTED.sub("Q", sent.rstrip(_STOP))
    if len(core) > _HEADING_MAX or _DIGIT.search(core):
        return False
    clauses = re.split(r"[，,：:]", core)
    if len(clauses) == 1:
        return len(core) <= 18
    if run_in and "Q" in core:
        return False
    return len(clauses) == 2 and all(0 < len(c) <= 14 for c in clauses)


def _is_title_line(line: str) -> bool:
    """A candidate title: short, no sentence-final stop, not a numbered part, not metadata."""
    s = line.strip()
    if not s or len(s) > _TITLE_MAX or s[-1] in _STOP or s[-1] in "，,、：:" or "\t" in s:
        return False  # a line of tab-separated cells is a table row
    if _PART.match(s) or is_boilerplate(s) or _SOURCE.match(s) or _DATA_ROW.search(s):
        return False
    return not re.search(r"[。！？；]", s)


# 示范社区：12个, 覆盖率：95%, 满意度：91.3分（2021年为82.6分）: a label and its figure (and a note on it), a
# row of a summary's data, never a title
_DATA_ROW = re.compile(
    r"[：:]\s*[0-9０-９][0-9０-９.．,，]*\s*(?:[%％]|[\u4e00-\u9fff]{0,3})(?:[（(][^（()）]{1,20}[）)])?$"
)


def _is_place_line(line: str) -> bool:
    """A line that only names a place (杭州市上城区) under a title: the report's author, like 中共某县委."""
    rest = line.strip()
    if not 2 <= len(rest) <= 16:
        return False
    while rest:
        size = next((k for k in range(min(len(rest), 10), 1, -1) if divisions.by_name(rest[:k])), 0)
        if not size:
            return False
        rest = rest[size:]
    return True


def _is_body_line(line: str) -> bool:
    s = line.strip()
    return len(s) > _TITLE_MAX or bool(re.search(r"[。！？；]", s))


def run(doc: Document) -> Document:
    """Fill doc.passages and doc.reports (with their parts) from doc.text."""
    text = doc.text
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()]
    kinds: list[str] = []  # junk, source, author, title, body, other
    said: set[str] = set()  # body lines already read: a page that repeats a paragraph says it once
    foot = False  # past 相关新闻： the page lists other stories' headlines
    for n, (s, e) in enumerate(lines):
        line = text[s:e]
        sourced = _SOURCE.match(line) is not None
        inner = _INNER_SOURCE.search(line) if not sourced else None
        foot = foot or bool(_RELATED.match(line))
        body = _is_body_line(line)
        if foot or (body and line.strip() in said):
            kinds.append("junk")
        elif inner is not None and is_boilerplate(line):
            # 发布时间：… 来源：某区委组织部 浏览次数：…: keep only the source as a passage
            lines[n] = (s + inner.start(), s + inner.end())
            kinds.append("source")
        elif sourced:
            kinds.append("source")
        elif is_boilerplate(line):
            kinds.append("junk")
        elif body:
            kinds.append("body")
            said.add(line.strip())
        elif _AUTHOR.match(line) or _is_place_line(line):
            kinds.append("author")  # 中共某县委 under a title: the report's author, not a new title
        elif _is_title_line(line):
            kinds.append("title")
        else:
            kinds.append("other")
    # a title only opens a report when body follows it (possibly after other title-like lines? no: directly)
    nxt: list[str | None] = [None] * len(lines)
    following = None
    for i in range(len(lines) - 1, -1, -1):
        nxt[i] = following
        if kinds[i] in ("body", "title", "other"):
            following = kinds[i]
    first_content = next((i for i, k in enumerate(kinds) if k in ("body", "title", "other")), None)
    doc_title_idx = None
    if first_content is not None and kinds[first_content] == "title":
        doc_title_idx = first_content
        title_text = text[slice(*lines[first_content])].strip()
        if doc.title is None:
            doc.title = title_text
    doc_title = (doc.title or "").strip()
    candidates = [
        i
        for i, k in enumerate(kinds)
        if k == "title" and nxt[i] == "body" and i != doc_title_idx and text[slice(*lines[i])].strip() != doc_title
    ]
    first_body = next((i for i, k in enumerate(kinds) if k == "body"), None)
    report_starts: list[int] = []
    long_titles = [i for i in candidates if len(text[slice(*lines[i])].strip()) >= _REPORT_TITLE_MIN]
    if candidates and first_body is not None and first_body > candidates[0]:
        report_starts = candidates
    elif doc_title_idx is not None and nxt[doc_title_idx] == "body" and long_titles:
        # no cover title: the first title opens the first report, and long titles the next ones
        # (short sub-headings such as 暖心服务办实事 stay inside)
        report_starts = [doc_title_idx, *long_titles]
    elif first_body is not None:
        # one report: body that starts without its own title (sub-headings and captions stay inside);
        # a title line directly above the body names it
        above = first_body - 1
        while above >= 0 and kinds[above] in ("junk", "source"):
            above -= 1
        report_starts = [above if above >= 0 and kinds[above] == "title" else first_body]
    elif first_content is not None:
        report_starts = [first_content]  # short lines only: still one report
    if doc.source is None:
        for (s, e), k in zip(lines, kinds, strict=True):
            if k == "source":
                value = _SOURCE.sub("", text[s:e], count=1).strip().rstrip("）)】]").strip()
                if value:
                    doc.source = value
                    break

    # reports: from a title line to the next title (trailing junk excluded)
    reports: list[Report] = []
    content_end = max((e for (s, e), k in zip(lines, kinds, strict=True) if k not in ("junk", "source")), default=0)
    for n, i in enumerate(report_starts):
        s = lines[i][0]
        end = _trim(text, s, lines[report_starts[n + 1]][0])[1] if n + 1 < len(report_starts) else content_end
        title = text[slice(*lines[i])].strip() if kinds[i] == "title" else (doc.title or "")
        reports.append(Report(title=title, start=s, end=max(end, lines[i][1])))

    passages: list[Passage] = []
    r = 0
    for (s, e), k in zip(lines, kinds, strict=True):
        if k == "junk":
            continue
        while r < len(reports) and s >= reports[r].end:
            r += 1
        rep = r if r < len(reports) and reports[r].start <= s < reports[r].end else None
        if k in ("title", "source", "author"):
            ss, ee = _trim(text, s, e)
            passages.append(Passage(start=ss, end=ee, report=rep, heading=k != "source"))
            continue
        after_stop = True  # a heading starts a line or follows a full stop, never a ；
        for ss, ee in sentences(text, s, e):
            sent = text[ss:ee]
            run_in = text[s:ss].strip() != ""  # not the first sentence of its line
            heading = after_stop and _is_heading(sent, run_in)
            passages.append(Passage(start=ss, end=ee, report=rep, heading=heading))
            after_stop = sent[-1] not in "；;"
    grouped: dict[int, list[Passage]] = {}
    for p in passages:
        if p.report is not None:
            grouped.setdefault(p.report, []).append(p)
    for rep_i, report in enumerate(reports):
        report.parts = _parts(text, grouped.get(rep_i, []), report.end)
    doc.passages = passages
    doc.reports = reports
    return doc


def _parts(text: str, passages: list[Passage], end: int) -> list[Part]:
    """Numbered parts (一、 level 1) and points ((一) / 一是 level 2) of one report."""
    parts: list[Part] = []
    for p in passages:
        sent = text[p.start : p.end]
        mark = _PART.match(sent)
        if mark:
            level = 1 if mark.lastgroup == "part" else 2
            parts.append(Part(start=p.start, end=end, title_end=p.end, level=level))
    for i, part in enumerate(parts):
        for later in parts[i + 1 :]:
            if later.level <= part.level:
                part.end = later.start
                break
        while part.end > part.start and text[part.end - 1].isspace():
            part.end -= 1
    return parts
