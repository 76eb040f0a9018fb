"""Distinct, real-sized documents for load benchmarks, recombined from the bundled sample corpus.

Each document is 1,000-10,000 characters: a title, a source line and one to three reports, each a
report title and numbered parts (一、…) of sentences drawn from the sample's reports. Every
document gets its own county, city and township names (random syllables, never the sample's) and
its own numbers, so no two documents share a text and each goes through extraction as a real one
would.

    python -m benchmarks.corpus --documents 500 --output /tmp/docs
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from loaders import sample_corpus

__all__ = ["documents", "write_corpus", "write_long_text"]

_CHARS = "安宝昌城川达丰福港和华惠嘉江金锦康兰乐利林龙隆宁平庆仁荣瑞山盛泰通文武祥新兴秀阳永裕源云泽长正"
_SENTENCE = re.compile(r"[^。！？；]+[。！？；]")
_PART = re.compile(r"^[一二三四五六七八九十]+、")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_NUMERALS = "一二三四五六七八九十"
# the sample's own places, each replaced by a document's invented one
_COUNTIES = ("南乐县", "范县", "华龙区", "濮阳县", "清丰县", "台前县")
_CITIES = ("濮阳市", "濮阳")
_TOWNS = ("梁村乡",)


def _pieces() -> tuple[list[str], list[str], list[str]]:
    """The sample's report titles, part headings and body sentences."""
    lines = sample_corpus().read_text(encoding="utf-8").splitlines()
    titles, heads, sentences = [], [], []
    for line in lines[3:]:
        line = line.strip()
        if re.match(r"^\d{4}-\d{2}-\d{2}", line):
            break  # the page's footer starts here
        if not line:
            continue
        found = _SENTENCE.findall(line)
        if not found:
            titles.append(line)
            continue
        first = found[0]
        if _PART.match(first):
            heads.append(_PART.sub("", first).rstrip("。"))
            found = found[1:]
        sentences += [s.strip() for s in found if len(s.strip()) > 6]
    return titles, heads, sentences


def _name(rng: random.Random, n: int = 2) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(n))


def _number(rng: random.Random, m: re.Match[str]) -> str:
    text = m.group()
    if len(text) == 4 and text.startswith("20"):  # a year stays a year
        return str(rng.randint(2018, 2024))
    if "." in text:
        return f"{rng.uniform(0.5, 99):.1f}"
    return str(rng.randint(max(1, 10 ** (len(text) - 1)), 10 ** len(text) - 1))


def _localize(text: str, rng: random.Random, places: dict[str, str]) -> str:
    for old, new in places.items():
        text = text.replace(old, new)
    return _DIGITS.sub(lambda m: _number(rng, m), text)


def _document(rng: random.Random, pieces: tuple[list[str], list[str], list[str]]) -> str:
    titles, heads, sentences = pieces
    city = _name(rng) + "市"
    county = _name(rng) + rng.choice("县区")
    places = {c: county for c in _COUNTIES} | {c: city for c in _CITIES} | {t: _name(rng) + "乡" for t in _TOWNS}
    target = rng.randint(1_000, 10_000)
    out = [f"{rng.randint(2018, 2024)}年{city}基层治理工作经验交流材料", f"来源:{city}党建网"]
    size = sum(len(line) for line in out)
    while size < target:
        body = [rng.choice(titles), f"近年来,{county}坚持党建引领,{rng.choice(sentences)}"]
        for number in range(rng.randint(2, 4)):
            sentence_count = rng.randint(3, 8)
            para = [f"{_NUMERALS[number]}、{rng.choice(heads)}。", *rng.sample(sentences, sentence_count)]
            body.append("".join(para))
        for line in body:
            line = _localize(line, rng, places)
            out.append(line)
            size += len(line) + 1
            if size >= target:
                break
    return "\n".join(out) + "\n"


def documents(count: int, *, seed: int = 1) -> list[str]:
    """`count` distinct document texts (a repeat, which random choice makes unlikely, is drawn again)."""
    rng = random.Random(seed)
    pieces = _pieces()
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < count:
        text = _document(rng, pieces)
        if text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


def write_corpus(folder: Path, count: int, *, seed: int = 1) -> int:
    """Write `count` documents as UTF-8 .txt files into `folder`; return their total characters."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i, text in enumerate(documents(count, seed=seed)):
        (folder / f"report-{i:04d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def write_long_text(path: Path, size: int, *, seed: int = 1) -> int:
    """Write one UTF-8 text of about `size` bytes made of distinct documents; return its characters."""
    rng = random.Random(seed)
    pieces = _pieces()
    written = chars = 0
    with path.open("w", encoding="utf-8") as f:
        while written < size:
            text = _document(rng, pieces)
            f.write(text)
            written += len(text.encode("utf-8"))
            chars += len(text)
    return chars


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=500)
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(f"{write_corpus(a.output, a.documents, seed=a.seed):,} characters in {a.documents} documents")


if __name__ == "__main__":
    main()
