"""Chinese RMB capitals: parsing, canonical formatting and their round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.numerals import FORMAT_ALPHABET, NumeralError, format_rmb, parse_rmb

# (canonical capitals, amount): each must parse to the amount and format back to the capitals.
CANONICAL = [
    ("贰佰伍拾肆万伍仟元整", "2545000.00"),
    ("捌佰柒拾陆万柒仟捌佰陆拾柒元叁角玖分", "8767867.39"),
    ("壹仟零伍元整", "1005.00"),
    ("壹拾万零伍佰元整", "100500.00"),
    ("壹拾万元整", "100000.00"),
    ("壹亿零壹万元整", "100010000.00"),
    ("壹佰万零伍元整", "1000005.00"),
    ("壹仟万元整", "10000000.00"),
    ("壹佰壹拾肆万元整", "1140000.00"),
    ("壹元零伍分", "1.05"),
    ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
    ("壹拾元伍角", "10.50"),
    ("伍角", "0.50"),
    ("伍分", "0.05"),
    ("叁角贰分", "0.32"),
    ("零元整", "0.00"),
    ("贰亿元壹角", "200000000.10"),
    ("壹拾亿零壹仟零壹拾万零壹仟零壹拾元壹角", "1010101010.10"),
    ("玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "999999999999.99"),
]

# Accepted variants that are not the canonical form.
VARIANTS = [
    ("拾万元整", "100000.00"),
    ("拾伍元", "15.00"),
    ("壹仟陆佰捌拾元零叁角贰分", "1680.32"),
    ("伍角整", "0.50"),
    ("壹元伍角正", "1.50"),
    ("贰佰伍拾肆万伍仟圆整", "2545000.00"),
    ("人民币贰佰伍拾肆万伍仟元整", "2545000.00"),
    ("  人民币 贰佰伍拾肆万　伍仟元整 ", "2545000.00"),
    ("（大写）人民币壹仟零伍元整", "1005.00"),
    ("(大写)壹仟零伍元整", "1005.00"),
    ("大写：壹仟零伍元整", "1005.00"),
    ("大写:人民币壹仟零伍元整", "1005.00"),
    ("人民币（大写）壹仟零伍元整", "1005.00"),
    ("零元伍角", "0.50"),
    ("零元零伍分", "0.05"),
    ("壹元伍分", "1.05"),
    ("壹万伍佰元整", "10500.00"),  # 零 left out, but 佰 fixes the place
    ("壹亿拾万元整", "100100000.00"),  # bare 拾 at the start of the 万 section
    ("壹仟零伍拾元整", "1050.00"),
    ("壹元", "1.00"),
]

# (text, position of the offending character (1-based) or None at the end, the character).
ERRORS = [
    ("贰佰万万元整", 4, "万"),
    ("贰万亿元整", 3, "亿"),
    ("贰伍元", 2, "伍"),
    ("壹佰贰仟元", 4, "仟"),
    ("壹万贰万元", 4, "万"),
    ("佰元", 1, "佰"),
    ("壹佰拾元", 3, "拾"),
    ("万元", 1, "万"),
    ("壹亿万元", 3, "万"),
    ("元整", 1, "元"),
    ("角", 1, "角"),
    ("壹元角", 3, "角"),
    ("壹元分", 3, "分"),
    ("伍分叁角", 4, "角"),
    ("壹元伍分叁角", 6, "角"),
    ("壹拾角", 2, "拾"),
    ("壹佰万伍角", 2, "佰"),
    ("伍元整伍", 4, "伍"),
    ("伍分整", 3, "整"),
    ("壹元伍角叁分整", 7, "整"),
    ("壹元伍角伍角", 6, "角"),
    ("壹元伍分伍分", 6, "分"),
    ("壹仟伍元", 3, "伍"),  # 一千五 would be 1500: 零 is required
    ("壹佰伍万元", 3, "伍"),
    ("壹仟零伍佰元", 3, "零"),
    ("零零伍元", 2, "零"),
    ("零壹元", 1, "零"),
    ("伍拾零元", 3, "零"),
    ("壹亿零万元", 3, "零"),
    ("壹元零", 3, "零"),
    ("壹元零整", 3, "零"),
    ("壹元零零伍分", 4, "零"),
    ("壹元伍角零叁分", 5, "零"),
    ("壹元零角伍分", 4, "角"),
    ("壹元零分", 4, "分"),
    ("壹元贰元", 4, "元"),
    ("壹5元", 2, "5"),
    ("1000元", 1, "1"),
    ("两元", 1, "两"),
    ("〇元", 1, "〇"),
    ("壹萬元", 2, "萬"),
    ("美元壹元", 1, "美"),
    ("壹佰", None, None),
    ("壹元伍", None, None),
    ("整", None, None),
]


@pytest.mark.parametrize(("text", "amount"), CANONICAL)
def test_parse_canonical(text: str, amount: str) -> None:
    value = parse_rmb(text)
    assert value == Decimal(amount)
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize(("text", "amount"), CANONICAL)
def test_format_canonical(text: str, amount: str) -> None:
    assert format_rmb(Decimal(amount)) == text


@pytest.mark.parametrize(("text", "amount"), VARIANTS)
def test_parse_variants(text: str, amount: str) -> None:
    assert parse_rmb(text) == Decimal(amount)


@pytest.mark.parametrize(("text", "position", "char"), ERRORS)
def test_parse_errors_name_the_character(text: str, position: int | None, char: str | None) -> None:
    with pytest.raises(NumeralError) as info:
        parse_rmb(text)
    err = info.value
    assert err.text == text
    assert err.char == char
    message = str(err)
    assert f"'{text}'" in message
    if position is None:
        assert err.position == len(text) + 1
        assert message.startswith("unexpected end at position")
    else:
        assert err.position == position
        assert message.startswith(f"unexpected '{char}' at position {position} in '{text}'")


def test_error_message_matches_the_documented_form() -> None:
    with pytest.raises(NumeralError, match=r"^unexpected '万' at position 4 in '贰佰万万元整'"):
        parse_rmb("贰佰万万元整")


def test_position_counts_the_original_text_with_prefix_and_spaces() -> None:
    with pytest.raises(NumeralError) as info:
        parse_rmb("人民币 贰伍元")
    assert (info.value.position, info.value.char) == (6, "伍")


@pytest.mark.parametrize("text", ["", "   ", "人民币", "（大写）", "（大写）人民币 "])
def test_empty_is_an_error(text: str) -> None:
    with pytest.raises(NumeralError, match="empty amount"):
        parse_rmb(text)


def test_numeral_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        parse_rmb("壹元整整")


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("0.004", "零元整"),
        ("0.005", "壹分"),
        ("1.995", "贰元整"),
        ("8.125", "捌元壹角叁分"),
        ("999999999999.994", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
        ("1E+3", "壹仟元整"),
    ],
)
def test_format_rounds_half_up_to_the_fen(amount: str, text: str) -> None:
    assert format_rmb(Decimal(amount)) == text


@pytest.mark.parametrize("amount", ["-0.01", "-1", "-0.001", "1000000000000", "999999999999.995", "1E+20"])
def test_format_out_of_range(amount: str) -> None:
    with pytest.raises(ValueError):
        format_rmb(Decimal(amount))


@pytest.mark.parametrize("amount", ["NaN", "Infinity", "-Infinity"])
def test_format_not_finite(amount: str) -> None:
    with pytest.raises(ValueError):
        format_rmb(Decimal(amount))


fen_amounts = st.integers(min_value=0, max_value=99_999_999_999_999).map(lambda n: Decimal(n).scaleb(-2))


@given(fen_amounts)
def test_round_trip(amount: Decimal) -> None:
    text = format_rmb(amount)
    assert set(text) <= FORMAT_ALPHABET
    assert parse_rmb(text) == amount


@given(fen_amounts)
def test_round_trip_with_optional_zero_before_jiao(amount: Decimal) -> None:
    text = format_rmb(amount)
    if "元" in text and "角" in text:
        variant = text.replace("元", "元零")
        assert variant != text
        assert parse_rmb(variant) == amount


@given(fen_amounts)
def test_canonical_shape(amount: Decimal) -> None:
    text = format_rmb(amount)
    assert "零零" not in text
    assert not text.startswith(("零", "拾")) or text == "零元整"
    assert "零元" not in text or text == "零元整"
    assert text.endswith(("整", "角", "分"))
    assert ("整" in text) == (amount == amount.to_integral_value())
    # a 零 is never written right before a unit or the 元
    for unit in "拾佰仟万亿元角分":
        assert "零" + unit not in text or (unit == "元" and text == "零元整")


@given(fen_amounts, st.sampled_from(["人民币", "（大写）", "大写：", " "]))
def test_prefixes_and_spaces_are_ignored(amount: Decimal, prefix: str) -> None:
    text = format_rmb(amount)
    spaced = prefix + " ".join(text)
    assert parse_rmb(spaced) == amount
