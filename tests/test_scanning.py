"""A gated pattern finds what the pattern finds, with the same groups, from every position."""

from __future__ import annotations

import re

import pytest

from loaders.scanning import gated

# sentences written for this test: invented places, bodies and drives
_TEXTS = [
    "青禾县开展城乡环境集中整治，联合检查企业42家；专项整治行动覆盖全县18个乡镇。",
    "该村党支部牵头成立合作社，村党委与县林业局携手推进“三清一改”专项行动。",
    "2025年以来，近3年来累计投入资金1.2亿元，截至10月底，全县共建成驿站12个。",
    "柳岸镇中心校、柳岸二中和南塘一小结对帮扶，会同县教育局对接课程资源。",
    "",
    "\n\n党委党组\n",
]

_PATTERNS = [
    "(?:专项|集中)?整治|联合(?P<what>检查)",
    "(?P<a>党委|党组)|(?P<b>村)委(?!员)",
    r"(\d{4} ?年(?:以来)?|今年|近\d+年来?|截至\S{0,10}?[，,]|累计)",
    r"(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,3}[中小](?![心学])",
    "联合|携手|与|和|会同|对接|(?:定点|结对|对口)?帮扶",
    "(?:标准化|规范化)+建设|一体化(?:管理|服务)?",
]


def _sig(m: re.Match[str] | None) -> object:
    return m and (m.span(), m.groups(), m.lastgroup, m.lastindex)


@pytest.mark.parametrize("pattern", _PATTERNS)
def test_same_matches_everywhere(pattern: str) -> None:
    plain, fast = re.compile(pattern), gated(pattern)
    assert fast.pattern != plain.pattern  # each of these opens with a group, an option or a look-behind
    for text in _TEXTS:
        assert [_sig(m) for m in fast.finditer(text)] == [_sig(m) for m in plain.finditer(text)]
        for start in range(len(text)):
            for end in (start + 3, start + 12, len(text)):
                assert _sig(fast.search(text, start, end)) == _sig(plain.search(text, start, end))
                assert _sig(fast.match(text, start, end)) == _sig(plain.match(text, start, end))


def test_matches_found() -> None:
    found = [m.group(0) for m in gated(_PATTERNS[0]).finditer(_TEXTS[0])]
    assert found == ["集中整治", "联合检查", "专项整治"]
    years = [m.group(1) for m in gated(_PATTERNS[2]).finditer(_TEXTS[2])]
    assert years == ["2025年以来", "近3年来", "累计", "截至10月底，"]


@pytest.mark.parametrize(
    "pattern",
    [
        "[^，]+",  # starts with almost any character
        "(?:的)?(?:任务|要求)?",  # may match the empty string
        "集中整治|专项",  # re skips to its first characters itself
        "[省市县]委",
        "(?i)abc|d",  # case-insensitive: left alone
        "(?s)(?:专项|集中)?整治.",  # flags written first stay first
    ],
)
def test_left_as_written(pattern: str) -> None:
    assert gated(pattern).pattern == pattern


def test_alternatives_split_past_classes_and_escapes() -> None:
    pattern = r"(?P<a>[|(]\|)|(?P<b>[]x])|(?P<c>\(y)"
    fast = gated(pattern)
    text = "a|| ]x (y x"
    assert [_sig(m) for m in fast.finditer(text)] == [_sig(m) for m in re.finditer(pattern, text)]
    assert fast.pattern.count("(?=[") == 4  # the whole, and each of the three alternatives
