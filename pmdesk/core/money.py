"""Money, read and shown one way: the project's currency in the user's locale.

Every amount pmdesk shows — a task's cost in the Gantt table and on paper, a budget line, a
risk's cost impact and EMV, a resource's rate, the status report, ``pmdesk info`` — is
:func:`format_money`'s text, and every amount typed into a cell or a dialog is read by
:func:`parse_money`, so the same amount reads the same everywhere. Amounts are ``Decimal``
and so are totals (:func:`total`); ``pmdesk info --json`` writes them as :func:`plain`.

How an amount looks follows the Unicode CLDR conventions of the locale, as Babel carries
them: "€12,500.00" in en_US, "12.500,00 €" in de_DE, "¥12,500" (the yen has no minor
unit), "CHF 12.00" (a symbol made of letters is kept apart from the digits). The locale is
the first of:

1. what :func:`use_locale` was given (the window passes the system's when the environment
   names none, as on Windows and macOS);
2. the environment: ``PMDESK_LOCALE``, else ``LC_ALL``, ``LC_MONETARY``, ``LANG``;
3. ``en_US``, for the "C" locale of servers and CI.

Reading is strict about the locale's separators: in en_US ``1,234.50`` and ``1234.5`` are
amounts but ``12,50`` is refused rather than read as 1,250; the currency's symbol or code,
spaces and a minus sign (or accounting brackets) are accepted around the number.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from .limits import MAX_MONEY, MONEY

__all__ = [
    "CENT",
    "DEFAULT_LOCALE",
    "LOCALE_VARIABLE",
    "MoneyFormat",
    "cents",
    "current_locale",
    "environment_locale",
    "format_money",
    "money_edit_text",
    "money_format",
    "parse_money",
    "plain",
    "total",
    "use_locale",
]

CENT = Decimal("0.01")
ZERO = Decimal(0)
DEFAULT_LOCALE = "en_US"
LOCALE_VARIABLE = "PMDESK_LOCALE"
# The POSIX order: LC_ALL overrides the category, which overrides LANG.
_ENVIRONMENT = (LOCALE_VARIABLE, "LC_ALL", "LC_MONETARY", "LANG")
_NOT_A_LOCALE = {"", "C", "POSIX"}
# Symbols people type whatever the project's currency, as before (a pasted "$1,200").
_COMMON_SYMBOLS = ("€", "$", "£", "¥")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_MINUS = ("-", "\u2212", "\u2012", "\u2013")

_chosen: str | None = None


# --------------------------------------------------------------------------- locale


def _known(name: str | None) -> str | None:
    """``name`` ("de_DE.UTF-8@euro", "de-DE", "de") as Babel's locale name, or None."""
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].strip().replace("-", "_")
    if base in _NOT_A_LOCALE:
        return None
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(base))
    except (ValueError, UnknownLocaleError):
        return None


def environment_locale() -> str | None:
    """The locale the environment names for money (see the module notes), or None when it
    names none or only "C"."""
    for variable in _ENVIRONMENT:
        value = os.environ.get(variable, "")
        if value:
            # The first variable set decides, as in POSIX: LC_ALL=C means the C locale.
            return _known(value)
    return None


def use_locale(name: str | None) -> str:
    """Show money in locale ``name`` from now on ("de_DE"; None: the environment's again);
    an unknown or "C" locale means :data:`DEFAULT_LOCALE`. Returns the locale in use."""
    global _chosen
    _chosen = None if name is None else (_known(name) or DEFAULT_LOCALE)
    return current_locale()


def current_locale() -> str:
    return _chosen or environment_locale() or DEFAULT_LOCALE


# --------------------------------------------------------------------------- format


