"""Numerals as the reports write them, read to exact decimals."""

from decimal import Decimal

import pytest

from loaders.metrics.numbers import parse_chinese, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.1万", "11000"),
        ("10.7万", "107000"),
        ("160余", "160"),
        ("3000多", "3000"),
        ("2,246", "2246"),
        ("3.5亿", "350000000"),
        ("0.5", "0.5"),
        ("30%", "30"),
        ("三十六", "36"),
        ("两千", "2000"),
        ("十五", "15"),
        ("一百二十", "120"),
        ("一万二千", "12000"),
        ("三亿五千万", "350000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    got = parse_number(text)
    assert got == Decimal(value)
    assert "E" not in str(got)  # typed values print plainly: 11000, not 1.1E+4


def test_not_numbers() -> None:
    assert parse_number("网格员") is None
    assert parse_chinese("二〇二三") is None  # a year written in digits is not a quantity
    assert parse_chinese("") is None
