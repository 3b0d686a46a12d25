"""The timeline file format, as pydantic v2 models.

These models are the single definition of the format: the loader validates files
with them and ``resources/schema/timeline.schema.json`` is generated from them.
Field descriptions end up in the schema, so editors show them while authors type.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    GetCoreSchemaHandler,
    GetPydanticSchema,
    Tag,
    field_validator,
    model_validator,
)
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError, core_schema

from timeline_app.domain.dates import PartialDate

if TYPE_CHECKING:
    from pydantic.config import JsonDict

FORMAT_NAME = "timeline-viewer"
FORMAT_VERSION = 1
"""The newest format version this build reads. Bump it when the format changes incompatibly."""

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG_RE = re.compile(SLUG_PATTERN)
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")

# Ids and text: pydantic-core's own regex engine checks them in JSON input, which is how
# the loader's fast path reads a file; a million events hold several million of them, and a
# call into Python for each was a third of the validation time. Python input (the loader's
# careful path, which exists to word every problem) still goes through the checks below, so
# it keeps their exact messages. The two must accept exactly the same text; a test holds them
# to that.

SLUG_CORE_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*\n?$"
""":data:`SLUG_PATTERN` as ``re.match`` in :func:`_check_slug` reads it, for the core's engine:
Python's ``$`` also matches before a final line break."""

NON_BLANK_PATTERN = r"[^\t\n\x0B\x0C\r\x1C-\x20\x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
"""Found in text that :func:`_check_text` accepts: a character Python's ``str.isspace`` does not
call white space. Spelt out because the core's ``\\s`` is a slightly different set."""


def _check_slug(value: str) -> str:
    if not _SLUG_RE.match(value):
        raise PydanticCustomError(
            "slug",
            "'{value}' is not a valid id: use lower-case letters, digits and single hyphens (e.g. 'pfp-1994')",
            {"value": value},
        )
    return value


def _check_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise PydanticCustomError(
            "web_url",
            "'{value}' is not a web address: links must start with http:// or https://",
            {"value": value},
        )
    return value


def _check_colour(value: str) -> str:
    if not _COLOUR_RE.match(value):
        raise PydanticCustomError(
            "colour", "'{value}' is not a colour: write it as #rrggbb (e.g. #1f77b4)", {"value": value}
        )
    return value


def _check_order(start: PartialDate, end: PartialDate | None) -> None:
    # Compare the widest readings: "1999" to "1999-03" is a valid span even though 1999 starts first.
    # As (year, month, day) tuples, which a quarter of a million spans compare much faster than
    # dates: an unknown last day reads as 31, which orders against any real day as the month's
    # last day does.
    if end is not None and (end.year, end.month or 12, end.day or 31) < (start.year, start.month or 1, start.day or 1):
        raise PydanticCustomError(
            "end_before_start",
            "the end ({end}) is before the start ({start})",
            {"end": str(end), "start": str(start)},
        )


