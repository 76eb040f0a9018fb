"""Chinese and Arabic numerals to exact decimals: 1.1万 → 11000, 三十六 → 36, 160余 → 160, 3.5亿 → 350000000.

Metrics need typed values so that "more than 1000 网格员" is one SPARQL filter; the text writes them
in several scripts and scales, so this module holds the one place that reads them.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["CN_NUMBER", "NUMBER", "parse_chinese", "parse_number"]

_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_SMALL = {"十": 10, "百": 100, "千": 1000}
_SCALE = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000), "百": Decimal(100)}

#: an Arabic number (thousands commas, decimals, full-width digits after NFKC) with an optional 万/亿 scale
NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万亿|千万|百万|万|亿)?")
#: a Chinese numeral of at least one digit character, with its place words
CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+")


def parse_chinese(text: str) -> int | None:
    """Read a Chinese numeral such as 三十六, 两千, 一万二千, 十五; None if it is not one.

    A run of bare digits (二〇二二, 一二) is a code or a year, not a quantity, and gives None.

    >>> parse_chinese("三十六"), parse_chinese("两千"), parse_chinese("十五"), parse_chinese("一万二千")
    (36, 2000, 15, 12000)
    >>> parse_chinese("二〇二二") is None
    True
    """
    if not text:
        return None
    for big, scale in (("亿", 100_000_000), ("万", 10_000)):
        if big in text:
            head, _, tail = text.partition(big)
            left = parse_chinese(head) if head else 1
            right = parse_chinese(tail.lstrip("零〇")) if tail.strip("零〇") else 0
            if left is None or right is None:
                return None
            return left * scale + right
    total, digit = 0, None
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] and digit:
                return None
            digit = _DIGITS[ch]
        elif ch in _SMALL:
            total += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def parse_number(text: str) -> Decimal | None:
    """Read a written quantity to an exact Decimal without exponent; None if it holds no number.

    Trailing 余/多/近/约 qualifiers are ignored (160余 → 160): gold keeps the stated number.

    >>> [str(parse_number(t)) for t in ("1.1万", "10.7万", "160余", "三十六", "2,246", "3.5亿", "30%")]
    ['11000', '107000', '160', '36', '2246', '350000000', '30']
    """
    text = text.strip().strip("余多近约第")
    m = NUMBER.search(text)
    if m:
        try:
            value = Decimal(m.group(1).replace(",", "") + (m.group(2) or ""))
        except InvalidOperation:
            return None
        for ch in m.group(3) or "":
            value *= _SCALE[ch]
        return _plain(value)
    m = CN_NUMBER.search(text)
    if m:
        n = parse_chinese(m.group(0))
        return None if n is None else Decimal(n)
    return None


def _plain(value: Decimal) -> Decimal:
    """Drop a zero fraction and any exponent so str() gives 11000, not 1.1E+4."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return Decimal(format(value.normalize(), "f"))
