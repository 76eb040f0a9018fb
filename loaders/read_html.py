"""HTML pages: the article's main text only, with title, source and date as metadata.

The content node is the deepest element holding most of the page's running text (text outside
links, in pieces long enough to be sentences), after dropping page furniture by tag (nav, header,
footer, aside) and by id/class words (menu, breadcrumb, share, comment, related, copyright ...).
An <article>, articleBody or a conventional content container (#zoom, .TRS_Editor, #content) wins
when it holds a clear majority of that text. General heuristics only: no site is named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.read_meta import find_date, find_source, is_boilerplate_line, parse_date
from loaders.read_text import decode

__all__ = ["html_to_text", "looks_like_html", "read_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)

_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
              "textarea", "select", "button", "input", "option", "map", "audio", "video"]
_FURNITURE_TAGS = ("nav", "header", "footer", "aside", "menu", "dialog")
_FURNITURE_WORDS = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|header|head|top|"
    r"topbar|sidebar|side|aside|share|sharing|bdshare|social|comments?|reply|replies|pinglun|related|"
    r"relevant|recommend|xgxw|xglj|copyright|banquan|toolbar|tools?|print|position|location|weizhi|dqwz|"
    r"banner|ads?|advert|login|search|qrcode|ewm|erweima|pager|pagination|page-?nav|tags?|keywords?|"
    r"hot|rank|links?|friendlinks?|subnav|skip)(?:$|[-_\s\d])",
    re.I,
)
_CONTENT_SELECTORS = (
    "article", "[itemprop=articleBody]", "#zoom", ".TRS_Editor", "#UCAP-CONTENT", "#content", ".content",
    "#article", ".article", "#artibody", ".article-content", ".article_content", "#article_content",
    ".pages_content", ".detail", "#detail", ".con", "#con", ".main-text", ".text", "#text", "main",
)
_BLOCK_TAGS = frozenset(
    "p div br h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr td th table tbody thead tfoot section article header "
    "footer main aside nav blockquote pre figure figcaption form hr address center title caption".split()
)
_HEADINGS = ("h1", "h2", "h3")
_MIN_RUN = 8  # characters: shorter text pieces are labels and menu items, not running text
_MAJORITY = 0.75
_CONTENT_SHARE = 0.6
_KEEP_FURNITURE = 200  # a "header" or "side" holding this much running text is content after all
_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_LINE_BREAK = re.compile(r"[ \t\xa0]*\n\s*")
_CJK_BREAK = re.compile(rf"(?<={_CJK})\n(?={_CJK})")
_SPACES = re.compile(r"[ \t\xa0\r\f\v]+")
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|(?<!\d)-(?!\d)|\s[–—]+\s|——)\s*")
_META_TITLE = ("articletitle", "og:title", "title", "dc.title")
_META_SOURCE = ("contentsource", "source", "article:source", "dc.source")
_META_DATE = ("pubdate", "publishdate", "publishtime", "publish_time", "pubtime", "firstpublishedtime",
              "article:published_time", "dc.date", "dc.date.issued", "dcterms.created", "date", "weibo: article:create_at")


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
        block = tag in _BLOCK_TAGS
        if block:
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
    return _SPACES.sub(" ", text).strip(" \u3000\xa0\t\n")


def _run_weights(root: Any) -> dict[int, int]:
    """For every element under `root`, the amount of running text (non-link, sentence-sized) in it."""
    weights: dict[int, int] = {}
    stack: list[tuple[Any, tuple[int, ...], bool]] = [(root, (), False)]
    while stack:
        node, ancestors, in_link = stack.pop()
        tag = node.tag
        if tag == "-text":
            size = len((node.text_content or "").strip())
            if size >= _MIN_RUN and not in_link:
                for mid in ancestors:
                    weights[mid] = weights.get(mid, 0) + size
            continue
        if not tag or tag.startswith("-"):
            continue
        chain = (*ancestors, node.mem_id)
        weights.setdefault(node.mem_id, 0)
        for child in node.iter(include_text=True):
            stack.append((child, chain, in_link or tag == "a"))
    return weights


def _drop_furniture(root: Any) -> None:
    weights = _run_weights(root)
    doomed = [node for node in root.css(",".join(_FURNITURE_TAGS))]
    for node in root.css("[class],[id]"):
        words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _FURNITURE_WORDS.search(words):
            doomed.append(node)
    for node in doomed:
        if weights.get(node.mem_id, 0) < _KEEP_FURNITURE:
            node.decompose()


def _content_node(body: Any) -> Any:
    weights = _run_weights(body)
    total = weights.get(body.mem_id, 0)
    if not total:
        return body
    for selector in _CONTENT_SELECTORS:
        found = [n for n in body.css(selector) if weights.get(n.mem_id, 0) >= _CONTENT_SHARE * total]
        if found:
            return max(found, key=lambda n: weights.get(n.mem_id, 0))
    node = body
    while True:
        heavy = [c for c in node.iter() if weights.get(c.mem_id, 0) >= _MAJORITY * total]
        if not heavy:
            return node
        node = heavy[0]


def _clean_title(title: str) -> str:
    """Drop the site or column names that page titles append after _ - |."""
    parts = [p for p in _TITLE_SPLIT.split(title.strip()) if p.strip()]
    return parts[0].strip() if parts else title.strip()


def _pick_title(tree: Any, content: Any, meta: dict[str, str]) -> str | None:
    for key in _META_TITLE[:2]:
        if meta.get(key, "").strip():
            return _clean_title(meta[key])
    page = tree.css_first("title")
    page_title = _clean_title(page.text()) if page else ""
    headings = [h.text(strip=True) for h in content.css(",".join(_HEADINGS))]
    headings += [h.text(strip=True) for h in tree.css(",".join(_HEADINGS))]
    for heading in headings:
        if heading and page_title and (heading in page_title or page_title in heading):
            return heading
    if page_title:
        return page_title
    return next((h for h in headings if h), None)


def _meta(tree: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").strip().lower()
        if key and attrs.get("content"):
            found.setdefault(key, attrs["content"] or "")
    return found


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None]:
    """Main text of a page and its (title, source, date); the title is the text's first line.

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
        return "", None, None, None
    page_text = "\n".join(_paragraphs(body))
    _drop_furniture(body)
    content = _content_node(body)
    title = _pick_title(tree, content, meta)
    paras = [p for p in _paragraphs(content) if not is_boilerplate_line(p)]
    if title and paras and paras[0] == title:
        paras = paras[1:]
    lines = ([title] if title else []) + paras
    source = next((meta[k].strip() for k in _META_SOURCE if meta.get(k, "").strip()), None) or find_source(page_text)
    date = next((d for k in _META_DATE if (d := parse_date(meta.get(k, "")))), None) or find_date(page_text)
    return "\n".join(lines), title, source, date


def read_html(path: Path, data: bytes) -> Document:
    """An HTML page: decoded by BOM, meta charset or detection; main text only.

    Raises:
        UnreadableDocument: binary, undecodable, or no text in the page.
        MissingDependency: selectolax is not installed.
    """
    declared = _META_CHARSET.search(data[:4096])
    html, encoding = decode(data, str(path), declared.group(1).decode("ascii") if declared else None)
    text, title, source, date = html_to_text(html)
    if not text.strip():
        raise UnreadableDocument(f"{path}: empty (no text in the page)")
    return Document(path=path, text=text, title=title, source=source, date=date,
                    media_type="text/html", encoding=encoding)
