"""The timeline file format, as pydantic v2 models.

These models are the single definition of the format: the loader validates files
with them and ``resources/schema/timeline.schema.json`` is generated from them.
Field descriptions end up in the schema, so editors show them while authors type.
The records an event is made of are msgspec structs that pydantic validates like any
model (see :class:`Record`), so that a million events load in a few seconds.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import itertools
import re
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, Union, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

import msgspec
from msgspec import Meta
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
from pydantic_core import PydanticCustomError, core_schema

from timeline_app.domain.dates import DateValue, PartialDate

if TYPE_CHECKING:
    from pydantic.config import JsonDict

FORMAT_NAME = "timeline-viewer"
FORMAT_VERSION = 2
"""The newest format version this build reads and the one it writes. Bump it when files of the new
version may hold what an older build refuses, so that build says "update" instead of listing errors.

Version 2 added dates before AD 1 and beyond 9999, the confidence level ``not_assessed``, and
events without a summary and people without a role. Version 1 files read as they are."""

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG_RE = re.compile(SLUG_PATTERN)
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")

# Ids and text: pydantic-core's own regex engine checks them in JSON input (how the loader's
# fast path reads everything but the events), and Python input (the loader's careful path,
# which exists to word every problem) goes through the checks below, which keep their exact
# messages. The events' records are checked in bulk by `follows_text_rules`. All must accept
# exactly the same text; tests hold them to that.

NON_BLANK_PATTERN = r"[^\t\n\x0B\x0C\r\x1C-\x20\x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]"
"""Found in text that :func:`_check_text` accepts: a character Python's ``str.isspace`` does not
call white space. Spelt out because the core's ``\\s`` is a slightly different set."""


def is_slug(value: str) -> bool:
    return _SLUG_RE.fullmatch(value) is not None


def is_text(value: str) -> bool:
    """Not blank: holds a character that is not white space."""
    return bool(value.strip())


def _check_slug(value: str) -> str:
    if not is_slug(value):
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
    # The end is before the start when the day after its last possible day is no later than the
    # start's first possible day (both precomputed: a million events hold a quarter of a million spans).
    if end is not None and end.days[1] <= start.days[0]:
        raise PydanticCustomError(
            "end_before_start",
            "the end ({end}) is before the start ({start})",
            {"end": str(end), "start": str(start)},
        )


def _check_text(value: str) -> str:
    if not is_text(value):
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


_SLUG_RULE = _checked_text(SLUG_PATTERN, _check_slug)
_REFERENCE_RULE = _checked_text(SLUG_PATTERN, _check_slug)
_TEXT_RULE = _checked_text(NON_BLANK_PATTERN, _check_text)

Slug = Annotated[str, _SLUG_RULE, Field(json_schema_extra={"pattern": SLUG_PATTERN})]
"""The id of a category, person, source, quote, event or period."""
Ref = Annotated[str, _REFERENCE_RULE, Field(json_schema_extra={"pattern": SLUG_PATTERN})]
"""A reference to an id: the same rule as :data:`Slug` (its own object, so the bulk checks can tell them apart)."""
WebUrl = Annotated[
    str,
    AfterValidator(_check_url),
    Field(json_schema_extra={"pattern": "^https?://", "format": "uri"}),
]
Colour = Annotated[str, AfterValidator(_check_colour), Field(json_schema_extra={"pattern": "^#[0-9a-fA-F]{6}$"})]
Text = Annotated[str, _TEXT_RULE, Field(json_schema_extra=_text_json_schema)]


