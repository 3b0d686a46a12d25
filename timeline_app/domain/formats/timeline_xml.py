"""Read the files of the desktop program Timeline (thetimelineproj): ``.timeline`` XML.

What a Timeline file says, and where it goes (the format is described in the project's notes
on Timeline XML; the fixtures are in ``tests/data/formats/timeline/``):

- An event's ``start`` and ``end`` become a date to the day. Timeline always stores a time; a
  time of day other than midnight is dropped, said in a warning and kept in the event's note.
  Years are astronomical in both (``-43`` is 44 BC), and both use the proleptic Gregorian
  calendar, so year, month and day are copied as they are. The same day at both ends is a
  point, other days a span; a ``milestone`` is a point on its start; ``ends_today`` (still
  running) is a span with an open end, because the end Timeline stores is only when the file
  was last saved. ``fuzzy`` (and the newer ``fuzzy_start``/``fuzzy_end``) mark the date
  approximate.
- ``text`` is the title, once the container marks are taken off: ``[7]Harbour`` is a container,
  ``(7)Quarry`` an event inside container 7, and Timeline writes a title that really starts
  with ``(`` or ``[`` with one space before it. ``description`` is the summary.
- A container becomes an event of its own, related both ways to the events it holds (rather
  than a category: its events keep the categories they have in Timeline, and the container
  keeps its own category, description and links).
- An end before the start is left out, with a warning (the event is a point at its start),
  as the TimelineJS reader does; an era that ends before it starts is left out. An event
  without a title takes the first line of its description, with a warning.
- Categories keep their colours; a subcategory's label names its parents
  ("Town life › Markets"). Only categories that hold events are made: every category is a
  lane on the canvas, and a parent's name survives in its children's labels. Events without
  a category go to one "No category" ("No category (none given)" when a category of the
  file has that name). Timeline files have no title: the timeline is named after the file,
  and a warning says so.
- Each web address of ``hyperlink`` is a source the event cites, titled by its address; other
  links (``file:``, ``mailto:``, an address with no host name) are kept in the note. ``eras``
  are periods, and the period the file was last showing is the view.

What our format cannot keep is a warning, located at the element it came from. Things the user
chose for one event (an icon, an alert, labels, progress, a lock, a second category) are warned
about at each event that has them; things Timeline writes for every item (the colours of
categories, eras and uncategorised events) are summed up in one warning per kind, at the first
place, so a file of 500 events does not bring 500 warnings that say the same thing.

Anything that makes the file unreadable refuses it with a located message: malformed XML,
entities and outside DTDs, nesting deeper than :data:`~timeline_app.domain.loading.MAX_NESTING`,
a root other than ``<timeline>``, Timeline's text format of before 0.10, calendars other than the
Gregorian, and dates that cannot be read (all of them are reported, then the file is refused).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from timeline_app.domain.dates import (
    CALENDAR_YEARS,
    CalendarDay,
    PartialDate,
    day_in_words,
    days_in_month,
    month_in_words,
)
from timeline_app.domain.formats.base import (
    DocumentBuilder,
    Origin,
    is_web_url,
    link_title,
    parse_colour,
    unused_label,
)
from timeline_app.domain.formats.xml_positions import XmlElement, XmlRefusal, parse_xml, position_of_byte
from timeline_app.domain.loading import (
    MAX_NESTING,
    FileFormat,
    LoadedTimeline,
    collector_paused,
    refuse_if_too_large,
)
from timeline_app.domain.problems import Severity, TimelineLoadError

_EXPECTED = "expected a <timeline> root element with <events> (and <categories>, <view>)"
NOT_A_TIMELINE_FILE = f"this is not a Timeline file: {_EXPECTED}"
NO_CATEGORY = "No category"
"""The label of the category for events that have none in Timeline (our events need one)."""
NO_CATEGORY_APART = "No category (none given)"
"""The same, when a category of the file is called "No category": two lanes must not have one name."""

_OLD_TEXT_FORMAT = b"# Written by Timeline "
_OLD_FORMAT_MESSAGE = (
    "this is a file of Timeline older than 0.10, in its old text format, which this app does not read "
    "(nor does Timeline since 1.0): open it in Timeline 0.10 to 0.21.1 and save it there, then open the saved file"
)

_TIME_TYPES = {
    "numtime": (
        "Timeline's numeric time type: its times are plain numbers (5, 12.5) with no calendar, "
        "and this app places events on calendar dates"
    ),
    "coptic": (
        "the Coptic calendar: its dates look like Gregorian ones but name other days (its year has 13 months), "
        "so read as Gregorian every date would be wrong"
    ),
    "pharaonic": (
        "the ancient Egyptian (pharaonic) calendar: its dates look like Gregorian ones but name other days "
        "(its year has 13 months), so read as Gregorian every date would be wrong"
    ),
    "bosparaniantime": (
        "the Bosparanian calendar of the game The Dark Eye: its dates are days of a fictional calendar, "
        "so read as Gregorian every date would be wrong"
    ),
}
_GREGORIAN = "gregoriantime"

# Timeline writes "%d-%02d-%02d %02d:%02d:%02d" (year unpadded, minus sign before Christ); old
# versions left every field unpadded. The time is optional here, for files written by other tools.
# Digits are bounded so that no text becomes an enormous number.
_MOMENT = re.compile(r"(-?\d{1,13})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?")
_MOMENT_FORM = "Timeline writes dates as year-month-day hours:minutes:seconds, e.g. 1994-05-04 00:00:00"
_CONTAINER = re.compile(r"\[([^\]]*)\](.*)", re.DOTALL)
_SUBEVENT = re.compile(r"\(([^)]*)\)(.*)", re.DOTALL)
_TRUE = frozenset({"True", "true", "1"})
_FALSE = frozenset({"False", "false", "0", ""})
_TITLE_FROM_DESCRIPTION = 80
_LONGEST_NUMBER = 100
"""Digits of a progress worth reading as a number: a progress goes up to 100."""

_TIMELINE_PARTS = frozenset({"version", "timetype", "eras", "categories", "events", "view", "now"})
_ERA_PARTS = frozenset({"name", "start", "end", "color", "ends_today"})
_CATEGORY_PARTS = frozenset({"name", "color", "progress_color", "done_color", "font_color", "parent"})
_EVENT_PARTS = frozenset(
    {
        "start",
        "end",
        "text",
        "progress",
        "fuzzy",
        "fuzzy_start",
        "fuzzy_end",
        "locked",
        "ends_today",
        "category",
        "categories",
        "description",
        "labels",
        "alert",
        "hyperlink",
        "icon",
        "default_color",
        "milestone",
    }
)
_VIEW_PARTS = frozenset({"displayed_period", "hidden_categories"})
_PERIOD_PARTS = frozenset({"start", "end"})


def read_timeline_xml(raw: bytes, name: str) -> LoadedTimeline:
    """Read a Timeline ``.timeline`` file as a timeline of ours. Raises :class:`TimelineLoadError`."""
    # The limit every format has, checked here too for a caller that hands over the bytes itself.
    refuse_if_too_large(len(raw), name, FileFormat.TIMELINE_XML.label)
    with collector_paused():
        builder = DocumentBuilder(name, FileFormat.TIMELINE_XML)
        _refuse_other_text(raw, builder)
        try:
            root = parse_xml(raw, max_depth=MAX_NESTING, on_root=lambda element: _refuse_other_root(element, builder))
        except XmlRefusal as refusal:
            builder.refuse(Origin(refusal.line, refusal.column), refusal.message)
        _Reader(builder, root).read()
        return builder.finish(raw)


def _refuse_other_text(raw: bytes, builder: DocumentBuilder) -> None:
    """Refuse what is not XML at all, before the XML parser gives it a cryptic message."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return  # the XML reader says what it makes of these encodings
    text = raw.removeprefix(codecs.BOM_UTF8)
    head = text.lstrip()
    if head.startswith(_OLD_TEXT_FORMAT):
        builder.refuse(Origin(1, 1), _OLD_FORMAT_MESSAGE)
    if not head:
        builder.refuse(Origin(1, 1), f"the file is empty; {_EXPECTED}")
    if not head.startswith(b"<"):
        line, column = position_of_byte(raw, len(raw) - len(head))
        first_line = head.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip()
        shown = first_line if len(first_line) <= 40 else first_line[:40] + "…"
        builder.refuse(Origin(line, column), f"{NOT_A_TIMELINE_FILE}, but the file starts with “{shown}”, not XML")