@dataclass(frozen=True, slots=True)
class MoneyFormat:
    """How amounts of one currency look in one locale, worked out once from CLDR."""

    currency: str
    locale: str
    digits: int  # the currency's minor unit: 2 for EUR, 0 for JPY
    symbol: str
    decimal: str
    group: str
    grouping: tuple[int, int]  # primary, secondary group sizes
    prefixes: tuple[str, str]  # positive, negative (symbol and sign in place)
    suffixes: tuple[str, str]

    @property
    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.digits)

    def number(self, amount: Decimal) -> str:
        """The digits of ``abs(amount)`` with the locale's separators ("12,500.00")."""
        fixed = f"{abs(amount).quantize(self.quantum, ROUND_HALF_EVEN):f}"
        whole, _, fraction = fixed.partition(".")
        text = self._grouped(whole)
        return f"{text}{self.decimal}{fraction}" if fraction else text

    def _grouped(self, whole: str) -> str:
        primary, secondary = self.grouping
        size, groups = primary, []
        while len(whole) > size:
            groups.append(whole[-size:])
            whole = whole[:-size]
            size = secondary
        groups.append(whole)
        return self.group.join(reversed(groups))

    def text(self, amount: Decimal, signed: bool = False) -> str:
        """``amount`` as shown: "€12,500.00", "-€6,000.00"; ``signed`` adds "+" to a
        positive amount (a variance)."""
        number = self.number(amount)
        rounded_zero = number.strip("0" + self.group + self.decimal) == ""
        negative = amount < 0 and not rounded_zero
        if negative or (signed and amount > 0 and not rounded_zero):
            prefix, suffix = self.prefixes[1], self.suffixes[1]
            if not negative:
                prefix, suffix = prefix.replace("-", "+"), suffix.replace("-", "+")
            return f"{prefix}{number}{suffix}"
        return f"{self.prefixes[0]}{number}{self.suffixes[0]}"

    def edit_text(self, amount: Decimal) -> str:
        """``amount`` as an editor starts with it: the number alone, sign in front."""
        number = self.number(amount)
        return f"-{number}" if amount < 0 and number.strip("0" + self.group + self.decimal) \
            else number

    def parse(self, text: str) -> Decimal:
        """What a person typed as an amount; ValueError saying what is wrong."""
        shown = text.strip()[:40]
        body = self._strip_currency(text)
        negative = False
        if body.startswith("(") and body.endswith(")"):
            negative, body = True, body[1:-1]
        for minus in _MINUS:
            if body.startswith(minus) or body.endswith(minus):
                negative = not negative
                body = body[1:] if body.startswith(minus) else body[:-1]
                break
        body = body.lstrip("+")
        if not body:
            return ZERO
        value = self._read_number(body, shown)
        if negative:
            value = -value
        if value not in MONEY:
            raise ValueError(f"'{shown[:30]}' is out of range: amounts are at most "
                             f"{MAX_MONEY:,} either way")
        return value.quantize(self.quantum, ROUND_HALF_EVEN)

    def _strip_currency(self, text: str) -> str:
        body = text
        for mark in sorted({self.symbol, self.currency, *_COMMON_SYMBOLS}, key=len,
                           reverse=True):
            body = re.sub(re.escape(mark), "", body, flags=re.IGNORECASE) if mark else body
        # Direction marks some locales put around amounts; spaces of every width (a
        # locale grouping with spaces loses nothing: the grouping is checked without them).
        body = body.replace("\u200e", "").replace("\u200f", "")
        return _SPACES.sub("", body)

    def _read_number(self, body: str, shown: str) -> Decimal:
        """The number in ``body`` (currency and spaces gone): digits, at most one decimal
        separator, and group separators only where the locale puts them."""
        group = "" if _SPACES.fullmatch(self.group) else self.group
        if group == "'":
            body = body.replace("\u2019", "'")  # a typographic apostrophe, as in 1’234
        whole, _, fraction = body.partition(self.decimal)
        digits = whole.replace(group, "") if group else whole
        well_formed = (
            bool(digits or fraction)
            and re.fullmatch(r"[0-9]*", digits) is not None
            and re.fullmatch(r"[0-9]*", fraction) is not None
            and (not group or group not in whole or whole == self._grouped(digits))
        )
        if not well_formed:
            example = Decimal("1234.5")
            raise ValueError(
                f"'{shown}' is not an amount of money: write it as {self.number(example)} "
                f"or {self.number(example).replace(self.group, '')}"
            )
        return Decimal(f"{digits or '0'}.{fraction or '0'}")


def _literal(pattern_part: str) -> str:
    """A CLDR pattern's prefix or suffix with its quoting undone."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", pattern_part)


def _spaced(affix: str, symbol: str, before_number: bool) -> str:
    """CLDR's currency spacing: a symbol that ends (or starts) with a letter next to the
    digits gets a no-break space ("CHF 12.00", not "CHF12.00")."""
    if not symbol or symbol not in affix:
        return affix
    if before_number and affix.endswith(symbol):
        edge = symbol[-1]
        return affix + "\u00a0" if not unicodedata.category(edge).startswith("S") else affix
    if not before_number and affix.startswith(symbol):
        edge = symbol[0]
        return "\u00a0" + affix if not unicodedata.category(edge).startswith("S") else affix
    return affix


@lru_cache(maxsize=64)
def _format_for(currency: str, locale: str) -> MoneyFormat:
    from babel import Locale
    from babel.numbers import (
        get_currency_precision,
        get_currency_symbol,
        get_decimal_symbol,
        get_group_symbol,
    )

    loc = Locale.parse(locale)
    pattern = loc.currency_formats["standard"]
    symbol = get_currency_symbol(currency, loc) if currency else ""

    def affix(part: str, before: bool) -> str:
        text = _literal(part).replace("¤¤", currency).replace("¤", symbol)
        return _spaced(text, symbol, before)

    return MoneyFormat(
        currency=currency,
        locale=locale,
        digits=get_currency_precision(currency) if currency else 2,
        symbol=symbol,
        decimal=get_decimal_symbol(loc),
        group=get_group_symbol(loc),
        grouping=(pattern.grouping[0], pattern.grouping[1]),
        prefixes=(affix(pattern.prefix[0], True), affix(pattern.prefix[1], True)),
        suffixes=(affix(pattern.suffix[0], False), affix(pattern.suffix[1], False)),
    )


def money_format(currency: str, locale: str | None = None) -> MoneyFormat:
    """How amounts in ``currency`` (an ISO code, "EUR") look in ``locale`` (default: the
    current one)."""
    return _format_for(currency.strip().upper(), locale or current_locale())


def format_money(amount: Decimal, currency: str, *, signed: bool = False) -> str:
    """``amount`` in ``currency`` as every view, page and command shows it."""
    return money_format(currency).text(amount, signed)


def money_edit_text(amount: Decimal, currency: str) -> str:
    """``amount`` as a cell editor or a dialog field starts with it ("12,500.00")."""
    return money_format(currency).edit_text(amount)


def parse_money(text: str, currency: str) -> Decimal:
    """An amount typed in ``currency``, rounded to its minor unit; an empty text is zero.
    ValueError quoting the text when it is not an amount or is out of range."""
    return money_format(currency).parse(text)


# --------------------------------------------------------------------------- arithmetic


def total(amounts: Iterable[Decimal]) -> Decimal:
    """The sum of ``amounts``, in Decimal (never a float, never int 0 for no amounts)."""
    return sum(amounts, ZERO)


def cents(amount: Decimal) -> Decimal:
    """``amount`` rounded to hundredths, as figures are kept and reported."""
    return amount.quantize(CENT)


def plain(amount: Decimal) -> str:
    """``amount`` as ``pmdesk info --json`` writes it: "12500.00", no grouping, no
    currency, for scripts to read."""
    return f"{cents(amount):f}"