class _Strict(BaseModel):
    """Unknown fields are errors: a typo in a field name must not silently drop data."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Record(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Base of the small immutable records every event is made of (dates, citations, the event itself).

    A million events hold several million records, so they are msgspec structs: a loaded file's
    events are decoded straight into them in about a third of the time pydantic takes to
    build the same objects (see ``loading.py``), and, untracked by the cycle collector, they
    are smaller than pydantic dataclasses and never walked by a collection. Unknown fields
    are errors, as everywhere in the format.

    pydantic still defines what a valid record is: :meth:`__get_pydantic_core_schema__` turns
    the fields into a pydantic schema, so the loader's careful path, its messages and the
    published JSON Schema treat records like every other model. Declare a field's description
    and length limits with ``msgspec.Meta`` (both sides read it) and its text rules with
    :data:`Slug` or :data:`Text`.
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        hints = get_type_hints(cls, include_extras=True)
        fields: dict[str, core_schema.TypedDictField] = {}
        for field in msgspec.structs.fields(cls):
            annotation, description = _for_pydantic(hints[field.name])
            schema = handler.generate_schema(annotation)
            if not field.required:
                schema = core_schema.with_default_schema(schema, default=field.default)
            # On the field rather than its type: a type's own description (a date's) would win.
            shown_on_field = {"pydantic_js_updates": {"description": description}} if description else None
            fields[field.name] = core_schema.typed_dict_field(schema, required=field.required, metadata=shown_on_field)
        shown = {"title": cls.__name__}
        if cls.__doc__:
            shown["description"] = inspect.cleandoc(cls.__doc__)
        checked = core_schema.typed_dict_schema(
            fields,
            extra_behavior="forbid",
            ref=f"{cls.__module__}.{cls.__qualname__}",
            metadata={"pydantic_js_updates": shown},
        )
        names = cls.__struct_fields__
        # The struct's own __init__ runs __post_init__: the same checks as the fast decoder.
        built = core_schema.no_info_after_validator_function(lambda values: cls(**values), checked)
        return core_schema.json_or_python_schema(
            json_schema=built,
            # As pydantic takes its own models and dataclasses: an instance as it is.
            python_schema=core_schema.no_info_wrap_validator_function(
                lambda value, validate: value if type(value) is cls else validate(value), built
            ),
            serialization=core_schema.wrap_serializer_function_ser_schema(
                lambda record, as_fields: as_fields({name: getattr(record, name) for name in names}),
                schema=checked,
            ),
        )


_META_UNSUPPORTED = ("gt", "ge", "lt", "le", "multiple_of", "pattern", "max_length", "tz")
"""``msgspec.Meta`` checks that :func:`_for_pydantic` does not pass on to pydantic."""


def _for_pydantic(annotation: Any) -> tuple[Any, str | None]:
    """A record field's annotation with its ``msgspec.Meta`` restated for pydantic, and its description."""
    if get_origin(annotation) is not Annotated:
        inner, extras = annotation, []
    else:
        inner, *extras = get_args(annotation)
    if _holds_meta(inner):
        raise TypeError(f"{annotation!r}: put msgspec.Meta on the field itself, where pydantic is told of it")
    if not extras:
        return annotation, None
    translated: list[Any] = []
    description = None
    for extra in extras:
        if isinstance(extra, msgspec.Meta):
            unsupported = [name for name in _META_UNSUPPORTED if getattr(extra, name) is not None]
            if unsupported:
                # Both sides must check the same: a one-sided rule would let the two paths disagree.
                raise TypeError(f"msgspec.Meta({', '.join(unsupported)}) is not passed on to pydantic")
            description = extra.description
            if extra.min_length is not None:
                translated.append(Field(min_length=extra.min_length))
        else:
            translated.append(extra)
    return (Annotated[(inner, *translated)] if translated else inner), description


def _holds_meta(annotation: Any) -> bool:
    metadata = annotation.__metadata__ if get_origin(annotation) is Annotated else ()
    return any(isinstance(m, msgspec.Meta) for m in metadata) or any(map(_holds_meta, get_args(annotation)))


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


class PointDate(Record, DateValue, frozen=True, kw_only=True):
    """A single date, optionally marked approximate ("c. 1997") or uncertain ("1997?")."""

    on: Annotated[PartialDate, Meta(description="The date: YYYY, YYYY-MM or YYYY-MM-DD.")]
    approximate: Annotated[bool, Meta(description="The date is roughly right (shown as 'c.').")] = False
    uncertain: Annotated[bool, Meta(description="The sources are unsure of the date (shown with '?').")] = False

    def earliest(self) -> PartialDate:
        return self.on

    def latest(self) -> PartialDate:
        return self.on


class SpanDate(Record, DateValue, frozen=True, kw_only=True):
    """A period with a start and, if known, an end (an open end means ongoing or not recorded)."""

    start: Annotated[PartialDate, Meta(description="First date of the period.")]
    end: Annotated[PartialDate | None, Meta(description="Last date of the period; leave out if open.")] = None
    approximate: Annotated[bool, Meta(description="The dates are roughly right (shown as 'c.').")] = False
    uncertain: Annotated[bool, Meta(description="The sources are unsure of the dates.")] = False

    def __post_init__(self) -> None:
        _check_order(self.start, self.end)

    def earliest(self) -> PartialDate:
        return self.start

    def latest(self) -> PartialDate:
        return self.end if self.end is not None else self.start