def _refuse_other_root(root: XmlElement, builder: DocumentBuilder) -> None:
    if root.tag != "timeline":
        builder.refuse(Origin(root.line, root.column), f"{NOT_A_TIMELINE_FILE}, not <{root.tag}>")


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Moment:
    """A time as Timeline stores it, read to what our format keeps."""

    day: PartialDate
    """The day; the whole year when the year has more than four digits, where our days stop."""
    time: tuple[int, int, int]
    element: XmlElement
    whole_year_of: CalendarDay | None = None
    """The day Timeline gives, when only its year could be kept."""

    @property
    def time_of_day(self) -> str | None:
        """``21:45``, ``08:47:24``; ``None`` at midnight, which is how Timeline stores a date without a time."""
        hours, minutes, seconds = self.time
        if self.time == (0, 0, 0):
            return None
        return f"{hours:02d}:{minutes:02d}" + (f":{seconds:02d}" if seconds else "")


def _in_words(moment: _Moment) -> str:
    return day_in_words(moment.whole_year_of) if moment.whole_year_of is not None else moment.day.in_words()


# --------------------------------------------------------------------------------------
# What is read before anything is built
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _CategoryRead:
    name: str
    colour: str | None
    parent: str | None
    parent_origin: Origin | None


@dataclass(slots=True)
class _EventRead:
    origin: Origin
    title: str
    date: str | dict[str, Any]
    first: PartialDate
    last: PartialDate | None
    """``None``: the event is still running."""
    category: str | None
    summary: str | None
    links: list[str]
    notes: list[str]
    container: str | None = None
    """The number of the container this event is, as in ``[7]``."""
    inside: str | None = None
    """The number of the container this event is in, as in ``(7)``."""
    inside_element: XmlElement | None = None
    members: list[int] = field(default_factory=list)
    event_id: str = ""


