"""Practices named by the deed they carry out rather than by a head noun.

A way put in place at the end of its clause (实行片区干部蹲点调解。), a work carried out (开展山林托管帮扶工作),
the evaluation work is brought into (纳入全县目标责任考核) and a drive led by its span of time or going into a
place (开展百日清洁活动, 科技下乡活动).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.head_nouns import COUNT_AFTER, COUNTED, HEAD, when
from loaders.activities.lexicon import lexicon, name_start
from loaders.names.words import boundaries, part_of_speech
from loaders.scanning import gated

__all__ = ["drives", "evaluations", "practised", "rated", "works"]

_HAN = "\u4e00-\u9fff"
_L = lexicon()
# an unquoted campaign's 活动 (read by `drives`): the words before it, a span of time leading them (百日),
# and the words of going that are no going into a place (进行, 下发)
_DRIVE_HEAD = gated("活动(?=[，,。；;、等和及与]|$)")
_DRIVE_LEFT = re.compile(f"[{_HAN}]{{4,12}}")
_SPAN_LEAD = re.compile("(?:[百千]|\\d+|[一二三四五六七八九十]+)[日天](?![\u4e00-\u9fff]?[\\d一二三四五六七八九十])")
_LAUNCH = re.compile("开展|举办|组织|启动|实施|推进|深化|发起|部署|参与|参加|推出|推广")
_NOT_INTO = frozenset(("进行", "进一步", "进而", "入选", "下发", "下达", "进度", "进展", "下降", "下滑", "入股"))
# a work carried out (开展X工作): X ends in the deed done; read by `works`
_WORK = re.compile(
    f"(?:开展|推进|完成|做好|抓好|实施|推动|深化|巩固)了?([{_HAN}]{{4,10}}?)工作(?![{_HAN}]{{0,2}}(?:会议|人员|队|组|经费))"
)
_SCOPE_WORDS = re.compile("[的和与及或]|各项|重点|全面|相关|有关|日常|具体")
_PRACTISED = re.compile(
    f"(?:推行|实行|推进|试行)([{_HAN}]{{2,8}}?(管理|督办|化解|服务|结合|联建|共建|代办|督查|督导|考核|调解|互认|巡护|托管"
    "|(?<![机体编控限抑管节强专建])制))(?=[，,。；;])"
)
# a way named, then a conjunction: the object of 推行 lists two ways, it is not one name
_TWO_WAYS = re.compile(f"(?:{_L.any_heads_re}|制)[和与及或]")
# what work is brought into (将某工作纳入全县目标责任考核): the evaluation a body keeps, named by its kind
_BROUGHT_INTO = re.compile(
    f"纳入([{_HAN}]{{2,16}}?(?:考核|考评|督查))(?=[，,。；;、和及（(]|体系|内容|范围|指标|重要|$)"
)
_EVALUATION = re.compile(
    "(?:年度|季度|月度|半年|年终)?(?:目标|绩效|综合|责任|量化)+(?:考核|考评|督查)|(?:季度|月度|半年|年终)(?:考核|考评|督查)"
)

# an evaluation carried out (开展季度考评, 每半年开展一次物业服务质量测评): named by what is rated and how often
_RATED = re.compile(
    f"(?:开展|组织|进行|实行|举行|举办)了?(?:一次|一轮)?([{_HAN}]{{2,12}}?(?:考评|测评|评议|评定|评比|评选)(?:活动)?)"
    "(?=[，,。；;、和及与（(]|$)"
)
# the whole of a place evaluated (全县, 各乡镇): how far an evaluation reaches, no part of its name
_EVALUATED_SCOPE = re.compile("[全各本](?:省|市|县|区|州|旗|乡镇|镇|乡|街道|村|社区|级)")
_PERIOD_WORD = re.compile("年度|季度|月度|半年|年终|每年|全年")
_PERIOD_ONLY = re.compile("(?:年度|季度|月度|半年|年终)?(?:考核|考评|督查)")


def practised(text: str) -> Iterator[Candidate]:
    """A way of working put in place and ending its clause (对积案实行片区干部蹲点调解。推行上门代缴服务,):
    the object of 推行/实行/推进 that ends in a deed of managing or serving is the way itself."""
    for m in _PRACTISED.finditer(text):
        name = m.group(1)
        mod = name[: -len(m.group(2))]
        if len(mod) < (4 if m.group(2) == "服务" else 2) or _L.is_generic(mod) or name_start(text, m.start(1), name):
            continue
        if _TWO_WAYS.search(mod):
            continue  # 推行湖长制和田长制: two ways listed, each found by its own shape
        term = next((name[k:] for k in range(2, len(name) - 1) if name[k:] in _L.term_class), None)
        if term:
            # 推行乡村治理积分制: a term of the field practised in a field; the bare term written elsewhere meets it
            yield Candidate(m.start(1), m.end(1), "Mechanism", "practised", 3, {term}, core=term, bare=True)
            continue
        yield Candidate(m.start(1), m.end(1), "Mechanism", "practised", 3)


def works(text: str) -> Iterator[Candidate]:
    """A work carried out and named by its deed (开展山林托管帮扶工作, 巩固流域禁渔工作): the words before
    工作 end in a verb, so they name what is done; a field (党建工作, 营商环境工作) or a scope (各项工作) is
    no name."""
    for m in _WORK.finditer(text):
        if HEAD.match(text, m.end()):
            continue  # 某某工作机制: the head noun's rule reads it
        mod = m.group(1)
        mod = mod[name_start(text, m.start(1), mod) :]
        mod = mod[when(text, m.end(1) - len(mod), m.end(1)) :]
        if COUNT_AFTER.match(mod) or COUNTED.match(mod):
            continue  # 开展一次创建工作观摩: a count, then the work that is counted
        if len(mod) < 4 or _L.is_generic(mod) or _SCOPE_WORDS.search(mod) or mod.endswith("党建"):
            continue
        words = boundaries(text)
        s, e = words.span_at(m.end(1) - 1)
        if e != m.end(1) or part_of_speech(text[s:e]) not in ("v", "vn") or not words.is_boundary(m.end(1) - len(mod)):
            continue
        yield Candidate(m.end(1) - len(mod), m.end(1), "Initiative", "work", 3)


def evaluations(text: str) -> Iterator[Candidate]:
    """The evaluation work is brought into (纳入全县目标责任考核, 纳入乡镇和部门年度综合考评, 纳入季度督查):
    the words after the scope (the places, bodies or people evaluated) name a standing way of evaluating
    by its period and kind; a period alone (年度考核) names no kind."""
    for m in _BROUGHT_INTO.finditer(text):
        for k in range(m.start(1), m.end(1) - 3):
            if (k == m.start(1) or boundaries(text).is_boundary(k)) and _EVALUATION.fullmatch(text, k, m.end(1)):
                yield Candidate(k, m.end(1), "Mechanism", "evaluation", 3)
                break
        else:
            # 纳入村党组织书记年度考核, 纳入机关党建考核: whose work or which field is evaluated names it
            scope = _EVALUATED_SCOPE.match(text, m.start(1))
            start = scope.end() if scope else m.start(1)
            if m.end(1) - start >= 4 and not _PERIOD_ONLY.fullmatch(text, start, m.end(1)):
                yield Candidate(start, m.end(1), "Mechanism", "evaluation", 3)


def rated(text: str) -> Iterator[Candidate]:
    """An evaluation carried out (开展季度考评, 开展一次物业服务质量测评, 组织村干部履职测评): what is rated,
    by whom or how often, names a standing way of rating; a bare kind (开展评比) or a generic word names none."""
    words = boundaries(text)
    for m in _RATED.finditer(text):
        if not words.is_boundary(m.start()):
            continue  # 经济组织|党组织…: the verb's characters end another word
        name = m.group(1)
        rating = 4 if name.endswith("活动") else 2
        start = m.start(1) + name_start(text, m.start(1), name[:-rating])
        scope = _EVALUATED_SCOPE.match(text, start)
        start = scope.end() if scope else start
        mod = text[start : m.end(1) - rating]
        if len(mod) < 2 or _L.is_generic(mod) or not words.is_boundary(start) or COUNTED.match(mod):
            continue  # 每季度进行一次评议: how often, no kind of rating named
        spans = [sp for sp in words.spans(start, m.end(1) - rating) if sp[0] >= start]
        # 书记抓基层党建工作述职评议, 创建工作观摩评比: a clause with its own verb before the rating, no name
        # (村干部履职考评: a deed right before the rating word is the kind of rating)
        if any(part_of_speech(text[s:e]).startswith("v") and e < m.end(1) - rating for s, e in spans[:-1]) or (
            spans and part_of_speech(text[slice(*spans[0])]) == "v"
        ):
            continue
        # a selection (文明家庭评选) is a campaign run once a year, a rating a standing way of evaluating
        cls = "Initiative" if "评选" in name else "Mechanism"
        if cls == "Initiative" and _PERIOD_WORD.fullmatch(mod):
            continue  # 举办年度评选: when it is held, not who is chosen
        yield Candidate(start, m.end(1), cls, "evaluation", 3)


def drives(text: str) -> Iterator[Candidate]:
    """Campaigns named by a span of time (开展百日文体活动, 举办…、百日安全活动等) or by a going into a place
    (开展在职党员进社区活动, 科技下乡活动, 党员入户走访活动): unquoted, 活动 is a bounded programme only in
    these shapes; a field's activities (志愿服务活动, 文体活动) are lines of work."""
    words = boundaries(text)
    for h in _DRIVE_HEAD.finditer(text):
        run = _DRIVE_LEFT.match(text[max(0, h.start() - 12) : h.start()][::-1])
        if run is None:
            continue
        at = h.start() - len(run.group(0))
        mod = run.group(0)[::-1]
        cut = name_start(text, at, mod)
        at, mod = at + cut, mod[cut:]
        if len(mod) < 4 or _L.is_generic(mod) or not words.is_boundary(at):
            continue
        spans = [sp for sp in words.spans(at, h.start()) if sp[0] >= at]
        timed = _SPAN_LEAD.match(mod) is not None
        into = any(
            text[s] in "进下入" and text[s:e] not in _NOT_INTO and k > 0 and e <= h.start()
            for k, (s, e) in enumerate(spans)
        )
        clause = max(text.rfind(c, max(0, at - 40), at) for c in "，,。；;：:\n")
        if (timed or (into and text[at - 1 : at] != "、")) and _LAUNCH.search(text, clause + 1, at):
            # launched in its clause (严审各类讲座、辅导进校园活动 reviews kinds of events, it launches none)
            yield Candidate(at, h.end(), "Initiative", "shape", 3)