class DateAlternative(Record, frozen=True, kw_only=True):
    """One of the dates the sources give for a contested event, with the sources that give it."""

    on: Annotated[PartialDate, Meta(description="The date this group of sources gives.")]
    sources: Annotated[tuple[Ref, ...], Meta(min_length=1, description="Ids of the sources that give this date.")]
    note: Annotated[str | None, Meta(description="How the sources phrase it, or why it differs.")] = None


class ContestedDate(Record, DateValue, frozen=True, kw_only=True):
    """The sources disagree: two or more alternative dates, each with its sources."""

    alternatives: Annotated[
        tuple[DateAlternative, ...],
        Meta(min_length=2, description="At least two dates, each with the sources that give it."),
    ]
    note: Annotated[str | None, Meta(description="What is known about the disagreement.")] = None

    def earliest(self) -> PartialDate:
        return min((a.on for a in self.alternatives), key=PartialDate.sort_key)

    def latest(self) -> PartialDate:
        return max((a.on for a in self.alternatives), key=lambda d: d.end_day)


DATE_SHAPES: dict[str, type[PartialDate | PointDate | SpanDate | ContestedDate]] = {
    "text": PartialDate,
    "point": PointDate,
    "span": SpanDate,
    "contested": ContestedDate,
}


def date_kind(value: Any) -> str | None:
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
    return next((tag for tag, shape in DATE_SHAPES.items() if type(value) is shape), None)


DATE_SHAPE_TAGS = frozenset(DATE_SHAPES)
"""The union tags pydantic puts in error locations; the loader drops them from JSON paths."""

_DATE_UNION = Annotated[
    Annotated[PartialDate, Tag("text")]
    | Annotated[PointDate, Tag("point")]
    | Annotated[SpanDate, Tag("span")]
    | Annotated[ContestedDate, Tag("contested")],
    Discriminator(
        date_kind,
        custom_error_type="date_shape",
        custom_error_message=(
            "a date must be text like '1994-05-04', or an object with 'on', 'start' or 'alternatives'"
        ),
    ),
]


_EVENT_DATE_SCHEMA = GetPydanticSchema(lambda _source, handler: handler(_DATE_UNION))

if TYPE_CHECKING:
    EventDate: TypeAlias = PartialDate | PointDate | SpanDate | ContestedDate
else:
    # pydantic validates the union above. The fast decoder cannot pick between records by
    # their keys, so it sees their common base and hands each date to the loader's hook.
    EventDate = Annotated[DateValue, _EVENT_DATE_SCHEMA]


def as_shape(date: EventDate) -> PointDate | SpanDate | ContestedDate:
    """Normalise the short text form to a :class:`PointDate`."""
    return PointDate(on=date) if isinstance(date, PartialDate) else date


def date_bounds(date: EventDate) -> tuple[float, float]:
    """The first day the event could touch and the day after the last, whatever its shape and precision.

    In days since 1970-01-01 (see :mod:`timeline_app.domain.dates`).
    """
    if isinstance(date, PartialDate):
        return date.first_day, date.end_day
    return date.earliest().first_day, date.latest().end_day


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
    role: Text | None = Field(
        default=None, description="Role at the time of the quotes, e.g. 'President of Azerbaijan'."
    )
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
    speaker: Ref = Field(description="Id of the person who said it.")
    said: PartialDate | None = Field(default=None, description="When the words were said.")
    occasion: str | None = Field(default=None, description="Where and on what occasion.")
    source: Ref = Field(description="Id of the source the words are taken from.")
    role: str | None = Field(default=None, description="The speaker's role then, if not the person's usual role.")
    verified: bool = Field(
        default=True,
        description="False when the words could not be checked against the original; say why in 'note'.",
    )
    note: str | None = Field(default=None, description="E.g. 'not checked against the official transcript'.")


class Stance(enum.StrEnum):
    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"


class Citation(Record, frozen=True, kw_only=True):
    source: Annotated[Ref, Meta(description="Id of the cited source.")]
    excerpt: Annotated[str | None, Meta(description="The passage that supports or contradicts the claim.")] = None
    no_excerpt_reason: Annotated[
        str | None,
        Meta(description="Why no excerpt is given (e.g. the source was read only in summary); shown in its place."),
    ] = None
    locator: Annotated[str | None, Meta(description="Where in the source: page, section, paragraph.")] = None
    stance: Annotated[Stance, Meta(description="Whether the source supports or contradicts.")] = Stance.SUPPORTS


