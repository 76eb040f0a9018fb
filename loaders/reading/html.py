"""HTML pages: the article's main text only, with title, source and date as metadata.

First page furniture goes: by tag (nav, header, footer, aside) and by id/class words (menu,
breadcrumb, share, comment, related, copyright ...), unless it holds real running text. Then the
content node is chosen by text density: running text (outside links, in pieces long enough to be
sentences) scores the block that holds its paragraph and, by half, the block above; the best block
is widened to a parent scoring nearly as well and snapped to an <article> or a conventional
content container (#zoom, .TRS_Editor, #content) when that changes the text little. Paragraph
breaks become newlines; link-only and boilerplate paragraphs are dropped. General heuristics
only: no site is named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.reading.meta import document_date, find_source, is_boilerplate_line, parse_date
from loaders.reading.text import decode

__all__ = ["html_to_text", "looks_like_html", "read_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "textarea",
    "select",
    "button",
    "input",
    "option",
    "map",
    "audio",
    "video",
]
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "menu", "dialog")
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|header|head|top|"
    r"topbar|sidebar|side|aside|share|sharing|bdshare|social|comments?|reply|replies|pinglun|related|"
    r"relevant|recommend|xgxw|xglj|copyright|banquan|toolbar|tools?|print|position|location|weizhi|dqwz|"
    r"banner|ads?|advert|login|search|qrcode|ewm|erweima|pager|pagination|page-?nav|tags?|keywords?|"
    r"hot|rank|links?|friendlinks?|subnav|skip)(?:$|[-_\s\d])",
    re.I,
)
# Conventional article containers, most specific first (TRS and UCAP are common Chinese CMSs).
_CONTENT_SELECTORS = [
    "article",
    "[itemprop=articleBody]",
    "#zoom",
    ".TRS_Editor",
    "#UCAP-CONTENT",
    ".pages_content",
    "#artibody",
    "#article",
    ".article",
    "#article_content",
    ".article_content",
    ".article-content",
    "#content",
    ".content",
    "#detail",
    ".detail",
    "#con",
    ".con",
    "#text",
    ".text",
    ".main-text",
    "main",
]
_BLOCK_TEXT = (
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table tbody thead tfoot section article header "
    "footer main aside nav blockquote pre figure figcaption form hr address center title caption"
)
_BLOCK_TAGS = frozenset(_BLOCK_TEXT.split())
_CELL_TAGS = frozenset(("td", "th"))  # cells of a row share its line, a tab apart (a table stays a table)
_CELL = "\x1f"  # the cell mark while whitespace is folded; a tab in the text
_PARAGRAPH_TAGS = frozenset(
    ("p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "figcaption", "caption")
)
_HEADINGS = ("h1", "h2", "h3")
_MIN_RUN = 8  # characters: shorter text pieces are labels and menu items, not running text
_CLIMB = 0.5  # widen to the parent when it scores at least this share of the best
_SNAP = 1.15  # a content container is used when its running text is within this factor
_KEEP_FURNITURE = 200  # a "header" or "side" holding this much running text is content after all
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_LINE_BREAK = re.compile(r"[ \t\xa0]*\n\s*")
_CJK_BREAK = re.compile(rf"(?<={_CJK})\n(?={_CJK})")
_SPACES = re.compile(r"[ \t\xa0\r\f\v]+")
_CELLS = re.compile(f"[ {_CELL}]*{_CELL}[ {_CELL}]*")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|(?<!\d)-(?!\d)|\s[–—]+\s|——)\s*")
_META_TITLE = ("articletitle", "og:title")
_META_SOURCE = ("contentsource", "source", "article:source", "dc.source")
_META_DATE = [
    "pubdate",
    "publishdate",
    "publishtime",
    "publish_time",
    "pubtime",
    "firstpublishedtime",
    "article:published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "date",
]


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML document.

    >>> looks_like_html(b"<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> looks_like_html("正文".encode())
    False
    """
    return bool(_HTML_START.match(data[:4096].removeprefix(b"\xef\xbb\xbf")))


@dataclass
class _Para:
    text: list[str] = field(default_factory=list)
    link_chars: int = 0


