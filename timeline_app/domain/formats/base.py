"""What every reader of another tool's file shares: building a timeline of ours from its parts.

A reader (TimelineJS JSON or CSV, Timeline XML) walks the foreign file and tells a
:class:`DocumentBuilder` what it found: categories, people, sources, quotes, events and
periods, each with the place in the file it came from (an :class:`Origin`). The builder
gives everything an id of our format, keeps the references straight, and, in
:meth:`DocumentBuilder.finish`, validates the result with the format's own models and
checks, so an imported timeline is held to exactly the rules of a file of ours, and can be
saved as one.

What the foreign file says that our format cannot keep is a *warning* located in that
file (line and column; for a CSV the line its row starts on and the column of the cell);
a file that is no timeline at all is *refused* with a message that says what was expected.
Imported events were judged by nobody: their confidence is "not assessed" and their status
"unverified", with a note naming the file they came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, NoReturn
from urllib.parse import unquote, urlsplit

from pydantic import ValidationError

from timeline_app.domain.colours import CATEGORY_PALETTE
from timeline_app.domain.columns import event_columns
from timeline_app.domain.dates import FURTHEST_YEAR, PartialDate, calendar_day
from timeline_app.domain.integrity import NO_SOURCE, TimelineParts, check_timeline
from timeline_app.domain.loading import FileFormat, LoadedTimeline, sha256_of
from timeline_app.domain.model import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ClaimStatus,
    ConfidenceLevel,
    SourceKind,
    Timeline,
    ViewRange,
    is_slug,
)
from timeline_app.domain.problems import Problem, Severity, TimelineLoadError
from timeline_app.domain.text import fold

PALETTE = CATEGORY_PALETTE
"""Colours for categories the file gives none: eight that readers with any common colour vision tell apart
(see :data:`~timeline_app.domain.colours.CATEGORY_PALETTE`)."""

MAX_ID_LENGTH = 48

VIEW_MARGIN = 0.02
"""Of the years an imported timeline spans, the share its view adds on each side (when the file chose none)."""

_URL_SCHEMES = ("http://", "https://")
_SPACE = re.compile(r"\s")
_COLOUR = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_RGB = re.compile(r"\(?\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)?")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where something came from in the file being read: 1-based line and column, and a path a reader can follow.

    ``path`` names the place in the file's own terms: ``events[3].start_date`` (JSON),
    ``row 5, Month`` (CSV), ``event 3, start`` (XML).
    """

    line: int
    column: int
    path: str = ""


START = Origin(1, 1)
"""The top of the file: where a problem of the whole file is reported."""


def slugify(text: str, fallback: str) -> str:
    """An id of our format made from ``text`` (``Ada Lovelace`` → ``ada-lovelace``), or ``fallback``."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(words) > MAX_ID_LENGTH:
        words = words[:MAX_ID_LENGTH].rsplit("-", 1)[0] or words[:MAX_ID_LENGTH]
    return words if words and is_slug(words) else fallback


def is_web_url(text: str | None) -> bool:
    """Whether ``text`` is a link the format accepts as a source's URL (http or https, a host name, no spaces)."""
    if not text or not text.startswith(_URL_SCHEMES) or _SPACE.search(text):
        return False
    try:
        return bool(urlsplit(text).hostname)
    except ValueError:  # e.g. "http://[::1": not an address at all
        return False


def link_title(url: str, limit: int = 80) -> str:
    """A name for a page a file names by its address only: ``example.org/a/b?c``; never empty.

    For a source's title, which the format requires: the host and path read better than the
    whole address, and say no more than the address does.
    """
    try:
        parts = urlsplit(url)
        label = (parts.hostname or "").removeprefix("www.") + unquote(parts.path).rstrip("/")
        if parts.query:
            label += "?" + parts.query
    except ValueError:
        label = ""
    label = label.strip() or url.strip() or "link"
    return label if len(label) <= limit else label[: limit - 1] + "…"