@dataclass(slots=True)
class _EraRead:
    origin: Origin
    label: str
    start: PartialDate
    end: PartialDate | None
    """``None``: the era is still running."""
    note: str | None


@dataclass(slots=True)
class _Tally:
    """A loss Timeline writes for every item: counted, and warned about once at its first place."""

    first: Origin
    count: int = 0


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


class _Reader:
    """Reads the tree of one file into a :class:`DocumentBuilder`: first everything, then, if no error, builds."""

    def __init__(self, builder: DocumentBuilder, root: XmlElement) -> None:
        self._builder = builder
        self._root = root
        self._unknown_warned: set[str] = set()
        self._tallies: dict[str, _Tally] = {}
        self._no_category = NO_CATEGORY

    # -- the whole file -------------------------------------------------------------------------

    def read(self) -> None:
        parts = self._parts(self._root, _TIMELINE_PARTS, "timeline")
        self._check_time_type(parts.get("timetype"))
        events_element = parts.get("events")
        if events_element is None:
            self._builder.refuse(self._origin(self._root), f"{NOT_A_TIMELINE_FILE}; this <timeline> has no <events>")
        categories = self._read_categories(parts.get("categories"))
        events = self._read_events(events_element, categories)
        eras = self._read_eras(parts.get("eras"))
        view = self._parts(parts["view"], _VIEW_PARTS, "view") if "view" in parts else {}
        if "now" in parts:
            self._builder.warn(
                self._origin(parts["now"], "now"), "the moment Timeline took as “now” is not kept: this app has none"
            )
        if any(p.severity is Severity.ERROR for p in self._builder.problems):
            # Nothing is built from a file that will be refused; "no events" would only mislead.
            problems = sorted(self._builder.problems, key=lambda p: (p.line or 0, p.column or 0))
            raise TimelineLoadError(self._builder.name, problems, self._builder.file_format.label)
        self._link_containers(events)
        used = self._build_categories(categories, events, view.get("hidden_categories"))
        self._build_events(events, used)
        for era in eras:
            end = None if era.end is None else str(era.end)
            self._builder.period(era.origin, label=era.label, start=str(era.start), end=end, note=era.note)
        self._read_view(view.get("displayed_period"), events, eras)
        self._warn_tallies()
        if self._builder.event_count:  # a file without events is refused: what it would be called does not matter
            # Timeline files have no title: the builder names the timeline after the file, which is said.
            self._builder.warn(
                self._origin(self._root), "Timeline files have no title; the timeline is named after the file"
            )

    def _check_time_type(self, element: XmlElement | None) -> None:
        if element is None:
            return  # files of Timeline 1.0 and older have no time type: they are Gregorian
        name = element.text.strip()
        if name == _GREGORIAN:
            return
        why = _TIME_TYPES.get(name)
        if why is None:
            message = (
                f"this timeline uses the time type '{name}', which Timeline itself does not know; "
                f"this app reads only Gregorian dates ({_GREGORIAN}), and would misread its dates"
            )
        else:
            message = f"this timeline uses {why}; this app reads only Timeline files with Gregorian dates"
        self._builder.refuse(self._origin(element, "timetype"), message)

    # -- categories -----------------------------------------------------------------------------

    def _read_categories(self, element: XmlElement | None) -> dict[str, _CategoryRead]:
        categories: dict[str, _CategoryRead] = {}
        if element is None:
            return categories
        for number, item in enumerate(self._items(element, "category", "categories"), start=1):
            where = f"category {number}"
            parts = self._parts(item, _CATEGORY_PARTS, where)
            name = _text(parts.get("name"))
            colour_element = parts.get("color")
            colour = parse_colour(_text(colour_element))
            if colour_element is None:
                self._builder.warn(
                    self._origin(item, where), f"the category “{name}” has no colour; it is given one of the app's"
                )
            elif colour is None:
                self._builder.warn(
                    self._origin(colour_element, f"{where}, color"),
                    f"'{_text(colour_element)}' is not a colour as r,g,b (red, green and blue, 0 to 255); "
                    f"the category “{name}” is given one of the app's",
                )
            if "progress_color" in parts or "done_color" in parts:
                self._tally("category progress colours", parts.get("progress_color") or parts["done_color"], where)
            if "font_color" in parts:
                self._tally("category font colours", parts["font_color"], where)
            parent_element = parts.get("parent")
            parent = _text(parent_element) or None
            # Timeline folds a second category of the same name into the first.
            parent_origin = self._origin(parent_element, f"{where}, parent") if parent_element is not None else None
            categories.setdefault(name, _CategoryRead(name, colour, parent, parent_origin))
        return categories

    def _label(self, name: str, categories: dict[str, _CategoryRead]) -> str:
        """``Town life › Markets``: the category's name after its parents' (a cycle stops the walk)."""
        names = [name]
        parent = categories[name].parent
        while parent is not None and parent in categories and parent not in names:
            names.append(parent)
            parent = categories[parent].parent
        return " › ".join(reversed(names))

    def _build_categories(
        self, categories: dict[str, _CategoryRead], events: list[_EventRead], hidden: XmlElement | None
    ) -> dict[str, str]:
        """Make the categories the events use, in the file's order; returns their ids by Timeline name."""
        used = {event.category for event in events if event.category is not None}
        ids: dict[str, str] = {}
        for name, category in categories.items():
            if category.parent is not None and category.parent not in categories:
                self._builder.warn(
                    category.parent_origin or self._origin(self._root),
                    f"the parent category “{category.parent}” is not among the categories; "
                    f"“{name}” is read as a category of its own",
                )
            if name in used:
                ids[name] = self._builder.category(self._label(name, categories), category.colour, key=name)
        for event in events:
            if event.category is not None and event.category not in ids:
                ids[event.category] = self._builder.category(event.category, key=event.category)
        if any(event.category is None for event in events):
            taken = {self._label(name, categories).casefold() for name in ids if name in categories}
            taken |= {name.casefold() for name in ids if name not in categories}
            self._no_category = unused_label((NO_CATEGORY, NO_CATEGORY_APART), taken)
        self._warn_hidden(hidden, ids)
        return ids

    def _warn_hidden(self, hidden: XmlElement | None, kept: dict[str, str]) -> None:
        if hidden is None:
            return
        for number, item in enumerate(self._items(hidden, "name", "hidden categories"), start=1):
            name = item.text.strip()
            if name in kept:  # a category with no events is not made, so there is nothing to show or hide
                self._builder.warn(
                    self._origin(item, f"view, hidden category {number}"),
                    f"the category “{name}” was hidden in Timeline; it is shown here",
                )

    # -- events ---------------------------------------------------------------------------------

    def _read_events(self, element: XmlElement, categories: dict[str, _CategoryRead]) -> list[_EventRead]:
        events: list[_EventRead] = []
        for number, item in enumerate(self._items(element, "event", "events"), start=1):
            event = self._read_event(item, f"event {number}", categories)
            if event is not None:
                events.append(event)
        return events

    def _read_event(self, item: XmlElement, where: str, categories: dict[str, _CategoryRead]) -> _EventRead | None:
        parts = self._parts(item, _EVENT_PARTS, where)
        notes: list[str] = []
        milestone = self._flag(parts.get("milestone"), where)
        ends_today = self._flag(parts.get("ends_today"), where) and not milestone
        start = self._moment(parts, "start", item, where)
        # A milestone has no end of its own: Timeline reads it as starting and ending at its start.
        end = None if milestone else self._moment(parts, "end", item, where, start)
        if start is None or (end is None and not milestone):
            return None
        if end is not None and not ends_today and _before(end, start):
            # As the TimelineJS reader does (and TimelineJS itself): the start is what the event is placed by.
            self._builder.warn(
                self._origin(end.element, f"{where}, end"),
                f"the end ({_in_words(end)}) is before the start ({_in_words(start)}); the end is left out",
            )
            end = None
        text = _text(parts.get("text"), strip=False)
        title, container, inside = _title_and_container(text)
        summary = _text(parts.get("description"), strip=False).rstrip() or None
        if not title:
            title = _untitled(summary, milestone=milestone, container=container is not None)
            notes.append("It has no title in Timeline.")
            how = f"titled “{title}” from its description" if summary and summary.strip() else f"called “{title}”"
            text_element = parts.get("text")
            self._builder.warn(
                self._origin(text_element, f"{where}, text") if text_element is not None else self._origin(item, where),
                f"no title: the event is {how}",
            )
        approximate = self._approximate(parts, where, start, end, notes)
        date, last = self._date(start, end, ends_today=ends_today, approximate=approximate, where=where, notes=notes)
        if milestone:
            notes.append("A milestone in Timeline.")
        self._warn_time_of_day(start, end if not ends_today else None, where, notes)
        category = _text(parts.get("category")) or None
        if category is None and "default_color" in parts:
            # Timeline colours an event by its own colour only when it has no category.
            self._tally("event colours", parts["default_color"], where)
        self._extra_categories(parts.get("categories"), category, where, notes)
        links = self._links(parts.get("hyperlink"), where, notes)
        self._lost_event_parts(parts, where, notes)
        if category is not None and category not in categories:
            self._builder.warn(
                self._origin(parts["category"], f"{where}, category"),
                f"the category “{category}” is not among the file's categories; it is made, with a colour of its own",
            )
        return _EventRead(
            origin=self._origin(item, where),
            title=title,
            date=date,
            first=start.day,
            last=last,
            category=category,
            summary=summary,
            links=links,
            notes=notes,
            container=container,
            inside=inside,
            inside_element=parts.get("text") if inside is not None else None,
        )

    def _moment(
        self, parts: dict[str, XmlElement], tag: str, item: XmlElement, where: str, start: _Moment | None = None
    ) -> _Moment | None:
        """The ``start`` or ``end`` of an event or era; ``None``, with an error, when it is missing or unreadable.

        A missing end is taken to be the start (with a warning), as it adds nothing.
        """
        element = parts.get(tag)
        if element is None:
            if start is not None:
                self._builder.warn(self._origin(item, where), "there is no <end>; it is taken to be the start")
                return start
            self._builder.error(
                self._origin(item, where), f"there is no <{tag}>; Timeline writes one for every <{item.tag}>"
            )
            return None
        return self._read_moment(element, f"{where}, {tag}")

    def _read_moment(self, element: XmlElement, where: str) -> _Moment | None:
        moment = _parse_moment(element)
        if isinstance(moment, str):
            self._builder.error(self._origin(element, where), moment)
            return None
        return moment

    def _approximate(
        self, parts: dict[str, XmlElement], where: str, start: _Moment, end: _Moment | None, notes: list[str]
    ) -> bool:
        # Timeline ignores "fuzzy" on containers and the events in them; the flag is kept all the same,
        # since it is the user's word that the dates are not exact.
        fuzzy = self._flag(parts.get("fuzzy"), where)
        fuzzy_start = self._flag(parts.get("fuzzy_start"), where)
        fuzzy_end = self._flag(parts.get("fuzzy_end"), where)
        one_end = fuzzy_start != fuzzy_end and not fuzzy
        if one_end and end is not None and end.day != start.day:
            which = "start" if fuzzy_start else "end"
            notes.append(f"In Timeline only its {which} is fuzzy; here the whole date is marked approximate.")
            self._builder.warn(
                self._origin(parts[f"fuzzy_{which}"], f"{where}, fuzzy_{which}"),
                f"only the {which} is fuzzy in Timeline, but this app marks a whole date approximate, "
                "so both ends are marked; this is noted on the event",
            )
        return fuzzy or fuzzy_start or fuzzy_end

    def _date(
        self,
        start: _Moment,
        end: _Moment | None,
        *,
        ends_today: bool,
        approximate: bool,
        where: str,
        notes: list[str],
        noted_on: str = "event",
    ) -> tuple[str | dict[str, Any], PartialDate | None]:
        """Our date for a Timeline start and an end not before it (:func:`_before`); its last day (``None``: open)."""
        kept = [start] if ends_today or end is None or end.day == start.day else [start, end]
        for moment in kept:
            if moment.whole_year_of is not None:
                notes.append(
                    f"Timeline gives the day {day_in_words(moment.whole_year_of)}; "
                    "this app keeps days only in years of up to four digits."
                )
                self._builder.warn(
                    self._origin(moment.element, f"{where}, {moment.element.tag}"),
                    f"only the year of {day_in_words(moment.whole_year_of)} is kept: "
                    f"this app keeps days only in years of up to four digits; the day is noted on the {noted_on}",
                )
        if ends_today:
            if end is not None:
                stored = f"; the end the file stores, {_in_words(end)}, is only when it was last saved"
            else:
                stored = ""
            notes.append(f"Ongoing in Timeline (“ends today”), so its end is left open{stored}.")
            span: dict[str, Any] = {"start": str(start.day)}
            if approximate:
                span["approximate"] = True
            return span, None
        if end is None or end.day == start.day:
            if approximate:
                return {"on": str(start.day), "approximate": True}, start.day
            return str(start.day), start.day
        span = {"start": str(start.day), "end": str(end.day)}
        if approximate:
            span["approximate"] = True
        return span, end.day

    def _warn_time_of_day(
        self, start: _Moment, end: _Moment | None, where: str, notes: list[str], noted_on: str = "event"
    ) -> None:
        timed = [m for m in (start, end) if m is not None and m.time_of_day is not None]
        if not timed:
            return
        if end is None or (end.day == start.day and end.time == start.time):
            times = f"at {start.time_of_day}"
        elif end.day == start.day:
            times = f"from {start.time_of_day or '00:00'} to {end.time_of_day or '00:00'}"
        else:
            times = ", ".join(f"{'starts' if moment is start else 'ends'} at {moment.time_of_day}" for moment in timed)
        notes.append(f"Timeline gives the time of day: {times}.")
        self._builder.warn(
            self._origin(timed[0].element, f"{where}, {timed[0].element.tag}"),
            f"the time of day is dropped ({times}): this app keeps dates to the day; it is noted on the {noted_on}",
        )

    def _extra_categories(self, element: XmlElement | None, first: str | None, where: str, notes: list[str]) -> None:
        if element is None:
            return
        names = [_text(item) for item in self._items(element, "category", f"{where}, categories")]
        others = [name for name in dict.fromkeys(names) if name and name != first]
        if not others:
            return
        listed = _and([f"“{name}”" for name in others])
        notes.append(f"In Timeline also in the {'category' if len(others) == 1 else 'categories'} {listed}.")
        kept = f"“{first}” is kept" if first else "it goes with the events that have none"
        self._builder.warn(
            self._origin(element, f"{where}, categories"),
            f"an event here has one category: {kept}, and {listed} {'is' if len(others) == 1 else 'are'} "
            "noted on the event",
        )

    def _links(self, element: XmlElement | None, where: str, notes: list[str]) -> list[str]:
        if element is None:
            return []
        web: list[str] = []
        for link in (piece.strip() for piece in element.text.split(";")):
            if not link:
                continue
            if is_web_url(link):
                web.append(link)
                continue
            notes.append(f"Link in Timeline: “{link}”.")
            self._builder.warn(
                self._origin(element, f"{where}, hyperlink"),
                f"the link '{link}' is not a web address (http or https, with a host name and no spaces), "
                "so it is not a source; it is noted on the event",
            )
        return web

    def _lost_event_parts(self, parts: dict[str, XmlElement], where: str, notes: list[str]) -> None:
        """Warn about what the user set on this event that our format has no place for."""
        progress = parts.get("progress")
        if progress is not None:
            text = progress.text.strip()
            # Not int() of any digits: it refuses more than 4,300 with a ValueError, which crashed the
            # reader (found by fuzzing); a number that long is no progress, and is said to be none.
            number = int(text) if text.isdecimal() and len(text) <= _LONGEST_NUMBER else None
            if number is not None and number > 0:  # 0, which Timeline writes for most events, says nothing
                notes.append(f"Marked {number}% done in Timeline.")
                self._lost(progress, where, f"its progress ({number}% done) is not kept as progress")
            elif text and number is None:
                self._builder.warn(
                    self._origin(progress, f"{where}, progress"),
                    f"'{text}' is not a progress from 0 to 100; it is ignored",
                )
        if self._flag(parts.get("locked"), where):
            self._builder.warn(
                self._origin(parts["locked"], f"{where}, locked"),
                "“locked” is not kept: it only stops Timeline from moving the event, and this app does not edit events",
            )
        alert = parts.get("alert")
        if alert is not None and alert.text.strip():
            when, _, what = alert.text.strip().partition(";")
            notes.append(f"Timeline alert for {when.strip()}: “{what.strip()}”.")
            self._lost(alert, where, "the alert is not kept as an alert (this app gives none)")
        labels = parts.get("labels")
        if labels is not None and labels.text.split():
            notes.append(f"Labels in Timeline: {', '.join(labels.text.split())}.")
            self._lost(labels, where, "its labels are not kept as labels (this app has none)")
        icon = parts.get("icon")
        if icon is not None and icon.text.strip():
            self._builder.warn(
                self._origin(icon, f"{where}, icon"),
                "the event's icon is not kept: this app shows no images from files",
            )

    def _lost(self, element: XmlElement, where: str, what: str) -> None:
        self._builder.warn(self._origin(element, f"{where}, {element.tag}"), f"{what}; it is noted on the event")

    # -- containers -----------------------------------------------------------------------------

    def _link_containers(self, events: list[_EventRead]) -> None:
        """Give each container the events it holds, and note both sides.

        Timeline needs a container before its events (each number names the latest container
        with it); one that comes after them is accepted here.
        """
        latest: dict[str, int] = {}
        waiting: list[int] = []
        for index, event in enumerate(events):
            if event.container is not None:
                latest[event.container] = index
            elif event.inside is not None:
                if event.inside in latest:
                    events[latest[event.inside]].members.append(index)
                else:
                    waiting.append(index)
        for index in waiting:
            event = events[index]
            assert event.inside is not None
            if event.inside in latest:
                events[latest[event.inside]].members.append(index)
            else:
                self._builder.warn(
                    self._origin(event.inside_element or self._root, event.origin.path + ", text"),
                    f"this event is marked as part of container {event.inside} (“({event.inside})…”), "
                    f"but there is no container [{event.inside}]; it is read as an event of its own",
                )
        for event in events:
            if event.container is None:
                continue
            if len(event.members) == 1:
                event.notes.append("A container in Timeline: the event it holds is its related event.")
            elif event.members:
                held = _count(len(event.members), "event", "events")
                event.notes.append(f"A container in Timeline: the {held} it holds are its related events.")
            else:
                event.notes.append("An empty container in Timeline.")
            for index in event.members:
                events[index].notes.append(f"In Timeline, part of the container “{event.title}”.")

    def _build_events(self, events: list[_EventRead], categories: dict[str, str]) -> None:
        for event in events:
            category = (
                categories[event.category]
                if event.category is not None
                else self._builder.default_category(self._no_category)
            )
            sources = [self._builder.source(link_title(url), url=url) for url in event.links]
            event.event_id = self._builder.event(
                event.origin,
                title=event.title,
                date=event.date,
                category=category,
                summary=event.summary,
                citations=sources,
                notes=event.notes,
            )
        for event in events:
            if event.members:
                self._builder.relate(event.event_id, [events[index].event_id for index in event.members])

    # -- eras and the view ----------------------------------------------------------------------

    def _read_eras(self, element: XmlElement | None) -> list[_EraRead]:
        """The eras, as the periods to make."""
        periods: list[_EraRead] = []
        if element is None:
            return periods
        for number, item in enumerate(self._items(element, "era", "eras"), start=1):
            where = f"era {number}"
            parts = self._parts(item, _ERA_PARTS, where)
            name = _text(parts.get("name"))
            if "color" in parts:
                self._tally("era colours", parts["color"], where)
            start = self._moment(parts, "start", item, where)
            end = self._moment(parts, "end", item, where, start)
            if start is None or end is None:
                continue
            notes: list[str] = []
            ongoing = self._flag(parts.get("ends_today"), where)
            if not ongoing and end.day == start.day and end.time == start.time:
                # Timeline has not drawn eras without a duration since 2.0.
                self._builder.warn(
                    self._origin(item, where), f"the era “{name}” starts and ends at the same moment; it is left out"
                )
                continue
            if not ongoing and _before(end, start):
                self._builder.warn(
                    self._origin(end.element, f"{where}, end"),
                    f"the era “{name}” ends ({_in_words(end)}) before it starts ({_in_words(start)}); it is left out",
                )
                continue
            _, last = self._date(
                start, end, ends_today=ongoing, approximate=False, where=where, notes=notes, noted_on="period"
            )
            self._warn_time_of_day(start, None if ongoing else end, where, notes, noted_on="period")
            periods.append(_EraRead(self._origin(item, where), name, start.day, last, " ".join(notes) or None))
        return periods

    def _read_view(self, shown: XmlElement | None, events: list[_EventRead], eras: list[_EraRead]) -> None:
        """The period Timeline last showed becomes the view; without a usable one, the app shows all events."""
        if shown is None:
            return
        parts = self._parts(shown, _PERIOD_PARTS, "view, displayed period")
        if "start" not in parts or "end" not in parts:
            return
        # The view is where Timeline was looking, not part of the timeline: a problem with it is only a warning.
        start, end = _parse_moment(parts["start"]), _parse_moment(parts["end"])
        if isinstance(start, str) or isinstance(end, str):
            problem, element = (start, parts["start"]) if isinstance(start, str) else (str(end), parts["end"])
            self._builder.warn(
                self._origin(element, f"view, {element.tag}"),
                f"the period Timeline last showed cannot be read ({problem}); the timeline opens on all its events",
            )
            return
        origin = self._origin(shown, "view")
        if end.day.end_day <= start.day.first_day:
            self._builder.warn(
                origin,
                f"the period Timeline last showed ends ({_in_words(end)}) before it starts ({_in_words(start)}); "
                "the timeline opens on all its events",
            )
            return
        spans = [(e.first.first_day, e.last.end_day if e.last is not None else float("inf")) for e in events]
        spans += [(e.start.first_day, e.end.end_day if e.end is not None else float("inf")) for e in eras]
        if spans and not any(first < end.day.end_day and last > start.day.first_day for first, last in spans):
            self._builder.warn(
                origin,
                f"Timeline last showed {_in_words(start)} to {_in_words(end)}, where there is nothing; "
                "the timeline opens on all its events instead",
            )
            return
        self._builder.view = (str(start.day), str(end.day))

    # -- reading elements -----------------------------------------------------------------------

    def _origin(self, element: XmlElement, where: str = "") -> Origin:
        return Origin(element.line, element.column, where)

    def _parts(self, element: XmlElement, known: frozenset[str], where: str) -> dict[str, XmlElement]:
        """The first child of each known name; unknown and repeated children are warned about once per name."""
        self._attributes(element, where)
        parts: dict[str, XmlElement] = {}
        for child in element.children:
            if child.tag not in known:
                self._unknown(child, element, where)
            elif child.tag in parts:
                self._once(
                    f"repeated {child.tag}",
                    child,
                    where,
                    f"a second <{child.tag}> in one <{element.tag}> is not part of Timeline's format; "
                    "only the first is read (here and wherever this happens again)",
                )
            else:
                self._attributes(child, where)
                parts[child.tag] = child
        return parts

    def _items(self, element: XmlElement, tag: str, where: str) -> Iterable[XmlElement]:
        """The children named ``tag`` (the list items of ``element``); others are warned about once per name."""
        for child in element.children:
            if child.tag == tag:
                if not child.children:  # an item with parts of its own has them read by _parts, which says where
                    self._attributes(child, where)
                yield child
            else:
                self._unknown(child, element, where)

    def _unknown(self, child: XmlElement, parent: XmlElement, where: str) -> None:
        self._once(
            f"element {child.tag}",
            child,
            where,
            f"<{child.tag}> in <{parent.tag}> is not part of Timeline's format as this app knows it; "
            "it is ignored (here and wherever it appears again)",
        )

    def _attributes(self, element: XmlElement, where: str) -> None:
        for attribute in element.attributes:
            self._once(
                f"attribute {attribute}",
                element,
                where,
                f'the attribute {attribute}="…" of <{element.tag}> is not part of Timeline\'s format; '
                "it is ignored (here and wherever it appears again)",
            )

    def _once(self, kind: str, element: XmlElement, where: str, message: str) -> None:
        if kind not in self._unknown_warned:
            self._unknown_warned.add(kind)
            self._builder.warn(self._origin(element, where), message)

    def _flag(self, element: XmlElement | None, where: str) -> bool:
        """Timeline's ``True``/``False``; a missing flag is false, as in Timeline."""
        if element is None:
            return False
        value = element.text.strip()
        if value in _TRUE:
            return True
        if value not in _FALSE:
            self._builder.warn(
                self._origin(element, f"{where}, {element.tag}"), f"'{value}' is not True or False; it is read as False"
            )
        return False

    def _tally(self, kind: str, element: XmlElement, where: str) -> None:
        tally = self._tallies.setdefault(kind, _Tally(self._origin(element, f"{where}, {element.tag}")))
        tally.count += 1

    def _warn_tallies(self) -> None:
        for kind, tally in self._tallies.items():
            self._builder.warn(tally.first, _TALLY_MESSAGES[kind](tally.count, self._no_category))