def _paragraphs(root: Any) -> list[str]:
    """Block-structured text of `root`: one string per paragraph, link-only paragraphs dropped."""
    paras: list[_Para] = [_Para()]
    # Iterative walk: (node, in_link, in_pre); None marks the end of a block element.
    stack: list[tuple[Any, bool, bool] | None] = [(root, False, False)]
    while stack:
        item = stack.pop()
        if item is None:
            paras.append(_Para())
            continue
        node, in_link, in_pre = item
        tag = node.tag
        if tag == "-text":
            chunk = node.text_content or ""
            if in_pre and "\n" in chunk:
                first, *rest = chunk.split("\n")
                paras[-1].text.append(first)
                for line in rest:
                    paras.append(_Para([line]))
                continue
            paras[-1].text.append(chunk)
            if in_link:
                paras[-1].link_chars += len(chunk.strip())
            continue
        if not tag or tag.startswith("-"):  # comments, doctype
            continue
        if tag in _CELL_TAGS:
            paras[-1].text.append(_CELL)
        elif tag in _BLOCK_TAGS:
            paras.append(_Para())
            stack.append(None)
        children = list(node.iter(include_text=True))
        link = in_link or tag == "a"
        pre = in_pre or tag == "pre"
        stack.extend((child, link, pre) for child in reversed(children))
    out = []
    for para in paras:
        text = _flow("".join(para.text))
        if not text:
            continue
        if para.link_chars and para.link_chars >= len(text.replace(" ", "")) * 0.8:
            continue
        out.append(text)
    return out


def _flow(raw: str) -> str:
    """Source line breaks inside a paragraph vanish between Chinese characters, else become a space."""
    text = _CJK_BREAK.sub("", _LINE_BREAK.sub("\n", raw)).replace("\n", " ")
    text = _SPACES.sub(" ", text).strip(" \u3000\xa0\t\n" + _CELL)
    return _CELLS.sub("\t", text) if _CELL in text else text


@dataclass
class _Measure:
    """Per element (by mem_id): running text inside it, and its Readability-style paragraph score."""

    nodes: dict[int, Any] = field(default_factory=dict)
    weights: dict[int, int] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)
    depth: dict[int, int] = field(default_factory=dict)


def _measure(root: Any) -> _Measure:
    """Walk once: a text piece of running size adds its length to every ancestor's weight, and
    scores the element that holds its paragraph fully and the next block up by half."""
    found = _Measure()
    # (node, element ancestors as (mem_id, tag) outermost first, inside a link)
    stack: list[tuple[Any, tuple[tuple[int, str], ...], bool]] = [(root, (), False)]
    while stack:
        node, ancestors, in_link = stack.pop()
        tag = node.tag
        if tag == "-text":
            size = len((node.text_content or "").strip())
            if size < _MIN_RUN or in_link:
                continue
            for mid, _ in ancestors:
                found.weights[mid] += size
            blocks = [(mid, t) for mid, t in ancestors if t in _BLOCK_TAGS]
            if blocks and blocks[-1][1] in _PARAGRAPH_TAGS:
                blocks.pop()  # a <p> is the paragraph; the element holding it is the container
            for (mid, _), share in zip(reversed(blocks), (1.0, 0.5), strict=False):
                found.scores[mid] = found.scores.get(mid, 0.0) + size * share
            continue
        if not tag or tag.startswith("-"):
            continue
        mid = node.mem_id
        found.nodes[mid] = node
        found.weights[mid] = 0
        found.depth[mid] = len(ancestors)
        chain = (*ancestors, (mid, tag))
        for child in node.iter(include_text=True):
            stack.append((child, chain, in_link or tag == "a"))
    return found


def _drop_furniture(root: Any) -> None:
    """Remove navigation, headers, footers, share bars, comments ... unless they hold running text."""
    weights = _measure(root).weights
    candidates = list(root.css(",".join(_FURNITURE_TAGS)))
    for node in root.css("[class],[id]"):
        words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE_WORDS.search(words):
            candidates.append(node)
    doomed = {n.mem_id: n for n in candidates if weights.get(n.mem_id, 0) < _KEEP_FURNITURE}
    # Only the outermost: a node inside a removed one is gone with it and must not be touched again.
    tops = [node for node in doomed.values() if not any(a.mem_id in doomed for a in _ancestors(node))]
    for node in tops:
        node.decompose()


def _ancestors(node: Any) -> list[Any]:
    found = []
    parent = node.parent
    while parent is not None:
        found.append(parent)
        parent = parent.parent
    return found


