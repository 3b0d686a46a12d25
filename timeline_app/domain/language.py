"""The language the app speaks to its reader: English, Azerbaijani (Latin script) or Russian.

The UI chooses it once at start-up (:func:`set_ui_language`); every wording the domain writes
for a reader (dates in words, counts, the detail pane's and the report's labels) follows it.
Nothing here imports Qt: the UI points :func:`set_translator` at ``QCoreApplication.translate``,
so the domain's sentences live in the same ``.ts`` files as the widgets' (``pyside6-lupdate``
extracts every ``translate("Context", "text")`` call, whatever module it is in).

What is *not* for a reader stays English whatever the UI speaks: machine formats (CSV, JSON,
TimelineJS) and the located problems of a file, which are for the file's author and match
``timeline-app validate``. Code that writes those wraps itself in :func:`in_language` (a
context variable, so a loader thread's English does not leak into the window's wording).

Dates and numbers have their own tables here (month names in the cases Russian needs, BC/AD,
digit grouping, "million years ago"); sentences and plurals go through the translator, whose
``.qm`` files carry Qt's plural rules (Russian: 1 событие, 2 события, 5 событий, 21 событие).
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import ParamSpec, TypeVar


class Language(enum.StrEnum):
    """A language the app ships UI translations for; the value is its ISO 639-1 code."""

    EN = "en"
    AZ = "az"
    RU = "ru"

    @property
    def native_name(self) -> str:
        """What the language calls itself (a menu shows each language in its own words)."""
        return _NATIVE_NAMES[self]

    @classmethod
    def from_locale_name(cls, name: str) -> Language:
        """The language for a locale name such as ``ru_RU.UTF-8``, ``az-Latn-AZ`` or ``de_DE``; English otherwise."""
        code = re.split(r"[_\-.@]", name.strip().lower(), maxsplit=1)[0]
        return cls(code) if code in cls._value2member_map_ else cls.EN


_NATIVE_NAMES = {Language.EN: "English", Language.AZ: "Azərbaycanca", Language.RU: "Русский"}

Translator = Callable[[str, str, str | None, int], str]
"""``(context, source text, disambiguation, n) -> text``: ``QCoreApplication.translate``'s shape."""

_PLURAL_S = re.compile(r"\(s\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source text itself, with ``%n`` filled in and ``(s)`` made singular or plural.

    What the domain says without a translator (tests, command-line exports), and whenever it
    writes English on purpose (:func:`in_language`); the English ``.qm`` says the same.
    """
    if n < 0:
        return text
    return _PLURAL_S.sub("" if n == 1 else "s", text).replace("%Ln", format_count(n)).replace("%n", str(n))


_ui_language = Language.EN
_translator: Translator = english
_override: ContextVar[Language | None] = ContextVar("wording_language", default=None)


def set_ui_language(language: Language) -> None:
    """Called once by the UI at start-up, before any window or file exists."""
    global _ui_language
    _ui_language = language


def ui_language() -> Language:
    return _ui_language


def set_translator(translator: Translator | None) -> None:
    """Route the domain's sentences through ``translator`` (the UI's ``QCoreApplication.translate``).

    ``None`` goes back to the English source texts.
    """
    global _translator
    _translator = english if translator is None else translator


def wording_language() -> Language:
    """The language being written right now: the UI's, unless code writes English on purpose (:func:`in_language`)."""
    return _override.get() or _ui_language


@contextmanager
def in_language(language: Language) -> Iterator[None]:
    """Write in ``language`` inside the block, in this thread (or task) only."""
    token = _override.set(language)
    try:
        yield
    finally:
        _override.reset(token)


def translatable(context: str, text: str) -> str:
    """Mark ``text`` for the ``.ts`` files where it is defined (a table, a constant); translate it where it is shown.

    Returns ``text`` unchanged: ``translate(context, text)`` at the point of use says it in the reader's language.
    """
    return text


_P = ParamSpec("_P")
_R = TypeVar("_R")


