"""Publishing for TimelineJS: what our writer puts where, and what comes back when it is read again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.formats.timelinejs import read_timelinejs_json
from timeline_app.domain.formats.timelinejs_writer import (
    NothingToPublishError,
    timelinejs_document,
    timelinejs_export,
    timelinejs_json,
    timelinejs_year,
)
from timeline_app.domain.model import Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.wording import date_in_words

DATA = Path(__file__).resolve().parent.parent / "data"
ANY_YEAR = DATA / "any-year.timeline.json"


def published(path: Path) -> tuple[Timeline, dict[str, Any]]:
    timeline = load_timeline(path).timeline
    return timeline, timelinejs_document(timeline)


def slide(document: dict[str, Any], event_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(e for e in document["events"] if e["unique_id"] == event_id)
    return found


@pytest.mark.parametrize(("ours", "theirs"), [(1994, 1994), (1, 1), (0, -1), (-43, -44), (-13799999999, -13800000000)])
def test_bc_years_are_written_as_timelinejs_numbers_them(ours: int, theirs: int) -> None:
    # TimelineJS shows -44 as "44 BCE"; our -43 is 44 BC.
    assert timelinejs_year(ours) == theirs


def test_a_date_keeps_its_precision_and_says_more_only_in_display_date() -> None:
    _, document = published(ANY_YEAR)
    assert slide(document, "ides-of-march")["start_date"] == {"year": -44, "month": 3, "day": 15}
    assert "display_date" not in slide(document, "ides-of-march")
    assert slide(document, "vesuvius")["start_date"] == {"year": 79}
    earth = slide(document, "earth-forms")
    assert earth["start_date"] == {"year": -4540000000}
    assert earth["display_date"] == "c. 4.54 billion years ago"
    assert slide(document, "rubicon")["display_date"] == "January 49 BC (date uncertain)"
    assert document["scale"] == "cosmological"


def test_contested_and_open_dates_are_placed_at_their_start_and_worded_in_full() -> None:
    timeline, document = published(bundled_timeline_path())
    sofa = slide(document, "pfp-sofa")
    assert sofa["start_date"] == {"year": 1996}
    assert sofa["display_date"] == "1996 or 15 November 1998 — sources disagree"
    assert "The sources disagree on the date:" in sofa["text"]["text"]
    assert "scale" not in document, "1992–2021 needs no cosmological scale"
    open_spans = [e for e in timeline.events if date_in_words(e.date).endswith("(no end recorded)")]
    for event in open_spans:
        assert "end_date" not in slide(document, event.id)


def test_the_first_quote_is_the_media_and_the_sources_are_links_in_the_text() -> None:
    _, document = published(bundled_timeline_path())
    ipap = slide(document, "ipap-presented-2004")
    assert ipap["media"]["url"].startswith("<blockquote>this afternoon the President has presented me")
    assert ipap["media"]["url"].endswith(" <cite>Jaap de Hoop Scheffer, Secretary General of NATO</cite></blockquote>")
    assert ipap["media"]["credit"] == "Jaap de Hoop Scheffer"
    assert ipap["media"]["link"] == "https://www.nato.int/docu/speech/2004/s040519b.htm", "the quote links its source"
    text = ipap["text"]["text"]
    assert '<a href="https://www.nato.int/docu/speech/2004/s040519b.htm">' in text
    assert "<b>How sure:</b> High confidence, corroborated." in text
    assert "<b>Claim (contradicted):</b>" in text
    assert ipap["group"] == "Diplomacy and partnership"
    media_urls = [e["media"]["url"] for e in document["events"] if "media" in e]
    assert all(url.startswith("<blockquote>") for url in media_urls), "no web page goes in media, where it breaks"


def test_text_from_our_file_is_escaped_never_interpreted(tmp_path: Path) -> None:
    data = json.loads((DATA / "minimal.timeline.json").read_text(encoding="utf-8"))
    data["categories"][0]["label"] = "<img src=x onerror=alert(document.cookie)>"
    data["events"][0]["title"] = "<b>Bold</b> & <img src=x onerror=alert(1)>"
    data["events"][0]["summary"] = 'A "quoted" <script>alert(1)</script> summary'
    path = tmp_path / "risky.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, document = published(path)
    first = document["events"][0]
    assert first["text"]["headline"] == "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"
    assert "<script>" not in first["text"]["text"]
    assert "&lt;script&gt;" in first["text"]["text"]
    # TimelineJS shows a group's name as HTML too.
    assert first["group"] == "&lt;img src=x onerror=alert(document.cookie)&gt;"


def test_the_far_future_is_worded_for_timelinejs_which_would_call_it_the_past(tmp_path: Path) -> None:
    data = json.loads(ANY_YEAR.read_text(encoding="utf-8"))
    data["events"][0]["date"] = "5000000000"
    path = tmp_path / "future.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, document = published(path)
    sun = slide(document, "big-bang")
    assert sun["start_date"] == {"year": 5000000000}
    assert sun["display_date"] == "5 billion years from now"
    assert "display_date" not in slide(document, "impact"), "the deep past TimelineJS says rightly itself"


def test_what_timelinejs_keeps_differently_is_said(tmp_path: Path) -> None:
    data = json.loads(ANY_YEAR.read_text(encoding="utf-8"))
    data["periods"].append({"id": "open", "label": "Open period", "start": "1999-09"})
    data["periods"].append({"id": "later", "label": "Later period", "start": "2025"})
    path = tmp_path / "periods.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    notes = dict(timelinejs_export(load_timeline(path).timeline).notes)
    assert notes["periods[2]"] == (
        "the period “Open period” goes on, but a TimelineJS era needs an end: it ends with the timeline's range, 2021"
    )
    assert notes["periods[3]"] == (
        "the period “Later period” goes on, but a TimelineJS era needs an end: it starts after the timeline's "
        "range, so it ends where it starts, 2025"
    )
    assert "confidence, claims, key figures and the sources" in notes[""]
    bundled = dict(timelinejs_export(load_timeline(bundled_timeline_path()).timeline).notes)
    sofa = load_timeline(bundled_timeline_path()).timeline.events
    where = next(i for i, e in enumerate(sofa) if e.id == "pfp-sofa")
    assert bundled[f"events[{where}].date"].startswith("TimelineJS places a slide at one date")


def test_periods_are_eras_with_an_end_even_when_ours_has_none(tmp_path: Path) -> None:
    data = json.loads(ANY_YEAR.read_text(encoding="utf-8"))
    data["periods"].append({"id": "open", "label": "Open period", "start": "1999-09"})
    path = tmp_path / "periods.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    _, document = published(path)
    eras = {e["text"]["headline"]: e for e in document["eras"]}
    assert eras["Roman Republic"]["start_date"] == {"year": -509}
    assert eras["Roman Republic"]["end_date"] == {"year": -27}
    # TimelineJS refuses an era without an end: one that goes on runs to the end of the timeline's range.
    assert eras["Open period"]["end_date"] == {"year": 2021}


def test_a_timeline_without_events_is_not_published(tmp_path: Path) -> None:
    data = json.loads((DATA / "minimal.timeline.json").read_text(encoding="utf-8"))
    data["events"], data["quotes"] = [], []
    path = tmp_path / "empty.timeline.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NothingToPublishError, match="TimelineJS needs at least one"):
        published(path)


def test_any_year_comes_back_from_timelinejs_with_every_event_date_period_and_quote() -> None:
    original = load_timeline(ANY_YEAR).timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json").timeline
    assert [(e.id, e.title, date_in_words(e.date)) for e in back.events] == [
        (e.id, e.title, date_in_words(e.date)) for e in original.events
    ]
    assert [(p.label, str(p.start), str(p.end)) for p in back.periods] == [
        (p.label, str(p.start), str(p.end)) for p in original.periods
    ]
    (quote,) = back.quotes
    assert quote.text == "The die is cast."
    speaker = next(p for p in back.people if p.id == quote.speaker)
    assert speaker.name == "A Narrator"


def test_every_quote_comes_back_from_timelinejs_with_its_speaker_role_and_source() -> None:
    original = load_timeline(bundled_timeline_path()).timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json").timeline

    def said(timeline: Timeline) -> set[tuple[str, str, str | None, str | None]]:
        people = {p.id: p for p in timeline.people}
        sources = {s.id: s for s in timeline.sources}
        quoted: set[tuple[str, str, str | None, str | None]] = set()
        for quote in timeline.quotes:
            person = people[quote.speaker]
            quoted.add((quote.text, person.name, quote.role or person.role, sources[quote.source].url))
        return quoted

    assert len(back.quotes) == len(original.quotes)
    assert said(back) == said(original)
    assert back.title == original.title


def test_sources_come_back_from_timelinejs_with_their_archived_copies() -> None:
    original = load_timeline(bundled_timeline_path()).timeline
    back = read_timelinejs_json(timelinejs_json(original).encode("utf-8"), "published.json").timeline
    archived = {s.url: s.archived_url for s in original.sources if s.url and s.archived_url}
    assert archived, "the bundled timeline has archived copies to check"
    assert {s.url: s.archived_url for s in back.sources if s.url in archived} == archived
    assert not [s for s in back.sources if s.title == "archived copy"], "an archived copy is no source of its own"
    # A source known only by its archived copy is linked there: the address a reader can follow.
    only_archived = {s.archived_url: s.title for s in original.sources if not s.url and s.archived_url}
    assert only_archived, "the bundled timeline has a source known only by its archived copy"
    assert {s.url: s.title for s in back.sources if s.url in only_archived} == only_archived
