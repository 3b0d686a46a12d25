"""TimelineJS slides made into a timeline of ours: what its JSON and its spreadsheet share.

TimelineJS reads a spreadsheet by turning each row into the slide its JSON would hold
(``ConfigFactory.extractEventFromCSVObject``) and then treats both alike. So do we: each
front end (``timelinejs.py`` for JSON, ``timelinejs_csv.py`` for CSV) hands over the
file's slides as :class:`SlideInput` and :class:`EraInput`, every value with the place it
was read from, and :class:`SlideReader` maps them to our format through a
:class:`~timeline_app.domain.formats.base.DocumentBuilder`. The same file in either form
gives the same timeline.

The rules, in short (``tests/data/formats/timelinejs/FORMAT-NOTES.md`` has TimelineJS's side):

- **Dates** keep the precision the parts give (year; year and month; year, month and day).
  A year TimelineJS writes as ``-44`` it shows as "44 BCE", which is our astronomical -43;
  every negative year moves up by one, deep time included, so "13.8 billion years ago"
  stays that. A year beyond four digits is a whole year in our format: a month or day
  given with it is warned about and dropped. A time of day is dropped, with a note on the
  event. A date TimelineJS cannot read ("44 BC") is an error; a date it would silently
  misplace (no year: TimelineJS puts it in year 0; 30 February: it rolls over into March)
  is warned about, and kept only as far as it is sound.
- **display_date** is kept in the event's note; one that reads "c. …", "about …" or
  ends in "?" marks the date approximate or uncertain, and our own export's "from …
  (no end recorded)" an open span.
- **Groups** become categories, in the order TimelineJS stacks its rows; ungrouped events
  share the builder's default category, last, as TimelineJS puts them ("Ungrouped", or
  "Ungrouped (no group)" when a group has that name).
- **Media** is not shown here. A page (video, article, document) or media with a credit,
  caption or link becomes a source the event cites; a ``<blockquote>`` becomes a quote;
  anything else is warned about. Links in the text become sources too, titled by their words;
  words written "Publisher, “Title”" (how our own export names a source) give both. Links
  that are no web address are warned about (once per slide), their words kept.
- **Quotes**: a ``<blockquote>`` media, and a ``<blockquote>`` with a ``<cite>`` in a slide's
  text (how our own export writes an event's further quotes). A ``<cite>`` names someone only
  if it holds a letter or digit; of several, the first speaks. Only a ``<cite>`` written
  "Name, role" (TimelineJS's own convention) gives a role, and never when what follows the
  comma is a name suffix ("Martin Luther King, Jr." is a name) or a date ("Nelson Mandela,
  1964" says when). Beside a ``<cite>``, a credit names where the words were published,
  unless it names the same person (our own export credits the speaker): then the quote's
  source is its link. Alone, a credit names the speaker only by what comes before its first
  comma, with no role (credits name publishers and occasions too: "Winston Churchill, House
  of Commons, 4 June 1940"), and a credit that is only a link names where the words were
  published, not who said them. The quote's note keeps the attribution as the file writes it.
  Words with nobody to attribute them to stay in the event's summary, in quotation marks
  (with a warning when they are the slide's media, which the summary does not otherwise show).
- **Text** is HTML made plain (``html_text.py``): paragraphs, line breaks and entities as a
  browser shows them; TimelineJS's ``tl-note`` notes are kept as paragraphs of their own.
- **Ids**: a ``unique_id`` is the event's id, made into one of our format (said once per
  file, with an example, when that changes it); the title slide's headline is the title
  (said when there is none, and the file's name is taken).
- **Decoration** (backgrounds, thumbnails, alt text, link targets) is dropped; background
  images, which may carry content, are summed up in one warning per file, as are other
  losses repeated slide after slide (times of day, date formats, uncredited media).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from timeline_app.domain.dates import CALENDAR_YEARS, FURTHEST_YEAR, PartialDate, days_in_month, month_in_words
from timeline_app.domain.formats.base import START, DocumentBuilder, Origin, slugify, unused_label
from timeline_app.domain.formats.html_text import Link, PlainText, QuoteBlock, as_line, html_to_line, html_to_text
from timeline_app.domain.formats.timelinejs_media import (
    MediaRole,
    is_wiki_page,
    media_role,
    page_address,
    page_title,
    source_kind,
    web_url,
)
from timeline_app.domain.formats.timelinejs_writer import ARCHIVED_COPY
from timeline_app.domain.loading import describe_value
from timeline_app.domain.model import SourceKind
from timeline_app.domain.problems import Severity

TIME_PARTS = ("hour", "minute", "second", "millisecond")
DATE_PARTS = ("year", "month", "day", *TIME_PARTS)

UNTITLED_EVENT = "Untitled event"
UNTITLED_ERA = "Untitled era"
DEFAULT_GROUP = "Ungrouped"
"""The category of events without a group (as TimelineJS shows them, in a row of their own)."""
DEFAULT_GROUP_APART = "Ungrouped (no group)"
"""The same, when a group of the file is called "Ungrouped": two lanes must not have one name."""

_WHOLE_NUMBER = re.compile(r"-?[0-9]+")
_LONGEST_NUMBER = 100
"""Digits of a date part worth reading as a number: no date has a hundred, and ``int()`` refuses text of more
than 4,300 digits with a ValueError (a sheet whose Year held 5,000 nines crashed the reader; found by fuzzing)."""
_APPROXIMATE = re.compile(
    r"^\s*(?:(?:circa|about|around|approx(?:imately)?)\b\.?|c\.|ca\.|ca\b|c(?=\s*[0-9])|~)", re.IGNORECASE
)
"""How authors write that a date is approximate: "c. 1503", "ca 1500", "circa 1500", "about 1500", "~1500"."""
_UNCERTAIN = re.compile(r"(?:\?|\(date uncertain\))\s*$")
"""How authors write that a date is uncertain ("1503?"), and how our own export does ("1503 (date uncertain)")."""
_OPEN = re.compile(r"^\s*(?:c\.\s*)?from\s.*\(no end recorded\)(?:\s*\(date uncertain\))?\s*$", re.DOTALL)
"""How our own export writes a span with no end (``wording.date_in_words``): "from 21 June 1975 (no end recorded)"."""
_REPORTED = re.compile(r"^(?:as |according to |quoted |reported |cited )")
"""What follows a speaker's name in a ``<cite>`` when it says how the words reached us, not the speaker's role."""
_NAME_SUFFIX = re.compile(r"(?:jr|sr|jnr|snr|esq|phd|md|[ivx]{1,5})\.?", re.IGNORECASE)
"""What follows a comma in a name as part of it ("Martin Luther King, Jr.", "Henry Ford, II"): no role."""
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
)
_DATE_ONLY = re.compile(
    rf"(?:[\s,./'’?()\[\]–—-]|\d+(?:st|nd|rd|th|s)?\b|(?:{_MONTHS})\b\.?|(?:bce|bc|ad|ce|circa|ca|c)\b\.?)+",
    re.IGNORECASE,
)
"""A date and nothing else ("1964", "20 April 1964", "c. 1500 BC"): when, not a role, after a name in a ``<cite>``."""
_PUBLISHED_TITLE = re.compile(r"(?:(?P<publisher>.+?),\s*)?“(?P<title>.+)”", re.DOTALL)
"""Link words naming a source as our export writes them (``timelinejs_writer._source_html``): "Publisher, “Title”"."""
_QUOTE_MARKS = "\"'“”‘’«»„‟ "
_CITE_DASHES = "—–-―~ "
_TITLE_LENGTH = 60
_FULL_STOPS = ".!?"

_PART_HINTS = {
    "year": "TimelineJS reads a year as a whole number, negative for BCE (write -44 for 44 BC)",
    "month": "TimelineJS reads a month as a number from 1 to 12",
    "day": "TimelineJS reads a day as a number from 1 to 31",
}


Place = Callable[[], Origin]
"""Where something is in the file, found when a problem is to be said there: locating every value
of a large JSON file up front would take longer than reading it."""


def known_place(origin: Origin) -> Place:
    """A place already known (a spreadsheet cell's)."""
    return lambda: origin


@dataclass(frozen=True, slots=True)
class Value:
    """One value as the file gives it (JSON data, or a spreadsheet cell's text), and where it is."""

    raw: Any
    place: Place
    written: str | None = None
    """The value as the file writes it, when ``raw`` is read from it (a spreadsheet's "1,999" for 1999)."""

    @property
    def origin(self) -> Origin:
        return self.place()


@dataclass(slots=True)
class DateInput:
    """A TimelineJS date object (a spreadsheet's Year, Month, Day and Time cells)."""

    place: Place
    parts: dict[str, Value] = field(default_factory=dict)
    """The parts the file gives, by TimelineJS's names (:data:`DATE_PARTS`)."""
    display_date: Value | None = None
    format: Value | None = None

    def is_empty(self) -> bool:
        return all(_is_blank(value.raw) for value in self.parts.values())


@dataclass(slots=True)
class MediaInput:
    url: Value
    caption: Value | None = None
    credit: Value | None = None
    link: Value | None = None


@dataclass(slots=True)
class SlideInput:
    """A slide: an event, or the title slide."""

    origin: Origin
    start_place: Place
    """Where a missing start date is reported (the slide, or its Year cell)."""
    headline_place: Place
    start: DateInput | None = None
    end: DateInput | None = None
    headline: Value | None = None
    text: Value | None = None
    media: MediaInput | None = None
    group: Value | None = None
    display_date: Value | None = None
    background_image: Value | None = None
    unique_id: Value | None = None
    autolink: bool = True


@dataclass(slots=True)
class EraInput:
    origin: Origin
    start_place: Place
    end_place: Place
    headline_place: Place
    start: DateInput | None = None
    end: DateInput | None = None
    headline: Value | None = None
    text: Value | None = None


@dataclass(frozen=True, slots=True)
class _Date:
    date: PartialDate
    time: str | None
    """The time of day the file gives, as ``20:17`` (``20:17:05.250`` with seconds or milliseconds)."""
    display: str | None


@dataclass(slots=True)
class _Tally:
    """Things lost on many slides alike: counted, then said once, where the first of them is in the file."""

    first: Origin | None = None
    count: int = 0

    def add(self, origin: Origin) -> None:
        if self.first is None or (origin.line, origin.column) < (self.first.line, self.first.column):
            self.first = origin
        self.count += 1


@dataclass(slots=True)
class _PreparedEvent:
    slide: SlideInput
    start: _Date
    end: _Date | None
    group: str


class SlideReader:
    """Maps a TimelineJS file's slides and eras into ``builder`` (see the module's description)."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self._backgrounds = _Tally()
        self._times = _Tally()
        self._formats = _Tally()
        self._unshown_media = _Tally()
        self._unique_ids: dict[str, tuple[str, Origin]] = {}
        """The id each unique_id was made into → that unique_id as written, and where its slide is."""
        self._id_changed = False
        """Whether the one warning that unique_ids are made into our ids has been given."""
        self._default_label = DEFAULT_GROUP
        self._odd_links: dict[str, tuple[Place, bool]] = {}
        """The slide's links that are no web address → where the first is, and whether it links words of a text."""
        self._page_sources: dict[str, str] = {}
        """Web address → its source's id: the builder keeps one source per address, so it is made once."""

    # -- the file -------------------------------------------------------------------------------

    def read(self, *, title: SlideInput | None, events: Sequence[SlideInput], eras: Sequence[EraInput]) -> None:
        if title is not None:
            self._title(title)
        prepared = [event for event in map(self._prepare, events) if event is not None]
        self._add_categories(prepared)
        for event in prepared:
            self._event(event)
        for era in eras:
            self._era(era)
        self._say_tallies()
        self._say_untitled(title)

    def _title(self, slide: SlideInput) -> None:
        # TimelineJS never shows a title slide's dates, so they are not read.
        headline = self._text(slide.headline)
        if headline:
            self.builder.title = html_to_line(headline)
        text = self._text(slide.text)
        if text and slide.text is not None:
            # Our description cannot cite sources: a link's address stays in the text instead.
            plain = html_to_text(text, link_targets_inline=True)
            self.builder.description = plain.text or None
            self._collect_odd_links(plain, slide.text, bare_urls=slide.autolink)
            self._say_odd_links()
        if slide.media is not None and self._text(slide.media.url):
            self.builder.warn(slide.media.url.origin, "the title slide's media is not shown: this app shows no media")
        if slide.background_image is not None:
            self._backgrounds.add(slide.background_image.origin)

    def _say_untitled(self, title: SlideInput | None) -> None:
        """Say that the timeline is named after the file, when the file gives no title (not if it is refused)."""
        if (self.builder.title or "").strip() or not self.builder.event_count:
            return
        if any(problem.severity is Severity.ERROR for problem in self.builder.problems):
            return  # the file is refused: what it would be called does not matter
        where = title.headline_place() if title is not None else START
        if PurePath(self.builder.file_label).stem:
            self.builder.warn(where, "the file gives no title; the timeline is named after the file")
        else:
            self.builder.warn(where, "the file gives no title, nor has it a name; the timeline is “Untitled timeline”")

    def _say_tallies(self) -> None:
        tallies = (
            (
                self._backgrounds,
                ("slide has a background image", "slides have background images"),
                ", which this app does not show",
            ),
            (
                self._unshown_media,
                ("slide shows media", "slides show media"),
                " (a picture, map, sound or video) with no credit, caption or link: this app shows no media, "
                "and with no source named, nothing of it is kept",
            ),
            (
                self._times,
                ("date gives a time of day", "dates give a time of day"),
                ", which this app does not show (its dates stop at the day); the notes of the events keep it",
            ),
            (
                self._formats,
                ("date gives a display format (“format”)", "dates give a display format (“format”)"),
                ", which is not used: this app writes dates in its own words",
            ),
        )
        for tally, (one, many), rest in tallies:
            if tally.first is not None:
                self.builder.warn(tally.first, f"{tally.count:,} {one if tally.count == 1 else many}{rest}")

    # -- events ---------------------------------------------------------------------------------

    def _prepare(self, slide: SlideInput) -> _PreparedEvent | None:
        """The event's dates and group, or ``None`` (said why) when it has no start TimelineJS would place."""
        if slide.start is None or slide.start.is_empty():
            self.builder.warn(
                slide.start_place(), "no start date: TimelineJS does not show this slide, nor does this app"
            )
            return None
        start = self._date(slide.start, "the event is left out")
        end = None
        if slide.end is not None and not slide.end.is_empty():
            end = self._date(slide.end, "the end date is left out")
        if start is None:
            return None
        if end is not None and end.date.end_day <= start.date.first_day:
            self.builder.warn(
                slide.end.place() if slide.end is not None else slide.origin,
                f"the end ({end.date.in_words()}) is before the start ({start.date.in_words()}); the end is left out",
            )
            end = None
        group = self._text(slide.group)
        return _PreparedEvent(slide, start, end, html_to_line(group) if group else "")

    def _add_categories(self, events: list[_PreparedEvent]) -> None:
        # TimelineJS stacks its group rows in the order groups first appear among the events sorted
        # by date, with the ungrouped events last: the categories take that order (and its colours).
        for event in sorted(events, key=lambda e: e.start.date.sort_key()):
            if event.group:
                self.builder.category(event.group)
        if any(not event.group for event in events):
            groups = {event.group.strip().casefold() for event in events}
            self._default_label = unused_label((DEFAULT_GROUP, DEFAULT_GROUP_APART), groups)
            self.builder.default_category(self._default_label)

    def _event(self, event: _PreparedEvent) -> None:
        slide = event.slide
        text = self._text(slide.text)
        plain = html_to_text(text, quotes=True) if text else PlainText("")
        summary = plain.text
        citations: list[str] = []
        quotes: list[str] = []
        if slide.media is not None:
            kept = self._media(slide.media)
            citations += kept.citations
            quotes += kept.quotes
            if kept.unattributed_words:
                summary = f"{summary}\n\n“{kept.unattributed_words}”".strip()
        if slide.text is not None:
            quotes += [quote for block in plain.quotes if (quote := self._text_quote(block)) is not None]
            self._collect_odd_links(plain, slide.text, bare_urls=slide.autolink)
        citations += self._links(plain, bare_urls=slide.autolink)
        self._say_odd_links()
        display = self._line(slide.display_date)
        title = self._event_title(slide, plain.text, display or event.start.display)
        date, notes = self._event_date(event, display)
        key = self._unique_id(slide)
        event_id = self.builder.event(
            slide.origin,
            title=title,
            date=date,
            category=self._category(event.group),
            summary=summary or None,
            key=key,
            citations=citations,
            quotes=quotes,
            notes=notes,
        )
        if key is not None and slide.unique_id is not None:
            self._check_id(key, event_id, slide.unique_id.place, slide.origin)
        if slide.background_image is not None:
            self._backgrounds.add(slide.background_image.origin)

    def _category(self, group: str) -> str:
        return self.builder.category(group) if group else self.builder.default_category(self._default_label)

    def _unique_id(self, slide: SlideInput) -> str | None:
        unique_id = self._text(slide.unique_id)
        return unique_id.strip() if unique_id and unique_id.strip() else None

    def _check_id(self, key: str, event_id: str, place: Place, slide: Origin) -> None:
        """Say when the event's id is not its unique_id as written: made into one of ours, or taken already."""
        wanted = slugify(key, "")
        if wanted != key and not self._id_changed:
            # Our ids are lower-case letters, digits and hyphens: once per file, with the first example, is enough.
            self._id_changed = True
            self.builder.warn(place(), f"unique_id values are made into ids of our format: “{key}” is {event_id}")
        if not wanted:
            return  # nothing of the unique_id could be kept: the id is made from the title, as for any event
        earlier = self._unique_ids.get(wanted)
        if earlier is None:
            self._unique_ids[wanted] = (key, slide)
        if event_id == wanted:
            return
        if earlier is not None:
            earlier_key, origin = earlier
            # TimelineJS tells such twins apart the same way (a -2 suffix), but a link to the id finds the first.
            same = "is also that of" if earlier_key == key else f"makes the same id as “{earlier_key}”, that of"
            self.builder.warn(
                place(),
                f"the unique_id “{key}” {same} {origin.path} (line {origin.line}); this one's id is “{event_id}”",
            )
        else:
            self.builder.warn(
                place(),
                f"the id “{wanted}” of this unique_id is already that of an earlier event (made from its title); "
                f"this one's id is “{event_id}”",
            )

    def _event_title(self, slide: SlideInput, text: str, display: str | None) -> str:
        headline = self._text(slide.headline)
        title = html_to_line(headline) if headline else ""
        if title:
            return title
        if text:
            title = _start_of(text)
            source = f"titled “{title}” from the start of its text"
        elif display:
            title = display
            source = f"titled by its display date, “{title}”"
        else:
            title = UNTITLED_EVENT
            source = f"called “{title}”"
        self.builder.warn(slide.headline_place(), f"no headline: the event is {source}")
        return title

    def _event_date(self, event: _PreparedEvent, display: str | None) -> tuple[str | dict[str, Any], list[str]]:
        start, end = event.start, event.end
        # TimelineJS drops an end that is the same as the start ("redundant"); so does our format.
        span_end = end if end is not None and end.date != start.date else None
        notes: list[str] = []
        if display:
            # The slide's display_date replaces the whole date line, so its dates' own are never shown.
            notes.append(f"TimelineJS shows the date as “{display}”.")
        elif span_end is None and start.display and not (end and end.display):
            notes.append(f"TimelineJS shows the date as “{start.display}”.")
        else:
            notes += [
                f"TimelineJS shows the {which} date as “{read.display}”."
                for which, read in (("start", start), ("end", end))
                if read is not None and read.display
            ]
        notes += _time_notes(start, end)
        shown = [text for text in (display, start.display, end.display if end else None) if text]
        # TimelineJS has no way to say a date is approximate or uncertain, but authors write it in
        # the date it displays ("c. 1503", "1503?"): the very marks our format has flags for.
        flags: dict[str, Any] = {}
        if any(_APPROXIMATE.search(text) for text in shown):
            flags["approximate"] = True
        if any(_UNCERTAIN.search(text) for text in shown):
            flags["uncertain"] = True
        if end is None and any(_OPEN.search(text) for text in shown):
            # TimelineJS has no open end either: our export leaves the end out and says so in the date line.
            return {"start": str(start.date), **flags}, notes
        if span_end is None:
            return ({"on": str(start.date), **flags} if flags else str(start.date)), notes
        return {"start": str(start.date), "end": str(span_end.date), **flags}, notes

    # -- media and links ------------------------------------------------------------------------

    def _media(self, media: MediaInput) -> _KeptMedia:
        url = (self._text(media.url) or "").strip()
        kept = _KeptMedia()
        if not url:
            return kept  # TimelineJS shows no media, nor its caption and credit, without a url
        caption_html = self._text(media.caption) or ""
        credit_html = self._text(media.credit) or ""
        link = (self._text(media.link) or "").strip()
        if link and not web_url(link) and media.link is not None:
            self._odd_link(link, media.link.place, linked_words=False)
        caption, credit = html_to_text(caption_html), html_to_text(credit_html)
        for plain, value in ((caption, media.caption), (credit, media.credit)):
            if value is not None:
                self._collect_odd_links(plain, value, bare_urls=False)
        role = media_role(url)
        if role is MediaRole.QUOTE:
            self._quote(url, media, caption, credit, link, kept)
            return kept
        page = page_address(url)
        address = next(
            (
                candidate
                for candidate in (
                    link,
                    page,
                    *(a.href.strip() for a in caption.links),
                    *(a.href.strip() for a in credit.links),
                )
                if candidate and web_url(candidate)
            ),
            None,
        )
        caption_line, credit_line = _one_line(caption.text), _one_line(credit.text)
        if role is MediaRole.DOCUMENT or caption_line or credit_line or web_url(link):
            # A wiki page's address holds its title, which says more than a credit ("Wikipedia") does.
            title = caption_line or (page_title(page) if page and is_wiki_page(page) else "") or credit_line
            title = title or (page_title(address) if address else url)
            publisher = credit_line if credit_line and credit_line != title else None
            # A file's address (a picture, a sound) is no page to cite, but it is what the slide showed.
            note = None if page or not web_url(url) else f"TimelineJS shows the media at {url} with this slide."
            if address:
                kept.citations.append(self._page_source(address, title, publisher=publisher, note=note))
            else:
                kept.citations.append(self.builder.source(title, publisher=publisher, kind=source_kind(url), note=note))
        else:
            self._unshown_media.add(media.url.origin)
        for plain in (caption, credit):
            kept.citations += self._links(plain, bare_urls=False)
        return kept

    def _quote(
        self, markup: str, media: MediaInput, caption: PlainText, credit: PlainText, link: str, kept: _KeptMedia
    ) -> None:
        words = html_to_text(markup, set_aside_cite=True)
        text = _quoted_words(words.text)
        if not text:
            return
        credit_line = _one_line(credit.text)
        cited = (words.cite or "").strip(_CITE_DASHES)
        attribution = (words.attribution or "").strip(_CITE_DASHES) or cited
        # Where the words were published: the media's link, else a link of the credit or of the caption
        # (where our own export writes "source: <a …>"), named by the words of a link to it if there is one.
        candidates = [Link("", link), *credit.links, *(Link("", bare) for bare in credit.bare_urls), *caption.links]
        published = next((found for found in candidates if web_url(found.href.strip())), None)
        if published is not None and not published.text:
            href = published.href.strip()
            named = (found for found in (*caption.links, *credit.links) if found.text and found.href.strip() == href)
            published = next(named, published)
        # A credit that is only a link ("<a …>Wikipedia</a>") names where the words were published, not who spoke.
        credit_names = credit_line if credit_line and not _only_web_links(credit) else ""
        if not cited and not credit_names:
            which = "no <cite> and no credit" if not credit_line else "no <cite>, and the credit is only a link"
            self.builder.warn(
                media.url.origin,
                f"the quotation names no speaker ({which}): its words are kept in the event's summary"
                + (", and where they were published as a source the event cites" if published else ""),
            )
            kept.unattributed_words = text
            if published is not None:
                kept.citations.append(self._link_source(published))
            return
        # The <cite> names who spoke, "Name, role"; a credit beside it names where the words were published,
        # unless it names the same person (as our own export writes it). Without a <cite>, the credit is all
        # the file says of who said them: credits name publishers and occasions as well ("Winston Churchill,
        # House of Commons, 4 June 1940"), so it gives a name, no role.
        name, role = _speaker_and_role(cited) if cited else (_speaker_name(credit_names), None)
        quote_notes = [_attribution(credit_line, attribution)]
        caption_line = as_line(caption.text)
        if caption_line:
            quote_notes.append(f"The caption in the file: “{caption_line}”")
        if cited and credit_names and not _same_person(credit_line, cited):
            address = published.href.strip() if published is not None else None
            source = self.builder.source(
                credit_line, url=address, kind=source_kind(address) if address else SourceKind.OTHER
            )
        elif published is not None:
            source = self._link_source(published)
        else:
            # The file gives the words without saying where they were published: it is their source.
            source = self.builder.file_source()
        kept.quotes.append(
            self.builder.quote(text, speaker=self.builder.person(name, role), source=source, note=" ".join(quote_notes))
        )

    def _text_quote(self, block: QuoteBlock) -> str | None:
        """A ``<blockquote>`` with a ``<cite>`` in a slide's text, as a quote of its event (``None``: no words)."""
        text = _quoted_words(block.text)
        if not text:
            return None
        name, role = _speaker_and_role(block.cite.strip(_CITE_DASHES) or block.cite)
        published = block.source if block.source is not None and web_url(block.source.href.strip()) else None
        source = self._link_source(published) if published is not None else self.builder.file_source()
        return self.builder.quote(
            text,
            speaker=self.builder.person(name, role),
            source=source,
            note=_attribution("", block.attribution or block.cite),
        )

    def _link_source(self, link: Link) -> str:
        """The source a quotation's link names: a wiki page by its title (its words, often "Wikipedia", publish it)."""
        address = link.href.strip()
        words = link.text if link.text != address else ""
        named = _publisher_and_title(words)
        if named is not None:
            return self._page_source(address, named[0], publisher=named[1])
        if is_wiki_page(address) or not words:
            title = page_title(address)
            return self._page_source(address, title, publisher=words if words and words != title else None)
        return self._page_source(address, words)

    def _page_source(self, address: str, title: str, *, publisher: str | None = None, note: str | None = None) -> str:
        """The source at web ``address`` (what is first said of it stays, as the builder keeps one per address)."""
        known = self._page_sources.get(address)
        if known is None:
            known = self.builder.source(title, url=address, publisher=publisher, kind=source_kind(address), note=note)
            self._page_sources[address] = known
        return known

    def _links(self, plain: PlainText, *, bare_urls: bool) -> list[str]:
        """Sources for the web links in a text (and, when TimelineJS would link them, its bare web addresses)."""
        cited: list[str] = []
        for link in plain.links:
            address = link.href.strip()
            if not web_url(address):
                continue
            if link.text.strip() == ARCHIVED_COPY and cited:
                # How our own export links a source's archived copy: right after the source's link.
                self.builder.archive(cited[-1], address)
                continue
            named = _publisher_and_title(link.text)
            if named is not None:
                cited.append(self._page_source(address, named[0], publisher=named[1]))
            else:
                cited.append(
                    self._page_source(address, link.text if link.text and link.text != address else page_title(address))
                )
        if bare_urls:
            for address in plain.bare_urls:
                if web_url(address):
                    cited.append(self._page_source(address, page_title(address)))
        return cited

    def _collect_odd_links(self, plain: PlainText, value: Value, *, bare_urls: bool) -> None:
        """Note the links of a text that are no web address (``javascript:``, ``mailto:``, ``http://@``…).

        A link within the page (``#…``) is not one: TimelineJS jumps with it to the slide of that
        unique_id, and it names no source to lose.
        """
        for link in plain.links:
            address = link.href.strip()
            if address and not address.startswith("#") and not web_url(address):
                self._odd_link(address, value.place, linked_words=True)
        if bare_urls:
            for address in plain.bare_urls:
                if not web_url(address):
                    self._odd_link(address, value.place, linked_words=True)

    def _odd_link(self, address: str, place: Place, *, linked_words: bool) -> None:
        self._odd_links.setdefault(address, (place, linked_words))

    def _say_odd_links(self) -> None:
        """One warning for the slide's links that are no web address, at the first of them."""
        odd, self._odd_links = self._odd_links, {}
        if not odd:
            return
        (address, (place, linked_words)), *others = odd.items()
        message = (
            f"the link “{address}” is not a web address (http or https, with a host name and no spaces), "
            "so it is not a source"
        )
        if linked_words:
            message += "; the words it links are kept"
        if others:
            message += f" (and {len(others):,} more such {'link' if len(others) == 1 else 'links'} in this slide)"
        self.builder.warn(place(), message)

    # -- eras -----------------------------------------------------------------------------------

    def _era(self, era: EraInput) -> None:
        if era.start is None or era.start.is_empty():
            self.builder.warn(era.start_place(), "an era without a start date: TimelineJS refuses it; it is left out")
            return
        if era.end is None or era.end.is_empty():
            self.builder.warn(
                era.end_place(),
                "an era without an end date: TimelineJS refuses it (“All eras must have start and end dates”); "
                "it is left out",
            )
            return
        start = self._date(era.start, "the era is left out")
        end = self._date(era.end, "the era is left out")
        if start is None or end is None:
            return
        if end.date.end_day <= start.date.first_day:
            self.builder.warn(
                era.end.place(),
                f"the era ends ({end.date.in_words()}) before it starts ({start.date.in_words()}); it is left out",
            )
            return
        label = self._line(era.headline)
        if not label:
            label = UNTITLED_ERA
            self.builder.warn(era.headline_place(), f"an era without a headline: it is called “{label}”")
        text = self._text(era.text)
        notes = [html_to_text(text).text] if text else []
        for which, read in (("start", start), ("end", end)):
            if read.display:
                notes.append(f"TimelineJS shows its {which} as “{read.display}”.")
        notes += _time_notes(start, end)
        self.builder.period(
            era.origin, label=label, start=str(start.date), end=str(end.date), note="\n\n".join(notes) or None
        )

    # -- dates ----------------------------------------------------------------------------------

    def _date(self, given: DateInput, consequence: str) -> _Date | None:
        """The date TimelineJS means, as far as our format can hold it soundly; ``None`` when it means none."""
        numbers: dict[str, int] = {}
        readable = True
        for part in DATE_PARTS:
            value = given.parts.get(part)
            if value is None or _is_blank(value.raw):
                continue
            number = self._number(part, value)
            if number is None:
                readable = False
            else:
                numbers[part] = number
        if given.format is not None and not _is_blank(given.format.raw):
            self._formats.add(given.format.origin)
        if not readable:
            return None
        year = numbers.get("year")
        if year is None:
            self.builder.warn(
                given.parts["year"].origin if "year" in given.parts else given.place(),
                f"no year: TimelineJS would show this date in year 0; {consequence}",
            )
            return None
        year_value = given.parts["year"]
        astronomical = _astronomical(year)
        if abs(astronomical) > FURTHEST_YEAR:
            self.builder.error(
                year_value.origin,
                f"the year {year:,} is too far from today: years go up to {FURTHEST_YEAR:,} either way",
            )
            return None
        if year == 0:
            self.builder.warn(
                year_value.origin,
                "year 0: TimelineJS shows it as “0”, a year historians do not count; it is read as 1 BC "
                "(the year before AD 1)",
            )
        month, day = self._calendar_parts(given, numbers, astronomical)
        time = self._time(given, numbers)
        display = self._line(given.display_date)
        return _Date(PartialDate(astronomical, month, day), time, display or None)

    def _calendar_parts(self, given: DateInput, numbers: dict[str, int], year: int) -> tuple[int | None, int | None]:
        """The month and day our format can hold; what it cannot is warned about (TimelineJS shows a wrong date)."""
        month, day = numbers.get("month"), numbers.get("day")
        if month is None and day is None:
            return None, None
        where = given.parts["month" if month is not None else "day"].place
        if year not in CALENDAR_YEARS:
            self.builder.warn(
                where(),
                "a year beyond four digits is a whole year in this app (TimelineJS too places it by the year alone): "
                "the month and day are left out",
            )
            return None, None
        if month is None:
            self.builder.warn(where(), "a day without a month: TimelineJS shows it in January; only the year is kept")
            return None, None
        if not 1 <= month <= 12:
            self.builder.warn(
                where(),
                f"there is no month {month} (TimelineJS would move the date into another month); only the year is kept",
            )
            return None, None
        if day is not None and not 1 <= day <= days_in_month(year, month):
            self.builder.warn(
                given.parts["day"].origin,
                f"{month_in_words(year, month)} has {days_in_month(year, month)} days, so there is no day {day} "
                "(TimelineJS would move the date into another month); only the month is kept",
            )
            return month, None
        return month, day

    def _time(self, given: DateInput, numbers: dict[str, int]) -> str | None:
        # TimelineJS shows a time when a part of it is "truthy" in JavaScript: the number 0 is not,
        # but the text "0" is (it shows 12:00 AM). The note says the time when TimelineJS shows one.
        shown = [given.parts[part] for part in TIME_PARTS if part in numbers and _truthy(given.parts[part].raw)]
        if not shown:
            return None
        self._times.add(shown[0].origin)
        text = f"{numbers.get('hour', 0):02d}:{numbers.get('minute', 0):02d}"
        if numbers.get("second") or numbers.get("millisecond"):
            text += f":{numbers.get('second', 0):02d}"
        if numbers.get("millisecond"):
            text += f".{numbers['millisecond']:03d}"
        return text

    def _number(self, part: str, value: Value) -> int | None:
        """A date part as TimelineJS reads it (a number, or text of digits); an error when it cannot."""
        raw = value.raw
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            self.builder.error(value.origin, f"the {part} must be a number, found {describe_value(raw)}")
            return None
        if isinstance(raw, float):
            if not math.isfinite(raw):  # JSON reads a number such as 1e400 as infinite
                self.builder.error(value.origin, f"the {part} is a number too large to be a date")
                return None
            if not raw.is_integer():
                self.builder.warn(
                    value.origin,
                    f"the {part} {raw} is not a whole number: it is read as {int(raw)}, as TimelineJS does",
                )
            return int(raw)
        if isinstance(raw, int):
            return raw
        text = raw.strip()
        if not _WHOLE_NUMBER.fullmatch(text):
            hint = _PART_HINTS.get(part, "TimelineJS reads it as a whole number")
            self.builder.error(value.origin, f"the {part} '{value.written or raw}' is not a number: {hint}")
            return None
        if len(text) > _LONGEST_NUMBER:
            self.builder.error(value.origin, f"the {part} is a number too large to be a date")
            return None
        return int(text)

    # -- text -----------------------------------------------------------------------------------

    def _text(self, value: Value | None) -> str | None:
        """A value that should be text: numbers are written out; anything else is warned about and left out."""
        if value is None or value.raw is None:
            return None
        raw = value.raw
        if isinstance(raw, str):
            return raw
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
        self.builder.warn(value.origin, f"expected text, found {describe_value(raw)}; it is left out")
        return None

    def _line(self, value: Value | None) -> str:
        text = self._text(value)
        return html_to_line(text) if text else ""


@dataclass(slots=True)
class _KeptMedia:
    citations: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    unattributed_words: str | None = None


def _astronomical(year: int) -> int:
    """TimelineJS shows year -44 as "44 BCE": 44 BC, which astronomers (and our format) number -43."""
    return year + 1 if year < 0 else year


def _truthy(raw: Any) -> bool:
    """Whether JavaScript takes a value for true, as TimelineJS tests which date parts are given."""
    return bool(raw) and raw != 0


def _is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _start_of(text: str) -> str:
    """A title made from the start of a text: its first line, cut at a word within :data:`_TITLE_LENGTH`."""
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) <= _TITLE_LENGTH:
        return line
    cut = line[:_TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:" + _FULL_STOPS)
    return f"{cut or line[:_TITLE_LENGTH]}…"


def _time_notes(start: _Date, end: _Date | None) -> list[str]:
    """What the file says of the time of day, which our dates cannot hold: for the note of what it dates."""
    times = [(which, read.time) for which, read in (("start", start), ("end", end)) if read and read.time]
    if not times:
        return []
    if len(times) == 1 and times[0][0] == "start" and (end is None or end.date == start.date):
        return [f"The file gives the time {times[0][1]}, with no time zone."]
    given = " and ".join(f"the {which} time {time}" for which, time in times)
    return [f"The file gives {given}, with no time zone."]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quoted_words(text: str) -> str:
    """The words of a quotation, without the quotation marks and dashes around them."""
    return text.strip(_QUOTE_MARKS).rstrip(_CITE_DASHES).strip(_QUOTE_MARKS)


def _name_and_rest(text: str) -> tuple[str, str]:
    """``text`` parted at its first comma that does not start a name suffix ("Martin Luther King, Jr." is a name)."""
    name, _, rest = text.partition(",")
    while rest:
        head, _, tail = rest.partition(",")
        if not _NAME_SUFFIX.fullmatch(head.strip()):
            break
        name, rest = f"{name},{head}", tail
    return name.strip(), rest.strip()


def _speaker_and_role(cite: str) -> tuple[str, str | None]:
    """Who a ``<cite>`` names, and their role when it is written "Name, role".

    Not every "Name, …" gives a role: "Name, as reported by …" says how the words reached us, and
    "Nelson Mandela, 1964" when they were said. The quote's note keeps those.
    """
    name, rest = _name_and_rest(cite)
    if not name:
        return cite, None  # ", someone": no name before the comma to set a role apart from
    if not rest or _REPORTED.match(rest) or _is_date_only(rest):
        return name, None
    return name, rest


def _is_date_only(text: str) -> bool:
    return any(c.isdigit() for c in text) and _DATE_ONLY.fullmatch(text) is not None


def _same_person(credit: str, cite: str) -> bool:
    """Whether a credit names whom the ``<cite>`` names: all of it, or its name before "…, role"."""
    key = _person_key(credit)
    return bool(key) and key in (_person_key(cite), _person_key(_name_and_rest(cite)[0]))


def _person_key(name: str) -> str:
    """A name as compared: case, spacing and how its letters are encoded (a composed "é" or not) set aside."""
    return "".join(unicodedata.normalize("NFKC", name).casefold().split())


def _publisher_and_title(words: str) -> tuple[str, str | None] | None:
    """The title and publisher of link words written "Publisher, “Title”" (or "“Title”"), else ``None``."""
    found = _PUBLISHED_TITLE.fullmatch(words.strip())
    if found is None:
        return None
    title, publisher = found.group("title").strip(), found.group("publisher")
    if not title or not _marks_nest(title):
        return None  # "“A” and “B”": two quoted titles, not one
    return title, publisher.strip() if publisher else None


def _marks_nest(text: str) -> bool:
    """Whether the quotation marks of ``text`` open before they close, and each closes: “…” within a title."""
    depth = 0
    for c in text:
        depth += (c == "“") - (c == "”")
        if depth < 0:
            return False
    return depth == 0


def _speaker_name(credit: str) -> str:
    """Who a credit names as speaker: what comes before its first comma (keeping a name suffix); no role."""
    return _name_and_rest(credit)[0] or credit


def _attribution(credit: str, cite: str) -> str:
    """The quote's note: the file's attribution as written, since the speaker is only what we made of it."""
    if credit and cite:
        return f"The file credits the words to “{credit}” and attributes them to “{cite}”."
    if cite:
        return f"The file attributes the words to “{cite}”."
    return f"The file credits the words to “{credit}”."


def _only_web_links(plain: PlainText) -> bool:
    """Whether a text is nothing but web links (and web addresses): it names pages, not people."""
    rest = plain.text
    found = False
    for address, words in ((link.href.strip(), link.text) for link in plain.links):
        if words and web_url(address):
            rest, found = rest.replace(words, " ", 1), True
    for address in plain.bare_urls:
        if web_url(address):
            rest, found = rest.replace(address, " ", 1), True
    return found and not any(c.isalnum() for c in rest)