def _check_text(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank_text", "this text must not be empty")
    return value


def _checked_text(core_pattern: str, check: Callable[[str], str]) -> GetPydanticSchema:
    """Text that must match ``core_pattern`` in JSON input and pass ``check`` in Python input."""

    def schema(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.json_or_python_schema(
            json_schema=core_schema.str_schema(pattern=core_pattern),
            python_schema=core_schema.no_info_after_validator_function(check, core_schema.str_schema()),
        )

    return GetPydanticSchema(schema)


def _text_json_schema(schema: JsonDict) -> None:
    # The published schema says what authors must write; the core's pattern is a detail.
    del schema["pattern"]
    schema["minLength"] = 1


Slug = Annotated[
    str,
    _checked_text(SLUG_CORE_PATTERN, _check_slug),
    Field(json_schema_extra={"pattern": SLUG_PATTERN}),
]
WebUrl = Annotated[
    str,
    AfterValidator(_check_url),
    Field(json_schema_extra={"pattern": "^https?://", "format": "uri"}),
]
Colour = Annotated[str, AfterValidator(_check_colour), Field(json_schema_extra={"pattern": "^#[0-9a-fA-F]{6}$"})]
Text = Annotated[str, _checked_text(NON_BLANK_PATTERN, _check_text), Field(json_schema_extra=_text_json_schema)]


class _Strict(BaseModel):
    """Unknown fields are errors: a typo in a field name must not silently drop data."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _no_default_shown(schema: JsonDict) -> None:
    del schema["default"]


def _empty_by_default(description: str | None = None) -> Any:
    """A list in an event that defaults to the (one, shared) empty tuple.

    Cheaper than ``default_factory``, which calls into Python for every absent list of every
    event. The schema shows no default, as it did when these were lists.
    """
    return Field(default=(), description=description, json_schema_extra=_no_default_shown)


_RECORD = ConfigDict(extra="forbid")
"""Config of the frozen, slotted dataclasses that every event is made of (dates, citations...).

A million events hold several million of these. As dataclasses with ``__slots__`` they carry
no instance dict and no ``__pydantic_fields_set__``: a fraction of a ``BaseModel``'s memory.
Unknown fields are errors here too. Every field is declared with ``Field()``, even when it
says nothing more: pydantic lists a ``kw_only`` dataclass's bare fields after the others in
the JSON Schema, and the published schema keeps the order the fields are written in.
"""


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class PointDate:
    """A single date, optionally marked approximate ("c. 1997") or uncertain ("1997?")."""

    on: PartialDate = Field(description="The date: YYYY, YYYY-MM or YYYY-MM-DD.")
    approximate: bool = Field(default=False, description="The date is roughly right (shown as 'c.').")
    uncertain: bool = Field(default=False, description="The sources are unsure of the date (shown with '?').")

    def earliest(self) -> PartialDate:
        return self.on

    def latest(self) -> PartialDate:
        return self.on


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class SpanDate:
    """A period with a start and, if known, an end (an open end means ongoing or not recorded)."""

    start: PartialDate = Field(description="First date of the period.")
    end: PartialDate | None = Field(default=None, description="Last date of the period; leave out if open.")
    approximate: bool = Field(default=False, description="The dates are roughly right (shown as 'c.').")
    uncertain: bool = Field(default=False, description="The sources are unsure of the dates.")

    @model_validator(mode="after")
    def _end_not_before_start(self) -> SpanDate:
        _check_order(self.start, self.end)
        return self

    def earliest(self) -> PartialDate:
        return self.start

    def latest(self) -> PartialDate:
        return self.end if self.end is not None else self.start


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class DateAlternative:
    """One of the dates the sources give for a contested event, with the sources that give it."""

    on: PartialDate = Field(description="The date this group of sources gives.")
    sources: list[Slug] = Field(min_length=1, description="Ids of the sources that give this date.")
    note: str | None = Field(default=None, description="How the sources phrase it, or why it differs.")


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class ContestedDate:
    """The sources disagree: two or more alternative dates, each with its sources."""

    alternatives: list[DateAlternative] = Field(
        min_length=2, description="At least two dates, each with the sources that give it."
    )
    note: str | None = Field(default=None, description="What is known about the disagreement.")

    def earliest(self) -> PartialDate:
        return min((a.on for a in self.alternatives), key=PartialDate.sort_key)

    def latest(self) -> PartialDate:
        return max((a.on for a in self.alternatives), key=lambda d: d.latest())


def _date_kind(value: Any) -> str | None:
    """Pick the date shape from the JSON so errors talk about that shape only."""
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        if "alternatives" in value:
            return "contested"
        if "start" in value:
            return "span"
        if "on" in value:
            return "point"
        return None
    if isinstance(value, (PartialDate, PointDate, SpanDate, ContestedDate)):
        return {
            PartialDate: "text",
            PointDate: "point",
            SpanDate: "span",
            ContestedDate: "contested",
        }[type(value)]
    return None


DATE_SHAPE_TAGS = frozenset({"text", "point", "span", "contested"})
"""The union tags pydantic puts in error locations; the loader drops them from JSON paths."""

EventDate = Annotated[
    Annotated[PartialDate, Tag("text")]
    | Annotated[PointDate, Tag("point")]
    | Annotated[SpanDate, Tag("span")]
    | Annotated[ContestedDate, Tag("contested")],
    Discriminator(
        _date_kind,
        custom_error_type="date_shape",
        custom_error_message=(
            "a date must be text like '1994-05-04', or an object with 'on', 'start' or 'alternatives'"
        ),
    ),
]


def as_shape(date: EventDate) -> PointDate | SpanDate | ContestedDate:
    """Normalise the short text form to a :class:`PointDate`."""
    return PointDate(on=date) if isinstance(date, PartialDate) else date


def date_bounds(date: EventDate) -> tuple[dt.date, dt.date]:
    """The first and last day the event could touch, whatever its shape and precision."""
    if isinstance(date, PartialDate):
        return date.earliest(), date.latest()
    return date.earliest().earliest(), date.latest().latest()


# --------------------------------------------------------------------------------------
# Reference data: categories, people, sources
# --------------------------------------------------------------------------------------


class Category(_Strict):
    id: Slug
    label: Text = Field(description="Name shown in the legend and on the lane.")
    colour: Colour = Field(description="Colour of the lane and its events, #rrggbb.")
    description: str | None = None


class Person(_Strict):
    id: Slug
    name: Text = Field(description="Full name as the sources write it.")
    role: Text = Field(description="Role at the time of the quotes, e.g. 'President of Azerbaijan'.")
    note: str | None = None


class SourceKind(enum.StrEnum):
    OFFICIAL_PAGE = "official_page"
    PRESS_RELEASE = "press_release"
    TRANSCRIPT = "transcript"
    NEWS_REPORT = "news_report"
    INTERVIEW = "interview"
    ENCYCLOPEDIA = "encyclopedia"
    BOOK = "book"
    JOURNAL_ARTICLE = "journal_article"
    ANALYSIS = "analysis"
    VIDEO = "video"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


class Source(_Strict):
    id: Slug
    kind: SourceKind
    title: Text = Field(description="Title of the page, article or document.")
    publisher: str | None = Field(default=None, description="Outlet or publishing body.")
    author: str | None = None
    published: PartialDate | None = Field(default=None, description="Publication date, as precise as known.")
    url: WebUrl | None = None
    archived_url: WebUrl | None = Field(default=None, description="A web archive copy of the page.")
    language: str | None = Field(default=None, description="Language of the source (BCP 47, e.g. 'en').")
    accessed: PartialDate | None = Field(default=None, description="When the source was read.")
    note: str | None = Field(default=None, description="Caveats, e.g. how a title or date was inferred.")


# --------------------------------------------------------------------------------------
# Quotes, citations, events
# --------------------------------------------------------------------------------------


class Quote(_Strict):
    """Words spoken or written by a person, verbatim, with where we read them."""

    id: Slug
    text: Text = Field(description="The words, verbatim, without surrounding quotation marks.")
    speaker: Slug = Field(description="Id of the person who said it.")
    said: PartialDate | None = Field(default=None, description="When the words were said.")
    occasion: str | None = Field(default=None, description="Where and on what occasion.")
    source: Slug = Field(description="Id of the source the words are taken from.")
    role: str | None = Field(default=None, description="The speaker's role then, if not the person's usual role.")
    verified: bool = Field(
        default=True,
        description="False when the words could not be checked against the original; say why in 'note'.",
    )
    note: str | None = Field(default=None, description="E.g. 'not checked against the official transcript'.")


class Stance(enum.StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class Citation:
    source: Slug = Field(description="Id of the cited source.")
    excerpt: str | None = Field(default=None, description="The passage that supports or contradicts the claim.")
    locator: str | None = Field(default=None, description="Where in the source: page, section, paragraph.")
    stance: Stance = Field(default=Stance.SUPPORTS, description="Whether the source supports or contradicts.")


class ConfidenceLevel(enum.StrEnum):
    # Declared from most to least sure; `rank` follows that order. (A docstring here would
    # become the schema's description of the field.)
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def rank(self) -> int:
        """0 for the surest level, so sorting by rank puts high confidence first."""
        return list(ConfidenceLevel).index(self)


class ClaimStatus(enum.StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    UNVERIFIED = "unverified"
    CONTRADICTED = "contradicted"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-")


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class Confidence:
    level: ConfidenceLevel = Field()
    status: ClaimStatus = Field(
        default=ClaimStatus.CORROBORATED, description="What the sources as a whole do for the event."
    )
    note: str | None = Field(default=None, description="Provenance: where the facts come from and how sure.")


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class Claim:
    """A statement inside an event whose standing differs from the event's (e.g. a figure only one report gives)."""

    text: Text = Field(description="The claim, in our words, or quoted with its source named.")
    status: ClaimStatus = Field()
    note: str | None = Field(default=None, description="Why it has this status.")
    citations: tuple[Citation, ...] = _empty_by_default()


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class KeyFigure:
    label: Text = Field()
    value: Text = Field(description="The figure as the sources give it, e.g. '120' or 'about 45'.")
    note: str | None = Field(default=None)


@dataclass(frozen=True, slots=True, kw_only=True, config=_RECORD)
class Event:
    id: Slug = Field(description="Stable id used in links and settings; never reuse one.")
    title: Text = Field()
    summary: Text = Field(description="What happened, in our own words. Plain text; HTML is shown as typed.")
    date: EventDate = Field()
    category: Slug = Field(description="Id of a category.")
    location: str | None = Field(default=None)
    key_figures: tuple[KeyFigure, ...] = _empty_by_default()
    citations: tuple[Citation, ...] = _empty_by_default()
    quotes: tuple[Slug, ...] = _empty_by_default("Ids of quotes about this event.")
    claims: tuple[Claim, ...] = _empty_by_default()
    confidence: Confidence = Field()
    related: tuple[Slug, ...] = _empty_by_default("Ids of related events.")
    context: bool = Field(
        default=False, description="True for background events that are not actions of the timeline's subjects."
    )
    framing: bool = Field(
        default=False,
        description="True for an event deliberately outside the timeline's range, e.g. the occasion of its quotes.",
    )


class Period(_Strict):
    """A background band, e.g. the years a mission ran."""

    id: Slug
    label: Text
    start: PartialDate
    end: PartialDate | None = None
    note: str | None = None
    citations: list[Citation] = Field(default_factory=list)

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Period:
        _check_order(self.start, self.end)
        return self


class ViewRange(_Strict):
    start: PartialDate
    end: PartialDate

    @model_validator(mode="after")
    def _end_not_before_start(self) -> ViewRange:
        _check_order(self.start, self.end)
        return self


class Timeline(_Strict):
    """A whole timeline file."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"title": "Timeline Viewer timeline file"},
    )

    schema_: str | None = Field(
        default=None, alias="$schema", description="Optional link to the JSON Schema, for editors."
    )
    format: Literal["timeline-viewer"] = Field(description="Always 'timeline-viewer'.")
    format_version: int = Field(description=f"Version of the file format; this app reads up to {FORMAT_VERSION}.")
    title: Text
    description: str | None = None
    language: str = Field(default="en", description="Language of the text (BCP 47, e.g. 'en').")
    license: str | None = Field(default=None, description="Licence of the data.")
    credits: str | None = Field(default=None, description="Who compiled the data, and from what.")
    view: ViewRange = Field(description="The range shown when the file opens; events outside it are warned about.")
    categories: list[Category] = Field(min_length=1)
    people: list[Person] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    # The loader validates a large file's events apart from the rest of it (see loading.py):
    # a check that looks across events belongs in integrity.py, not in a validator here.
    events: list[Event] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list, description="Background bands, e.g. missions.")

    @field_validator("format_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value < 1:
            raise PydanticCustomError("format_version", "format version {value} does not exist", {"value": value})
        if value > FORMAT_VERSION:
            raise PydanticCustomError(
                "format_version_newer",
                "this file uses format version {value}, newer than this app reads ({known}); "
                "update Timeline Viewer to open it",
                {"value": value, "known": FORMAT_VERSION},
            )
        return value