def parse_colour(text: str | None) -> str | None:
    """``#rrggbb`` from ``#rgb``, ``#rrggbb``, ``rrggbb`` or ``r,g,b`` (0–255); ``None`` when it is none of these."""
    if not text:
        return None
    text = text.strip()
    match = _COLOUR.fullmatch(text)
    if match is not None:
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return f"#{digits.lower()}"
    match = _RGB.fullmatch(text)
    if match is not None:
        channels = [int(c) for c in match.groups()]
        if all(c <= 255 for c in channels):
            return "#" + "".join(f"{c:02x}" for c in channels)
    return None


def unused_label(labels: Sequence[str], taken: set[str]) -> str:
    """The first of ``labels`` that no category of the file uses (``taken``: their labels, casefolded), else
    the last of them numbered: the label for the category of events the file puts in none."""
    for label in labels:
        if label.casefold() not in taken:
            return label
    number = 2
    while f"{labels[-1]} {number}".casefold() in taken:
        number += 1
    return f"{labels[-1]} {number}"


@dataclass
class _Ids:
    used: set[str] = field(default_factory=set)
    next_number: dict[str, int] = field(default_factory=dict)
    """Per wanted id, the suffix to try next: many items of one title get -2, -3… without a search from -2 each."""

    def take(self, wanted: str) -> str:
        candidate, number = wanted, self.next_number.get(wanted, 2)
        while candidate in self.used:
            suffix = f"-{number}"
            candidate = wanted[: MAX_ID_LENGTH - len(suffix)].rstrip("-") + suffix
            number += 1
        self.next_number[wanted] = number
        self.used.add(candidate)
        return candidate