def _content_node(body: Any) -> Any:
    """The element holding the article: best paragraph score, widened to a parent that scores
    nearly as well (paragraphs split over sibling blocks), snapped to a conventional content
    container (<article>, #zoom, .TRS_Editor ...) when that changes the text little."""
    found = _measure(body)
    if not found.scores:
        return body
    best_id = max(found.scores, key=lambda k: (found.scores[k], found.depth[k]))
    best_score = found.scores[best_id]
    node = found.nodes[best_id]
    parent = node.parent
    while parent is not None and parent.mem_id in found.nodes:
        if found.scores.get(parent.mem_id, 0.0) >= _CLIMB * best_score:
            node = parent
        elif parent.tag in _BLOCK_TAGS:
            break
        parent = parent.parent
    weight = found.weights[node.mem_id]
    around = {a.mem_id for a in _ancestors(node)} | {node.mem_id}
    for selector in _CONTENT_SELECTORS:
        for candidate in body.css(selector):
            held = found.weights.get(candidate.mem_id, 0)
            if candidate.mem_id in around and held <= _SNAP * weight:
                return candidate
            if (
                candidate.mem_id not in around
                and held >= weight / _SNAP
                and node.mem_id in {a.mem_id for a in _ancestors(candidate)}
            ):
                return candidate
    return node


def _clean_title(title: str) -> str:
    """Drop the site or column names that page titles append after _ - |."""
    parts = [p for p in _TITLE_SPLIT.split(title.strip()) if p.strip()]
    return parts[0].strip() if parts else title.strip()


def _pick_title(tree: Any, content: Any, meta: dict[str, str]) -> str | None:
    """Article title: CMS meta, else the heading that matches <title>, else the page's <h1>, else <title>."""
    for key in _META_TITLE:
        if meta.get(key, "").strip():
            return _clean_title(meta[key])
    page = tree.css_first("title")
    page_title = _clean_title(page.text()) if page else ""
    headings: list[str] = [h.text(strip=True) for h in content.css(",".join(_HEADINGS))]
    headings += [h.text(strip=True) for h in tree.css(",".join(_HEADINGS))]
    for heading in headings:
        if heading and page_title and (heading in page_title or page_title in heading):
            return heading
    h1: str | None = next((h.text(strip=True) for h in tree.css("h1") if h.text(strip=True)), None)
    return h1 or page_title or next((h for h in headings if h), None)


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
        if key and attrs.get("content"):
            found.setdefault(key, attrs["content"] or "")
    return found


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Main text of a page and its (title, source, date, where the date came from); the title is the
    text's first line.

    Raises:
        MissingDependency: selectolax is not installed.

    >>> page = ('<html><head><title>某县推进网格化管理_某某网</title></head><body>'
    ...         '<div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>'
    ...         '<div id="zoom"><p>某县推进网格化管理。全县划分网格120个，配备网格员300名。</p></div>'
    ...         '<div class="footer">版权所有 某某网</div></body></html>')
    >>> html_to_text(page)[0]
    '某县推进网格化管理\\n某县推进网格化管理。全县划分网格120个，配备网格员300名。'
    """
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingDependency("selectolax is needed to read HTML: pip install govkg") from exc
    tree = LexborHTMLParser(html)
    meta = _meta(tree)
    tree.strip_tags(_DROP_TAGS)
    body = tree.body or tree.root
    if body is None:
        return "", None, None, None, None
    page_text = "\n".join(_paragraphs(body))
    _drop_furniture(body)
    content = _content_node(body)
    title = _pick_title(tree, content, meta)
    paras: list[str] = []
    for para in _paragraphs(content):  # a paragraph a page repeats (a lead shown twice) is read once
        if not is_boilerplate_line(para) and para not in paras:
            paras.append(para)
    if title and paras and paras[0] == title:
        paras = paras[1:]
    lines = ([title] if title else []) + paras
    source = next((meta[k].strip() for k in _META_SOURCE if meta.get(k, "").strip()), None) or find_source(page_text)
    meta_date = next((d for k in _META_DATE if (d := parse_date(meta.get(k, "")))), None)
    date, date_source = document_date(meta=meta_date, text=page_text, title=title)
    return "\n".join(lines), title, source, date, date_source


def read_html(path: Path, data: bytes) -> Document:
    """An HTML page: decoded by BOM, meta charset or detection; main text only.

    Raises:
        UnreadableDocument: binary, undecodable, or no text in the page.
        MissingDependency: selectolax is not installed.
    """
    try:
        import selectolax.lexbor  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(f"{path}: reading HTML needs selectolax: pip install selectolax") from exc
    declared = _META_CHARSET.search(data[:4096])
    html, encoding = decode(data, str(path), declared.group(1).decode("ascii") if declared else None)
    text, title, source, date, date_source = html_to_text(html)
    if not text.strip():
        raise UnreadableDocument(f"{path}: empty (no text in the page)")
    return Document(
        path=path,
        text=text,
        title=title,
        source=source,
        date=date,
        date_source=date_source,
        media_type="text/html",
        encoding=encoding,
    )
