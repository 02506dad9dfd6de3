"""Rate capitals (百分之…点…) and the response file's round trip."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.numerals import NumeralError, format_rmb
from app.domain.rate_words import format_rate, parse_price_words, parse_rate
from app.response.reader import loads, response_to_doc
from app.response.selfcheck import self_check
from tests.app.respkit import SAMPLES

rates = st.integers(min_value=0, max_value=10000).map(lambda c: Decimal(c) / 100)


@pytest.mark.parametrize(("rate", "words"), [
    ("86.50", "百分之捌拾陆点伍零"), ("100.00", "百分之壹佰点零零"), ("0.05", "百分之零点零伍"),
    ("10", "百分之壹拾点零零"), ("12.34", "百分之壹拾贰点叁肆"), ("101.5", None),
])
def test_format_rate(rate: str, words: str | None) -> None:
    if words is None:
        with pytest.raises(ValueError):
            format_rate(Decimal(rate))
    else:
        assert format_rate(Decimal(rate)) == words


@given(rates)
def test_rate_words_round_trip(rate: Decimal) -> None:
    assert parse_rate(format_rate(rate)) == rate


@pytest.mark.parametrize("text", ["捌拾陆元伍角", "百分之", "百分之捌拾陆点伍零零", "百分之捌拾陆元", "八十六"])
def test_not_a_rate(text: str) -> None:
    with pytest.raises(NumeralError):
        parse_price_words(text, "rate", strict=True)


def test_rate_words_are_not_money() -> None:
    with pytest.raises(NumeralError):
        parse_price_words("百分之捌拾陆点伍零", "amount")
    assert parse_price_words("捌拾陆元伍角", "amount") == Decimal("86.50")


@given(st.integers(min_value=1, max_value=10**11).map(lambda c: Decimal(c) / 100))
def test_capitals_written_from_the_figures_never_mismatch(price: Decimal) -> None:
    doc = json.loads((SAMPLES / "luoyang-002-clean.bidresp.json").read_text(encoding="utf-8"))
    doc["tender"]["project"]["ceiling"] = doc["tender"]["project"]["budget"] = "1000000000000"
    doc["price"], doc["price_words"] = format(price, "f"), format_rmb(price)
    assert "price_words_mismatch" not in {f.kind for f in self_check(loads(json.dumps(doc)))}


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_response_file_round_trip(path: object) -> None:
    resp = loads(path.read_bytes())  # type: ignore[attr-defined]
    again = loads(json.dumps(response_to_doc(resp), ensure_ascii=False))
    assert again == resp