class DocumentBuilder:
    """Collects a timeline in our format from another tool's file, then validates it (:meth:`finish`).

    Everything is kept as the data our JSON files hold (dicts, lists, text), so what the
    builder makes is exactly what `timeline-app convert` writes and our loader reads.
    """

    def __init__(self, name: str, file_format: FileFormat) -> None:
        self.name = name
        """The name problems are reported under (the path as given)."""
        self.file_format = file_format
        self.title: str | None = None
        self.description: str | None = None
        self.credits: str | None = None
        self.view: tuple[str, str] | None = None
        """The range to open on, as our date texts; computed from the events when not set."""
        self.problems: list[Problem] = []
        self._categories: list[dict[str, Any]] = []
        self._category_keys: dict[str, str] = {}
        self._people: list[dict[str, Any]] = []
        self._person_keys: dict[tuple[str, str | None], str] = {}
        self._sources: list[dict[str, Any]] = []
        self._source_keys: dict[tuple[str, ...], str] = {}
        self._quotes: list[dict[str, Any]] = []
        self._quote_keys: dict[tuple[str, str, str], str] = {}
        self._events: list[dict[str, Any]] = []
        self._events_by_id: dict[str, dict[str, Any]] = {}
        self._relations: dict[str, dict[str, None]] = {}
        self._event_origins: list[Origin] = []
        self._periods: list[dict[str, Any]] = []
        self._period_origins: list[Origin] = []
        self._ids = {section: _Ids() for section in ("categories", "people", "sources", "quotes", "events", "periods")}
        self._default_category: str | None = None

    @property
    def file_label(self) -> str:
        """The file's own name, without its folders: how notes in the timeline name it."""
        return PurePath(self.name).name

    # -- problems -------------------------------------------------------------------------------

    def warn(self, origin: Origin, message: str) -> None:
        """Something in the file that the timeline cannot keep (or keeps differently): said, then read on."""
        self.problems.append(self._problem(origin, message, Severity.WARNING))

    def error(self, origin: Origin, message: str) -> None:
        """Something that makes the file unreadable: reading goes on to find the rest, then :meth:`finish` refuses."""
        self.problems.append(self._problem(origin, message, Severity.ERROR))

    def refuse(self, origin: Origin, message: str) -> NoReturn:
        """Stop reading: the file is not a timeline of this format (say what was expected in ``message``)."""
        raise TimelineLoadError(self.name, [self._problem(origin, message, Severity.ERROR)], self.file_format.label)

    def _problem(self, origin: Origin, message: str, severity: Severity) -> Problem:
        return Problem(self.name, origin.line, origin.column, origin.path, message, severity)

    # -- the parts ------------------------------------------------------------------------------

    def category(
        self, label: str, colour: str | None = None, *, key: str | None = None, description: str | None = None
    ) -> str:
        """The id of the category named ``label`` (one per ``key``, which defaults to the label), made on first use.

        ``colour`` as ``#rrggbb``; without one, the next colour of :data:`PALETTE`.
        """
        lookup = key if key is not None else label
        known = self._category_keys.get(lookup)
        if known is not None:
            return known
        category_id = self._ids["categories"].take(slugify(label, "category"))
        entry: dict[str, Any] = {
            "id": category_id,
            "label": label.strip() or category_id,
            "colour": colour or PALETTE[len(self._categories) % len(PALETTE)],
        }
        if description:
            entry["description"] = description
        self._categories.append(entry)
        self._category_keys[lookup] = category_id
        return category_id

    def default_category(self, label: str = "Ungrouped") -> str:
        """The one category for events the file puts in none."""
        if self._default_category is None:
            self._default_category = self.category(label, "#6F6F6F", key="\0default")
        return self._default_category

    def person(self, name: str, role: str | None = None) -> str:
        """The id of the person called ``name`` (with ``role``, if the file says it), made on first use."""
        lookup = (name.strip(), role.strip() if role else None)
        known = self._person_keys.get(lookup)
        if known is not None:
            return known
        person_id = self._ids["people"].take(slugify(name, "person"))
        entry: dict[str, Any] = {"id": person_id, "name": lookup[0]}
        if lookup[1]:
            entry["role"] = lookup[1]
        self._people.append(entry)
        self._person_keys[lookup] = person_id
        return person_id

    def source(
        self,
        title: str,
        *,
        url: str | None = None,
        publisher: str | None = None,
        kind: SourceKind = SourceKind.OTHER,
        note: str | None = None,
    ) -> str:
        """The id of a source: one per web address (or, without one, per title and publisher).

        ``url`` must be a web address (see :func:`is_web_url`); check it first and warn when it is not.
        """
        if url is not None and not is_web_url(url):
            raise ValueError(f"not a web address: {url!r}")
        lookup = ("url", url) if url else ("title", title.strip(), publisher or "")
        known = self._source_keys.get(lookup)
        if known is not None:
            return known
        source_id = self._ids["sources"].take(slugify(title, "source"))
        entry: dict[str, Any] = {"id": source_id, "kind": kind.value, "title": title.strip()}
        if publisher:
            entry["publisher"] = publisher.strip()
        if url:
            entry["url"] = url
        if note:
            entry["note"] = note
        self._sources.append(entry)
        self._source_keys[lookup] = source_id
        return source_id

    def archive(self, source_id: str, url: str) -> None:
        """Record a web archive's copy of a source (``url`` a web address, checked first)."""
        for entry in self._sources:
            if entry["id"] == source_id:
                entry.setdefault("archived_url", url)
                return

    def file_source(self) -> str:
        """The file being read, as a source: where a quote it gives without naming its origin was read."""
        label = self.file_format.label
        return self.source(
            self.file_label,
            note=f"The {label} file this timeline was read from; it does not name where it took this from.",
        )

    def quote(
        self,
        text: str,
        *,
        speaker: str,
        source: str,
        said: str | None = None,
        occasion: str | None = None,
        note: str | None = None,
    ) -> str:
        """A verbatim quote (``speaker``: a person id, ``source``: a source id); returns its id.

        The same words of the same speaker from the same source are one quote, however many
        events the file shows them with (as our format holds a quote that belongs to several).
        """
        lookup = (text.strip(), speaker, source)
        known = self._quote_keys.get(lookup)
        if known is not None:
            return known
        quote_id = self._ids["quotes"].take(slugify(text[:40], "quote"))
        self._quote_keys[lookup] = quote_id
        entry: dict[str, Any] = {"id": quote_id, "text": text.strip(), "speaker": speaker, "source": source}
        for key, value in (("said", said), ("occasion", occasion), ("note", note)):
            if value:
                entry[key] = value
        self._quotes.append(entry)
        return quote_id

    def event(
        self,
        origin: Origin,
        *,
        title: str,
        date: str | dict[str, Any],
        category: str,
        summary: str | None = None,
        key: str | None = None,
        citations: Iterable[str | dict[str, Any]] = (),
        quotes: Iterable[str] = (),
        location: str | None = None,
        notes: Iterable[str] = (),
    ) -> str:
        """Add an event; returns its id (made from ``key``, e.g. the file's own id, or else the title).

        ``date``: our format's date, as JSON data: ``"1994-05"`` (``str`` of a ``PartialDate``),
        ``{"on": "1997", "approximate": true}`` or ``{"start": "1999-09", "end": "2008"}``.
        ``citations``: source ids, or citations as our format writes them. ``notes``: what the
        reader should know about how the file gave the event (e.g. the date it displays),
        added to the event's provenance note.
        """
        wanted = slugify(key, "") if key else ""
        event_id = self._ids["events"].take(wanted or slugify(title, "event"))
        note = (
            f"Read from the {self.file_format.label} file “{self.file_label}”; "
            "nobody has checked it against its sources."
        )
        extra = [n.strip() for n in notes if n.strip()]
        entry: dict[str, Any] = {"id": event_id, "title": title.strip(), "date": date, "category": category}
        if summary and summary.strip():
            entry["summary"] = summary.strip()
        if location:
            entry["location"] = location
        cited = [{"source": c} if isinstance(c, str) else c for c in citations]
        if cited:
            entry["citations"] = _unique_citations(cited)
        quote_ids = list(dict.fromkeys(quotes))
        if quote_ids:
            entry["quotes"] = quote_ids
        entry["confidence"] = {
            "level": ConfidenceLevel.NOT_ASSESSED.value,
            "status": ClaimStatus.UNVERIFIED.value,
            "note": " ".join([note, *extra]),
        }
        self._events.append(entry)
        self._events_by_id[event_id] = entry
        self._event_origins.append(origin)
        return event_id

    def relate(self, event_id: str, others: Sequence[str]) -> None:
        """Link an event to others (both ways), e.g. a container and the events it holds."""
        for other in others:
            if other == event_id or other not in self._events_by_id or event_id not in self._events_by_id:
                continue
            # Dicts as ordered sets: a container of 80,000 events must not search a list per link.
            self._relations.setdefault(event_id, {})[other] = None
            self._relations.setdefault(other, {})[event_id] = None

    def period(self, origin: Origin, *, label: str, start: str, end: str | None = None, note: str | None = None) -> str:
        """A background band (an era); ``start`` and ``end`` as our date texts."""
        period_id = self._ids["periods"].take(slugify(label, "period"))
        entry: dict[str, Any] = {"id": period_id, "label": label.strip() or period_id, "start": start}
        if end is not None:
            entry["end"] = end
        if note:
            entry["note"] = note
        self._periods.append(entry)
        self._period_origins.append(origin)
        return period_id

    @property
    def event_count(self) -> int:
        return len(self._events)

    # -- the timeline ---------------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        """The timeline as our format's JSON data (the view is left out until :meth:`finish` knows it)."""
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "title": (self.title or "").strip() or PurePath(self.file_label).stem or "Untitled timeline",
        }
        for key, value in (("description", self.description), ("credits", self.credits)):
            if value and value.strip():
                document[key] = value.strip()
        if self.view is not None:
            document["view"] = {"start": self.view[0], "end": self.view[1]}
        for event_id, related in self._relations.items():
            self._events_by_id[event_id]["related"] = list(related)
        document["categories"] = self._categories or [{"id": "ungrouped", "label": "Ungrouped", "colour": "#6F6F6F"}]
        for key, items in (
            ("people", self._people),
            ("sources", self._sources),
            ("quotes", self._quotes),
            ("events", self._events),
            ("periods", self._periods),
        ):
            if items:
                document[key] = items
        return document

    def finish(self, raw: bytes) -> LoadedTimeline:
        """The timeline, validated as a file of ours would be; or :class:`TimelineLoadError` with every error found.

        Events and periods that the format refuses are reported at the place in the file
        they came from. So are the cross-checks' findings; of those, the events that cite no
        source (most events of most files made with other tools) are summed up in one warning.
        """
        has_errors = any(p.severity is Severity.ERROR for p in self.problems)
        if not self._events and not has_errors:
            # With errors, they say why nothing could be read; this would only repeat it.
            self.error(START, f"no events found: there is nothing to show from this {self.file_format.label} file")
        if any(p.severity is Severity.ERROR for p in self.problems):
            raise TimelineLoadError(self.name, _in_file_order(self.problems), self.file_format.label)
        document = self.document()
        chosen_view = document.get("view")
        document["view"] = {"start": "1970", "end": "1970"}  # replaced below, once the dates are read
        try:
            timeline = Timeline.model_validate(document)
        except ValidationError as exc:
            for error in exc.errors():
                self.error(self._origin_of(error["loc"]), f"cannot be read as a timeline event: {error['msg']}")
            raise TimelineLoadError(self.name, _in_file_order(self.problems), self.file_format.label) from None
        timeline = timeline.model_copy(update={"view": _view(timeline, chosen_view)})
        unsourced = 0
        for finding in check_timeline(TimelineParts.of(timeline)):
            if finding.message == NO_SOURCE:
                unsourced += 1
                continue

            self.problems.append(self._problem(self._origin_of(finding.path), finding.message, finding.severity))
        if unsourced:
            self.warn(START, _unsourced_message(unsourced, len(timeline.events)))
        if any(p.severity is Severity.ERROR for p in self.problems):
            raise TimelineLoadError(self.name, _in_file_order(self.problems), self.file_format.label)
        return LoadedTimeline(
            timeline, self.name, sha256_of(raw), len(raw), tuple(_in_file_order(self.problems)), self.file_format
        )

    def _origin_of(self, parts: Sequence[str | int]) -> Origin:
        if len(parts) >= 2 and isinstance(parts[1], int):
            if parts[0] == "events" and parts[1] < len(self._event_origins):
                return self._event_origins[parts[1]]
            if parts[0] == "periods" and parts[1] < len(self._period_origins):
                return self._period_origins[parts[1]]
        return START


