"""Read TimelineJS files: its JSON (here) and its Google-Sheets spreadsheet saved as CSV (``timelinejs_csv.py``).

TimelineJS 3 (Knight Lab) reads four top-level keys of its JSON: ``events`` (a list of
slides, the only one required), ``title`` (a slide without a date), ``eras`` and
``scale``. This module reads the JSON into slides, each value with its line and column
(found with :class:`~timeline_app.domain.locate.JsonLocator` on the original text), and
hands them to :class:`~timeline_app.domain.formats.timelinejs_slides.SlideReader`, which
maps them to our format; its description lists the rules.

Bad JSON is refused with the same located, plain-English messages as a file of our own.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Final

from timeline_app.domain.formats.base import DocumentBuilder, Origin
from timeline_app.domain.formats.timelinejs_csv import read_timelinejs_csv
from timeline_app.domain.formats.timelinejs_slides import (
    DATE_PARTS,
    DateInput,
    EraInput,
    MediaInput,
    Place,
    SlideInput,
    SlideReader,
    Value,
)
from timeline_app.domain.loading import (
    FileFormat,
    LoadedTimeline,
    collector_paused,
    describe_value,
    read_json_document,
    refuse_if_too_large,
)
from timeline_app.domain.locate import JsonLocator, JsonPath, format_path

__all__ = ["read_timelinejs_csv", "read_timelinejs_json"]

SCALES = ("human", "cosmological")

_OURS: Final = "x_timeline_viewer"
"""A key for extra data in a TimelineJS file, under our name (TimelineJS ignores keys it does not know).

