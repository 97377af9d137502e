"""Money read and shown one way: the project's currency in the user's locale."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from babel import Locale, localedata
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core import money
from pmdesk.core.limits import MAX_MONEY
from pmdesk.core.money import (
    current_locale,
    format_money,
    money_edit_text,
    money_format,
    parse_money,
    plain,
    total,
    use_locale,
)

D = Decimal
NBSP = "\u00a0"


@pytest.fixture
def locale() -> Iterator[None]:
    """Let a test choose the locale; the suite's own (en_US) comes back afterwards."""
    yield
    use_locale(None)


def test_amounts_look_as_the_locale_writes_them(locale) -> None:
    use_locale("en_US")
    assert format_money(D("12500"), "EUR") == "€12,500.00"
    assert format_money(D("-6000"), "EUR") == "-€6,000.00"
    assert format_money(D("1234567.891"), "USD") == "$1,234,567.89"
    assert format_money(D("12500.4"), "JPY") == "¥12,500"  # the yen has no minor unit
    # A symbol made of letters keeps apart from the digits.
    assert format_money(D("12"), "CHF") == f"CHF{NBSP}12.00"
    assert format_money(D("900"), "SEK") == f"SEK{NBSP}900.00"
    use_locale("de_DE")
    assert format_money(D("12500"), "EUR") == f"12.500,00{NBSP}€"
    assert format_money(D("-6000"), "EUR") == f"-6.000,00{NBSP}€"
    use_locale("fr_FR")
    assert format_money(D("1234.5"), "EUR") == f"1\u202f234,50{NBSP}€"
    use_locale("en_IN")
    assert format_money(D("1234567"), "INR") == "₹12,34,567.00"


def test_a_variance_carries_its_sign_and_a_rounded_zero_none(locale) -> None:
    use_locale("en_US")
    assert format_money(D("960"), "EUR", signed=True) == "+€960.00"
    assert format_money(D("-960"), "EUR", signed=True) == "-€960.00"
    assert format_money(D("0"), "EUR", signed=True) == "€0.00"
    assert format_money(D("-0.004"), "EUR") == "€0.00"
    use_locale("de_DE")
    assert format_money(D("960"), "EUR", signed=True) == f"+960,00{NBSP}€"


def _locales() -> list[str]:
    names = []
    for name in localedata.locale_identifiers():
        try:
            Locale.parse(name).currency_formats["standard"]
        except (ValueError, KeyError):
            continue
        names.append(name)
    return names


LOCALES = _locales()


def test_every_locale_formats_as_cldr_says() -> None:
    """The compiled format agrees with Babel's own formatting in every locale it knows
    (Babel leaves a letter symbol touching the digits and writes a rounded "-0.00"; the
    spacing is CLDR's currency-spacing rule)."""
    wrong = []
    for name in LOCALES:
        for currency in ("EUR", "USD", "JPY", "KWD"):
            fmt = money_format(currency, name)
            for value in (D("0"), D("-6000"), D("1234567.891"), D("12")):
                ours = fmt.text(value).replace(NBSP, "")
                theirs = format_currency(value, currency, locale=name).replace(NBSP, "")
                if ours != theirs and "'" not in fmt.group:
                    wrong.append((name, currency, value, ours, theirs))
    assert not wrong, wrong[:10]


@given(st.decimals(min_value=-MAX_MONEY, max_value=MAX_MONEY, places=2),
       st.sampled_from(LOCALES), st.sampled_from(["EUR", "CHF", "USD"]))
def test_what_is_shown_reads_back_as_the_same_amount(amount, name, currency) -> None:
    fmt = money_format(currency, name)
    assert fmt.parse(fmt.text(amount)) == amount
    assert fmt.parse(fmt.edit_text(amount)) == amount


def test_typed_amounts_with_symbols_codes_spaces_and_signs(locale) -> None:
    use_locale("en_US")
    for typed, value in [("1,234.5", "1234.50"), ("1234.5", "1234.50"), (" €1,200 ", "1200"),
                         ("-€6,000.00", "-6000"), ("EUR 75", "75"), ("eur75", "75"),
                         ("(50)", "-50"), ("\u221212", "-12"), ("", "0"), (".5", "0.50"),
                         ("$19.999", "20.00")]:
        assert parse_money(typed, "EUR") == D(value), typed
    assert parse_money("12.5", "JPY") == D("12")  # rounded to whole yen
    use_locale("de_DE")
    assert parse_money("1.234,5", "EUR") == D("1234.50")
    assert parse_money("6.000,00 €", "EUR") == D("6000")
    use_locale("de_CH")
    assert parse_money("1’234.50", "CHF") == D("1234.50")


def test_ambiguous_or_foreign_text_is_refused_not_guessed(locale) -> None:
    use_locale("en_US")
    # Read as 1,250 before: the group separator in the wrong place is refused instead.
    with pytest.raises(ValueError, match=r"'12,50' is not an amount of money: write it as "
                                         r"1,234\.50 or 1234\.50"):
        parse_money("12,50", "EUR")
    for typed in ("abc", "1.2.3", "1e309", "inf", "NaN", "12 apples", "--5"):
        with pytest.raises(ValueError, match="is not an amount of money"):
            parse_money(typed, "EUR")
    with pytest.raises(ValueError, match="out of range: amounts are at most "
                                         "1,000,000,000,000,000 either way"):
        parse_money("99999999999999999999", "EUR")
    use_locale("de_DE")
    with pytest.raises(ValueError, match=r"write it as 1\.234,50 or 1234,50"):
        parse_money("1234.5", "EUR")


def test_the_locale_comes_from_pmdesk_locale_then_the_environment(monkeypatch, locale) -> None:
    use_locale(None)
    for name in ("PMDESK_LOCALE", "LC_ALL", "LC_MONETARY", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert money.environment_locale() is None
    assert current_locale() == "en_US"  # servers and CI
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert current_locale() == "de_DE"
    monkeypatch.setenv("LC_MONETARY", "fr_CH.UTF-8@euro")
    assert current_locale() == "fr_CH"
    monkeypatch.setenv("LC_ALL", "C")  # LC_ALL decides: the C locale
    assert money.environment_locale() is None and current_locale() == "en_US"
    monkeypatch.setenv("PMDESK_LOCALE", "nl-NL")
    assert current_locale() == "nl_NL"
    assert use_locale("ja_JP") == "ja_JP"  # the window's choice wins
    assert use_locale("xx_YY") == "en_US"


def test_edit_text_is_the_number_alone(locale) -> None:
    use_locale("en_US")
    assert money_edit_text(D("12500"), "EUR") == "12,500.00"
    assert money_edit_text(D("-6000"), "EUR") == "-6,000.00"
    use_locale("de_DE")
    assert money_edit_text(D("12500"), "EUR") == "12.500,00"


def test_totals_stay_decimal_and_json_amounts_stay_plain() -> None:
    assert total([]) == D(0) and isinstance(total([]), Decimal)
    assert total([D("0.1")] * 3) == D("0.3")
    assert plain(D("12500")) == "12500.00"
    assert plain(D("1234.565")) == "1234.56"  # to the cent, half to even, as before
    assert plain(D("1E+3")) == "1000.00"
