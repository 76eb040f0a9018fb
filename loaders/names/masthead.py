"""The outlet a web page's masthead names: the site written first on a breadcrumb line (某某新闻网 > 新闻 >
区县, 某某日报数字报 > 2024年06月18日 > 第03版) publishes the page, so it is one of the page's bodies.

The line is page chrome, read into no passage, so the outlet is drawn from none: it is in the graph
(its name answers a question about the source) without a sentence that says anything about it.

>>> masthead("某某新闻网 | 首页 > 县区新闻\\n标题\\n正文。")
'某某新闻网'
>>> masthead("某某日报数字报 > 2024年06月18日 > 第03版\\n标题"), masthead("首页 > 新闻中心 > 要闻\\n标题")
('某某日报', None)
"""

from __future__ import annotations

import re

__all__ = ["masthead"]

# a site's name (ending in a word for a news outlet) opening one of the first lines, then a breadcrumb mark
_MASTHEAD = re.compile(
    r"^[^\S\n]*(?P<name>[\u4e00-\u9fff]{2,12}?(?:新闻网|网|日报|晚报|新闻|融媒|电视台))(?:数字报|电子版)?"
    r"[^\S\n]*[>|｜＞]",
    re.MULTILINE,
)
_LINES = 3  # the masthead stands in the page's first lines, before its headline


def masthead(text: str) -> str | None:
    """The outlet named at the start of a breadcrumb line among the text's first lines, if any."""
    head = "\n".join(text.split("\n", _LINES)[:_LINES])
    m = _MASTHEAD.search(head)
    return m.group("name") if m is not None else None