Our writer puts nothing there: what a published timeline holds is what TimelineJS shows. A file
that has it was made by hand or by another tool; it is not read, and the reader says so."""


def read_timelinejs_json(raw: bytes, name: str) -> LoadedTimeline:
    """A TimelineJS JSON file as a timeline of ours. Raises :class:`TimelineLoadError` with every problem found."""
    # The limit every format has, checked here too for a caller that hands over the bytes itself.
    refuse_if_too_large(len(raw), name, FileFormat.TIMELINEJS_JSON.label)
    with collector_paused():
        builder = DocumentBuilder(name, FileFormat.TIMELINEJS_JSON)
        text, data = _parse_json(raw, name)
        _JsonSlides(builder, JsonLocator(text)).read(data)
        return builder.finish(raw)


class _Unreadable:
    """A date object that is not an object: already an error; its slide is not read further."""


_UNREADABLE = _Unreadable()


class _JsonSlides:
    def __init__(self, builder: DocumentBuilder, locator: JsonLocator) -> None:
        self.builder = builder
        self._locator = locator
        self._ours_first: Origin | None = None
        self._ours_count = 0

    def at(self, path: JsonPath) -> Origin:
        """Where ``path`` is in the file (where its parent is, when the file leaves it out), named by the path."""
        position = self._locator.locate(path)
        return Origin(position.line, position.column, format_path(path))

    def place(self, path: JsonPath) -> Place:
        """:meth:`at`, when it is asked for."""
        return partial(self.at, path)

    def read(self, data: Any) -> None:
        if not isinstance(data, dict):
            self.builder.refuse(
                self.at(()),
                f"expected a JSON object {{…}} at the top level, found {describe_value(data)}: a TimelineJS file is an "
                'object with an "events" list',
            )
        if "events" not in data:
            self.builder.refuse(
                self.at(()),
                'not a TimelineJS file: it has no "events"; TimelineJS files need an "events" list, '
                "with a slide for each event",
            )
        events = data["events"]
        if not isinstance(events, list):
            self.builder.refuse(
                self.at(("events",)),
                f'"events" must be a list [...] of slides, found {describe_value(events)}: TimelineJS files need an '
                '"events" list',
            )
        self._scale(data)
        self._count_ours(data, ())
        title = None
        if data.get("title") is not None:
            title = self._slide(data["title"], ("title",), dated=False)
        slides = [self._slide(event, ("events", i)) for i, event in enumerate(events)]
        eras = self._eras(data)
        SlideReader(self.builder).read(
            title=title if isinstance(title, SlideInput) else None,
            events=[slide for slide in slides if isinstance(slide, SlideInput)],
            eras=eras,
        )
        if self._ours_first is not None:
            places = "1 place" if self._ours_count == 1 else f"{self._ours_count:,} places"
            self.builder.warn(
                self._ours_first,
                f"the extra data under “{_OURS}” ({places}) is not read: TimelineJS ignores it, "
                "and the timeline is read from what TimelineJS shows",
            )

    def _scale(self, data: dict[str, Any]) -> None:
        if "scale" not in data:
            return
        scale = data["scale"]
        if scale not in SCALES:
            # TimelineJS refuses the file ("Don't know how to process dates on scale …"); our dates
            # need no scale, so nothing is lost by reading on.
            self.builder.warn(
                self.at(("scale",)),
                f"TimelineJS knows no scale {_named(scale)} (only “human” and “cosmological”) and would not show "
                "this file; the dates are read as they are",
            )

    def _eras(self, data: dict[str, Any]) -> list[EraInput]:
        eras = data.get("eras")
        if eras is None:
            return []
        if not isinstance(eras, list):
            self.builder.warn(
                self.at(("eras",)), f"expected a list [...] of eras, found {describe_value(eras)}; not read"
            )
            return []
        read = []
        for i, era in enumerate(eras):
            path: JsonPath = ("eras", i)
            if not isinstance(era, dict):
                self.builder.warn(
                    self.at(path), f"expected an era (an object {{…}}), found {describe_value(era)}; left out"
                )
                continue
            self._count_ours(era, path)
            start, end = self._date(era, path, "start_date"), self._date(era, path, "end_date")
            if isinstance(start, _Unreadable) or isinstance(end, _Unreadable):
                continue
            text = self._object(era, path, "text")
            read.append(
                EraInput(
                    origin=self.at(path),
                    start_place=self.place((*path, "start_date")),
                    end_place=self.place((*path, "end_date")),
                    headline_place=self.place((*path, "text", "headline")),
                    start=start,
                    end=end,
                    headline=self._value(text, (*path, "text"), "headline"),
                    text=self._value(text, (*path, "text"), "text"),
                )
            )
        return read

    def _slide(self, data: Any, path: JsonPath, *, dated: bool = True) -> SlideInput | None:
        if not isinstance(data, dict):
            what = "the title slide" if not dated else "a slide"
            self.builder.warn(
                self.at(path), f"expected {what} (an object {{…}}), found {describe_value(data)}; left out"
            )
            return None
        self._count_ours(data, path)
        start: DateInput | None = None
        end: DateInput | None = None
        if dated:
            # TimelineJS never reads a title slide's dates; they may hold anything.
            read_start, read_end = self._date(data, path, "start_date"), self._date(data, path, "end_date")
            if isinstance(read_start, _Unreadable) or isinstance(read_end, _Unreadable):
                return None
            start, end = read_start, read_end
        text = self._object(data, path, "text")
        media = self._object(data, path, "media")
        if media is not None:
            self._count_ours(media, (*path, "media"))
        background = self._object(data, path, "background")
        slide = SlideInput(
            origin=self.at(path),
            start_place=self.place((*path, "start_date")),
            headline_place=self.place((*path, "text", "headline")),
            start=start,
            end=end,
            headline=self._value(text, (*path, "text"), "headline"),
            text=self._value(text, (*path, "text"), "text"),
            group=self._value(data, path, "group"),
            display_date=self._value(data, path, "display_date"),
            unique_id=self._value(data, path, "unique_id"),
            # TimelineJS links the web addresses in a text unless told not to.
            autolink=data.get("autolink") is not False,
        )
        if media is not None:
            url = self._value(media, (*path, "media"), "url")
            if url is not None:
                slide.media = MediaInput(
                    url=url,
                    caption=self._value(media, (*path, "media"), "caption"),
                    credit=self._value(media, (*path, "media"), "credit"),
                    link=self._value(media, (*path, "media"), "link"),
                )
        image = self._value(background, (*path, "background"), "url")
        if image is not None and isinstance(image.raw, str) and image.raw.strip():
            slide.background_image = image
        return slide

    def _date(self, slide: dict[str, Any], path: JsonPath, key: str) -> DateInput | _Unreadable | None:
        data = slide.get(key)
        if data is None:
            return None
        where: JsonPath = (*path, key)
        if not isinstance(data, dict):
            self.builder.error(
                self.at(where),
                f'expected a date object like {{"year": 1994, "month": 5, "day": 4}}, found {describe_value(data)}',
            )
            return _UNREADABLE
        self._count_ours(data, where)
        return DateInput(
            place=self.place(where),
            parts={part: Value(data[part], self.place((*where, part))) for part in DATE_PARTS if part in data},
            display_date=self._value(data, where, "display_date"),
            format=self._value(data, where, "format"),
        )

    def _object(self, container: dict[str, Any], path: JsonPath, key: str) -> dict[str, Any] | None:
        value = container.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.builder.warn(
                self.at((*path, key)), f"expected an object {{…}}, found {describe_value(value)}; not read"
            )
            return None
        return value

    def _value(self, container: dict[str, Any] | None, path: JsonPath, key: str) -> Value | None:
        if container is None or key not in container:
            return None
        return Value(container[key], self.place((*path, key)))

    def _count_ours(self, container: dict[str, Any], path: JsonPath) -> None:
        if _OURS in container:
            if self._ours_first is None:
                position = self._locator.locate((*path, _OURS), key=True)
                self._ours_first = Origin(position.line, position.column, format_path((*path, _OURS)))
            self._ours_count += 1


def _named(value: Any) -> str:
    return f"“{value}”" if isinstance(value, str) else describe_value(value)


# --------------------------------------------------------------------------------------
# The JSON text, read as the loader's careful path reads our own files
# --------------------------------------------------------------------------------------


def _parse_json(raw: bytes, name: str) -> tuple[str, Any]:
    """The file's text and its JSON data; bad text is refused, located, in the words our own files get."""
    return read_json_document(
        raw,
        name,
        read_as=FileFormat.TIMELINEJS_JSON.label,
        empty='a TimelineJS file is a JSON object with an "events" list',
    )