def _unique_citations(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for citation in citations:
        key = tuple(sorted(citation.items()))
        if key not in seen:
            seen.add(key)
            unique.append(citation)
    return unique


def _view(timeline: Timeline, chosen: dict[str, str] | None) -> ViewRange:
    """Where an imported timeline opens: the range the file chose, widened to hold every event and period.

    Our format calls an event outside its range a mistake unless it is marked as framing,
    which other tools' files cannot do; the range they last showed is a place to open on,
    not a claim about the events, so it widens (in whole years) rather than flag them.
    """
    columns = event_columns(timeline)
    firsts = [*columns.starts, *(p.start.first_day for p in timeline.periods)]
    ends = [*columns.ends, *((p.end or p.start).end_day for p in timeline.periods)]
    if chosen is not None:
        view = ViewRange.model_validate(chosen)
        if view.start.first_day <= min(firsts) and view.end.end_day >= max(ends):
            return view
        firsts.append(view.start.first_day)
        ends.append(view.end.end_day)
    first, last = calendar_day(min(firsts)).year, calendar_day(max(ends) - 1).year
    # A margin, so that the first and last events are not drawn against the edges of the canvas.
    margin = round((last - first) * VIEW_MARGIN)
    first, last = max(first - margin, -FURTHEST_YEAR), min(last + margin, FURTHEST_YEAR)
    return ViewRange(start=PartialDate(first), end=PartialDate(last))


def _unsourced_message(unsourced: int, events: int) -> str:
    if events == 1:
        which = "the event cites no source"
    elif unsourced == events:
        which = f"none of the {events:,} events cites a source"
    else:
        verb = "cites" if unsourced == 1 else "cite"
        which = f"{unsourced:,} of the {events:,} events {verb} no source"
    return f"{which} (the detail pane says so for each)"


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
