"""The detail pane's document, read as text: quotes said later, and citations that give no excerpt."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from typing_extensions import override

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.dates import PartialDate
from timeline_app.domain.event_html import NO_EXCERPT_LABEL, said_in_words
from timeline_app.domain.model import Event, Timeline
from timeline_app.domain.opening import load_timeline
from timeline_app.ui.detail_document import EventDocument


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in_style = False

    @override
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = self._in_style or tag == "style"

    @override
    def handle_endtag(self, tag: str) -> None:
        self._in_style = self._in_style and tag != "style"

    @override
    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def pane_text(timeline: Timeline, event: Event) -> str:
    reader = _Text()
    reader.feed(EventDocument(timeline, event).html())
    # Badges are padded with no-break spaces; compare words, not padding.
    return re.sub(r"[\s\xa0]+", " ", "".join(reader.parts)).strip()


@pytest.fixture(scope="module")
def bundled() -> Timeline:
    return load_timeline(bundled_timeline_path()).timeline


def event(timeline: Timeline, event_id: str) -> Event:
    return next(e for e in timeline.events if e.id == event_id)


def test_a_quote_said_years_later_says_it_looks_back(bundled: Timeline) -> None:
    text = pane_text(bundled, event(bundled, "kabul-airport-security-2021"))
    assert "Jens Stoltenberg, Secretary General of NATO · said on 18 March 2024, looking back · Interview" in text
    assert "said on 14 December 2021, looking back · Joint press conference with President Ilham Aliyev" in text
    unverified = pane_text(bundled, event(bundled, "azerbaijani-troops-leave-kabul-2021"))
    assert "said on 17 March 2024, looking back · Joint press statements with President Ilham Aliyev" in unverified


def test_a_quote_said_on_the_day_of_its_event_is_not_a_look_back(bundled: Timeline) -> None:
    text = pane_text(bundled, event(bundled, "baku-press-statements-2024"))
    assert "Ilham Aliyev, President of Azerbaijan · 17 March 2024 · Joint press statements" in text
    assert "looking back" not in text


def test_the_look_back_names_the_month_or_year_as_precisely_as_the_quote_is_dated() -> None:
    assert said_in_words(PartialDate(2024, 3, 17), looking_back=True) == "said on 17 March 2024, looking back"
    assert said_in_words(PartialDate(2024, 3), looking_back=True) == "said in March 2024, looking back"
    assert said_in_words(PartialDate(2024), looking_back=True) == "said in 2024, looking back"
    assert said_in_words(PartialDate(2024, 3, 17), looking_back=False) == "17 March 2024"


def test_a_citation_without_an_excerpt_says_why_where_the_excerpt_would_be(bundled: Timeline) -> None:
    text = pane_text(bundled, event(bundled, "contingent-returns-baku-2021"))
    assert (
        f"supports (Report.az report on the return): {NO_EXCERPT_LABEL} — the research notes name it only as a "
        "second source for 27 August" in text
    )
    reasons = [
        (e, c.no_excerpt_reason)
        for e in bundled.events
        for c in (*e.citations, *(c for claim in e.claims for c in claim.citations))
        if c.no_excerpt_reason
    ]
    assert reasons
    for shown, reason in reasons:
        assert f"{NO_EXCERPT_LABEL} — {reason}" in pane_text(bundled, shown), shown.id


def test_a_passage_the_event_and_its_claim_both_cite_is_shown_once(bundled: Timeline) -> None:
    text = pane_text(bundled, event(bundled, "transit-hub-2017-2018"))
    passage = "About 40 percent of all cargo destined for the NATO mission in Afghanistan passes through Azerbaijan"
    assert text.count(passage) == 1