class ConfidenceLevel(enum.StrEnum):
    # Declared from most to least sure; `rank` follows that order. NOT_ASSESSED is for events
    # nobody has judged yet, e.g. those imported from another tool's file, which records no
    # confidence. (A docstring here would become the schema's description of the field.)
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NOT_ASSESSED = "not_assessed"

    @property
    def label(self) -> str:
        """``High``, ``Medium``, ``Low``, ``Not assessed``: the list's confidence column."""
        return self.value.replace("_", " ").capitalize()

    @property
    def description(self) -> str:
        """``High confidence``, ``Confidence not assessed``: menus and the detail pane's badge."""
        return "Confidence not assessed" if self is ConfidenceLevel.NOT_ASSESSED else f"{self.label} confidence"

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


class Confidence(Record, frozen=True, kw_only=True):
    level: ConfidenceLevel
    status: Annotated[ClaimStatus, Meta(description="What the sources as a whole do for the event.")] = (
        ClaimStatus.CORROBORATED
    )
    note: Annotated[str | None, Meta(description="Provenance: where the facts come from and how sure.")] = None


class Claim(Record, frozen=True, kw_only=True):
    """A statement inside an event whose standing differs from the event's (e.g. a figure only one report gives)."""

    text: Annotated[Text, Meta(description="The claim, in our words, or quoted with its source named.")]
    status: ClaimStatus
    note: Annotated[str | None, Meta(description="Why it has this status.")] = None
    citations: tuple[Citation, ...] = ()


class KeyFigure(Record, frozen=True, kw_only=True):
    label: Text
    value: Annotated[Text, Meta(description="The figure as the sources give it, e.g. '120' or 'about 45'.")]
    note: str | None = None


class Event(Record, frozen=True, kw_only=True):
    id: Annotated[Slug, Meta(description="Stable id used in links and settings; never reuse one.")]
    title: Text
    summary: Annotated[
        Text | None,
        Meta(description="What happened, in our own words. Plain text; HTML is shown as typed."),
    ] = None
    date: EventDate
    category: Annotated[Ref, Meta(description="Id of a category.")]
    location: str | None = None
    key_figures: tuple[KeyFigure, ...] = ()
    citations: tuple[Citation, ...] = ()
    quotes: Annotated[tuple[Ref, ...], Meta(description="Ids of quotes about this event.")] = ()
    claims: tuple[Claim, ...] = ()
    confidence: Confidence
    related: Annotated[tuple[Ref, ...], Meta(description="Ids of related events.")] = ()
    context: Annotated[
        bool, Meta(description="True for background events that are not actions of the timeline's subjects.")
    ] = False
    framing: Annotated[
        bool,
        Meta(
            description="True for an event deliberately outside the timeline's range, e.g. the occasion of its quotes."
        ),
    ] = False


# --------------------------------------------------------------------------------------
# The text rules, checked in bulk
# --------------------------------------------------------------------------------------


def follows_text_rules(events: Sequence[Event], gathered: Mapping[str, list[str]] | None = None) -> bool:
    """Whether every :data:`Slug` and :data:`Text` field of these events (and their records) is valid.

    The loader's fast decoder checks types, shapes, dates and lengths as it builds records,
    but not these two rules: a call into Python for each of the millions of ids and texts in
    a large file would double its time. This applies them field by field over all records of
    a kind, which is several times faster. Which fields to check is read from the records'
    annotations, so a new field declared as :data:`Slug` or :data:`Text` is checked too.

    References (:data:`Ref`) are left out: a reference must name an id that exists, whose
    text has been checked where it is declared, and the loader's cross-checks refuse one
    that does not. So a timeline that passes both has valid references.

    ``gathered``: the values of some of the events' own fields, in event order, where the
    caller has them already (the columns hold every id and title).
    """
    return _follow(Event, events, gathered or {})


def _follow(kind: type[Record], records: Sequence[Record], gathered: Mapping[str, list[str]]) -> bool:
    rules = _text_rules(kind)
    for name, many, optional, all_pass in rules.values:
        known = gathered.get(name)
        if not all_pass(_field_values(records, name, many, optional) if known is None else known):
            return False
    for name, many, optional, kinds, mixed in rules.records:
        values = _field_values(records, name, many, optional)
        for sub in kinds:
            subset = [v for v in values if type(v) is sub] if mixed else values
            if subset and not _follow(sub, subset, {}):
                return False
    return True


def _field_values(records: Sequence[Record], name: str, many: bool, optional: bool) -> list[Any]:
    values: Iterable[Any] = map(attrgetter(name), records)
    if many:
        if optional:
            values = (v for v in values if v is not None)
        values = itertools.chain.from_iterable(values)
    return [v for v in values if v is not None] if optional else list(values)