_TALLY_MESSAGES: dict[str, Callable[[int, str], str]] = {
    "category progress colours": lambda n, _: (
        f"the progress and done colours of {_count(n, 'category', 'categories')} (the first here) are not kept: "
        "this app shows no progress"
    ),
    "category font colours": lambda n, _: (
        f"the font colours of {_count(n, 'category', 'categories')} (the first here) are not kept: "
        "a category here has one colour"
    ),
    "event colours": lambda n, no_category: (
        f"the own colours of {_count(n, 'event', 'events')} without a category (the first here) are not kept: "
        f"they take the colour of “{no_category}”"
    ),
    "era colours": lambda n, _: (
        f"the colours of {_count(n, 'era', 'eras')} (the first here) are not kept: "
        "periods here have no colour of their own"
    ),
}


def _parse_moment(element: XmlElement) -> _Moment | str:
    """The time in ``element`` as Timeline writes it, or what is wrong with it."""
    text = element.text.strip()
    match = _MOMENT.fullmatch(text)
    if match is None:
        return f"'{text}' is not a date: {_MOMENT_FORM}" if text else f"the date is empty: {_MOMENT_FORM}"
    year, month, day = (int(match.group(n)) for n in (1, 2, 3))
    hours, minutes, seconds = (int(match.group(n) or 0) for n in (4, 5, 6))
    if not 1 <= month <= 12:
        return f"'{text}' is not a valid date: there is no month {month}"
    if not 1 <= day <= days_in_month(year, month):
        return f"'{text}' is not a valid date: {month_in_words(year, month)} has {days_in_month(year, month)} days"
    if hours > 23 or minutes > 59 or seconds > 59:
        return f"'{text}' is not a valid date: there is no time {hours:02d}:{minutes:02d}:{seconds:02d}"
    if year in CALENDAR_YEARS:
        return _Moment(PartialDate(year, month, day), (hours, minutes, seconds), element)
    try:
        whole_year = PartialDate(year)
    except ValueError as exc:  # beyond the furthest year our dates reach
        return f"'{text}' is not a valid date: {exc}"
    return _Moment(whole_year, (hours, minutes, seconds), element, CalendarDay(year, month, day))