def writes_english(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorate a function that writes for machines or for a file's author: it writes English whatever the UI speaks."""

    @functools.wraps(function)
    def in_english(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with in_language(Language.EN):
            return function(*args, **kwargs)

    return in_english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the language being written. ``n >= 0`` picks the plural form and fills ``%n`` in.

    Called with literal arguments only, so ``pyside6-lupdate`` finds every message.
    """
    if wording_language() is Language.EN and (_override.get() is not None or _translator is english):
        return english(context, text, disambiguation, n)
    result = _translator(context, text, disambiguation, n)
    if n >= 0 and "%" in result:
        # Qt fills %n (and %Ln, digits grouped) in itself; a translator that is not Qt's may not.
        result = result.replace("%Ln", format_count(n)).replace("%n", str(n))
    return result


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` … placeholders, filled in one pass (a value that itself holds ``%2`` stays as it is)."""
    return _PLACEHOLDER.sub(
        lambda match: str(values[int(match[1]) - 1]) if int(match[1]) <= len(values) else match[0], template
    )


# --------------------------------------------------------------------------------------
# Numbers and dates: tables rather than sentences (what a translator's file cannot say)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateWords:
    """How one language writes numbers and dates."""

    group_separator: str
    decimal_separator: str
    months: tuple[str, ...]
    """Standalone (nominative): the month of a month-only date."""
    months_of_day: tuple[str, ...]
    """After a day number: Russian puts the month in the genitive ("4 мая"); the others repeat ``months``."""
    day_pattern: str
    """``%1`` day, ``%2`` month, ``%3`` year."""
    month_pattern: str
    """``%1`` month, ``%2`` year."""
    year_ad: str
    """A year from AD 1 to 999 (and from 10,000): ``%1`` is the number."""
    year_bc: str
    years_ago: str
    """``%1`` is a large number in words ("66 million")."""
    years_from_now: str
    large_units: tuple[str, str, str]
    """Trillion, billion, million."""


ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_AZERBAIJANI_MONTHS = (
    "yanvar",
    "fevral",
    "mart",
    "aprel",
    "may",
    "iyun",
    "iyul",
    "avqust",
    "sentyabr",
    "oktyabr",
    "noyabr",
    "dekabr",
)

DATE_WORDS: dict[Language, DateWords] = {
    Language.EN: DateWords(
        group_separator=",",
        decimal_separator=".",
        months=ENGLISH_MONTHS,
        months_of_day=ENGLISH_MONTHS,
        day_pattern="%1 %2 %3",
        month_pattern="%1 %2",
        year_ad="AD %1",
        year_bc="%1 BC",
        years_ago="%1 years ago",
        years_from_now="%1 years from now",
        large_units=("trillion", "billion", "million"),
    ),
    Language.AZ: DateWords(
        # CLDR's Azerbaijani: 10.000 and 13,8.
        group_separator=".",
        decimal_separator=",",
        months=_AZERBAIJANI_MONTHS,
        months_of_day=_AZERBAIJANI_MONTHS,
        day_pattern="%1 %2 %3",
        month_pattern="%1 %2",
        # "eramızın" / "eramızdan əvvəl", abbreviated before the number: no suffix to harmonise with it.
        year_ad="b.e. %1",
        year_bc="e.ə. %1",
        years_ago="%1 il əvvəl",
        years_from_now="%1 il sonra",
        large_units=("trilyon", "milyard", "milyon"),
    ),
    Language.RU: DateWords(
        # CLDR's Russian groups digits with a no-break space: 10 000.
        group_separator="\u00a0",
        decimal_separator=",",
        months=(
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ),
        months_of_day=(
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        day_pattern="%1 %2 %3",
        month_pattern="%1 %2",
        year_ad="%1 н.\u00a0э.",
        year_bc="%1 до н.\u00a0э.",
        # After "млн"/"млрд"/"трлн" the noun is always the genitive plural: no plural rule needed.
        years_ago="%1 лет назад",
        years_from_now="через %1 лет",
        large_units=("трлн", "млрд", "млн"),
    ),
}


def date_words() -> DateWords:
    return DATE_WORDS[wording_language()]


def format_count(count: int) -> str:
    """``100,000`` / ``100.000`` / ``100 000``: digits grouped as the language being written groups them."""
    return f"{count:,}".replace(",", date_words().group_separator)


def format_decimal(text: str) -> str:
    """A number already written with ``.`` for its decimal point (``13.8``), with the language's separator."""
    return text.replace(".", date_words().decimal_separator)


_AZ_UNIT_SUFFIXES = ("", "ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu")
"""bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz: the ordinal suffix follows the last vowel."""
_AZ_TEN_SUFFIXES = ("", "cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı")
"""on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan."""


def azerbaijani_ordinal_suffix(number: int) -> str:
    """``-ci``/``-cı``/``-cu``/``-cü`` after ``number`` written in digits: 1990-cı, 2000-ci, 1930-cu, 1900-cü."""
    number = abs(number)
    if number == 0:
        return "cı"  # sıfır
    if number % 10:
        return _AZ_UNIT_SUFFIXES[number % 10]
    if number % 100:
        return _AZ_TEN_SUFFIXES[number // 10 % 10]
    if number % 1000:
        return "cü"  # yüz
    if number % 1_000_000:
        return "ci"  # min
    if number % 1_000_000_000:
        return "cu"  # milyon
    return "cı"  # milyard


def decade_label(number: int, era: str = "") -> str:
    """A decade on the time axis: ``1990s``, ``1990-е``, ``1990-cı illər``; ``era`` is ``"ad"``, ``"bc"`` or ``""``."""
    language = wording_language()
    digits = format_count(number) if number >= 10_000 else str(number)
    if language is Language.RU:
        text = f"{digits}-е"
    elif language is Language.AZ:
        text = f"{digits}-{azerbaijani_ordinal_suffix(number)} illər"
    else:
        text = f"{digits}s"
    words = date_words()
    if era == "ad":
        return fill(words.year_ad, text)
    if era == "bc":
        return fill(words.year_bc, text)
    return text


def quarter_label(quarter: int) -> str:
    """``Q2``, ``2 кв.``, ``2-ci rüb``."""
    language = wording_language()
    if language is Language.RU:
        return f"{quarter} кв."
    if language is Language.AZ:
        return f"{quarter}-{azerbaijani_ordinal_suffix(quarter)} rüb"
    return f"Q{quarter}"


def upper_case(text: str) -> str:
    """``text`` in capitals as the language writes them: Azerbaijani's dotted i is İ ("ETİBARLILIQ"), not I."""
    if wording_language() is Language.AZ:
        text = text.replace("i", "İ")
    return text.upper()


def month_name(month: int) -> str:
    """The month standing alone: ``May``, ``may``, ``май``."""
    return date_words().months[month - 1]


__all__ = [
    "DATE_WORDS",
    "DateWords",
    "Language",
    "Translator",
    "azerbaijani_ordinal_suffix",
    "date_words",
    "decade_label",
    "english",
    "fill",
    "format_count",
    "format_decimal",
    "in_language",
    "month_name",
    "quarter_label",
    "set_translator",
    "set_ui_language",
    "translatable",
    "translate",
    "ui_language",
    "upper_case",
    "wording_language",
    "writes_english",
]