_SLUG_CHARACTERS = re.compile(r"[a-z0-9\n-]*")


def all_slugs(values: list[str]) -> bool:
    """Whether every value is a valid id, as :func:`is_slug` has it, for a million values at once.

    One line per value, and the joined text is checked with C-speed scans: an id is one or
    more of ``a-z``, ``0-9`` and ``-``, neither starting nor ending with ``-``, without ``--``.
    A regular expression per value takes ten times as long.
    """
    if not values:
        return True
    lines = "\n".join(values)
    return (
        lines.count("\n") == len(values) - 1  # no value holds a line break itself
        and _SLUG_CHARACTERS.fullmatch(lines) is not None
        and lines != ""  # the only value is empty
        and not lines.startswith(("-", "\n"))
        and not lines.endswith(("-", "\n"))
        and all(bad not in lines for bad in ("--", "\n-", "-\n", "\n\n"))
    )


def all_texts(values: list[str]) -> bool:
    """Whether every value holds something other than white space, as :func:`is_text` has it."""
    return all(map(str.strip, values))


@dataclasses.dataclass(frozen=True)
class _TextRules:
    values: tuple[tuple[str, bool, bool, Callable[[list[str]], bool]], ...]
    """(field, holds a list, may hold None, check) for each id or text field."""
    records: tuple[tuple[str, bool, bool, tuple[type[Record], ...], bool], ...]
    """(field, holds a list, may hold None, record kinds to check, holds other kinds too) for fields holding records."""


@functools.cache
def _text_rules(kind: type[Record]) -> _TextRules:
    values: list[tuple[str, bool, bool, Callable[[list[str]], bool]]] = []
    records: list[tuple[str, bool, bool, tuple[type[Record], ...], bool]] = []
    for name, annotation in get_type_hints(kind, include_extras=True).items():
        item, rules, many, optional = _field_shape(annotation)
        if _SLUG_RULE in rules:
            values.append((name, many, optional, all_slugs))
            continue
        if _TEXT_RULE in rules:
            values.append((name, many, optional, all_texts))
            continue
        possible: tuple[type[Record], ...]
        if _EVENT_DATE_SCHEMA in rules:
            possible = tuple(shape for shape in DATE_SHAPES.values() if issubclass(shape, Record))
        elif isinstance(item, type) and issubclass(item, Record):
            possible = (item,)
        elif _mentions_rules(annotation):
            # A checked field in a shape this walk does not read would go unchecked on the fast path.
            raise TypeError(f"{kind.__name__}.{name}: the bulk text checks cannot read {annotation!r}")
        else:
            continue
        kinds = tuple(k for k in possible if _needs_checking(k))
        if kinds:
            records.append((name, many, optional, kinds, kinds != possible or len(possible) > 1))
    return _TextRules(tuple(values), tuple(records))


def _needs_checking(kind: type[Record]) -> bool:
    rules = _text_rules(kind)
    return bool(rules.values or rules.records)


def _field_shape(annotation: Any) -> tuple[Any, tuple[Any, ...], bool, bool]:
    """What a field holds: its item type, the metadata of every ``Annotated`` around it
    (where :data:`Slug` and :data:`Text` keep their rule), whether it holds a list, and
    whether the field or its items may be None."""
    rules: list[Any] = []
    many = optional = False
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation, *metadata = get_args(annotation)
            rules += metadata
        elif origin in (Union, types.UnionType):
            kept = [a for a in get_args(annotation) if a is not type(None)]
            optional = optional or len(kept) < len(get_args(annotation))
            if len(kept) != 1:
                break  # a choice between several types: read as it is
            annotation = kept[0]
        elif origin in (tuple, list) and not many and (origin is list or get_args(annotation)[1:] == (...,)):
            annotation, many = get_args(annotation)[0], True
        else:
            break
    return annotation, tuple(rules), many, optional


def _mentions_rules(annotation: Any) -> bool:
    """Whether a text rule or a record appears anywhere inside ``annotation``."""
    if annotation in (_SLUG_RULE, _TEXT_RULE) or (isinstance(annotation, type) and issubclass(annotation, Record)):
        return True
    metadata = annotation.__metadata__ if get_origin(annotation) is Annotated else ()
    return any(map(_mentions_rules, (*get_args(annotation), *metadata)))


class Period(_Strict):
    """A background band, e.g. the years a mission ran."""

    id: Slug
    label: Text
    start: PartialDate
    end: PartialDate | None = Field(
        default=None,
        description="Last date of the period; leave it out while the period goes on (the band reaches the end of "
        "the timeline).",
    )
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