def _text(element: XmlElement | None, *, strip: bool = True) -> str:
    if element is None:
        return ""
    return element.text.strip() if strip else element.text


def _title_and_container(text: str) -> tuple[str, str | None, str | None]:
    """The title, and the container number the event is (``[7]…``) or is in (``(7)…``).

    Timeline writes a title that really starts with ``(`` or ``[`` with one space before it: the
    marks are matched at the very start only, so such a title is read as it is, then stripped.
    """
    container = _CONTAINER.match(text)
    if container is not None:
        return container.group(2).strip(), container.group(1).strip(), None
    inside = _SUBEVENT.match(text)
    if inside is not None:
        return inside.group(2).strip(), None, inside.group(1).strip()
    return text.strip(), None, None


def _untitled(summary: str | None, *, milestone: bool, container: bool) -> str:
    """A title for an event Timeline shows without one: the first line of its description, if any."""
    first_line = summary.strip().split("\n", 1)[0].strip() if summary else ""
    if first_line:
        if len(first_line) <= _TITLE_FROM_DESCRIPTION:
            return first_line.removesuffix(".")  # a sentence, made a title
        return first_line[:_TITLE_FROM_DESCRIPTION].rsplit(" ", 1)[0] + "…"
    if milestone:
        return "Milestone"
    return "Untitled container" if container else "Untitled event"


def _before(end: _Moment, start: _Moment) -> bool:
    """Whether ``end`` is a day before ``start`` (the same day, whatever the times, is a point)."""
    return end.day.end_day <= start.day.first_day


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
