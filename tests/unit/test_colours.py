"""Colours a reader can read: WCAG contrast of every pairing the themes draw, and a palette for every eye.

The ratios are WCAG 2.x's (relative luminance): AA asks 4.5:1 for normal text, 3:1 for large
text and for the marks needed to read the timeline (non-text contrast, 1.4.11). Translucent
colours are measured as drawn, over what they are drawn on.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from timeline_app.domain.bundled import bundled_timeline_path
from timeline_app.domain.colours import (
    AA_NON_TEXT,
    AA_TEXT,
    CATEGORY_PALETTE,
    RGB,
    ColourVision,
    contrast_ratio,
    delta_e,
    least_difference,
    over,
    parse_hex,
    relative_luminance,
    simulate_colour_vision,
    text_fill,
    to_hex,
    with_contrast,
)
from timeline_app.domain.event_html import LEVEL_COLOURS, STATUS_COLOURS
from timeline_app.domain.formats.base import PALETTE
from timeline_app.domain.opening import load_timeline
from timeline_app.domain.problems import TimelineLoadError
from timeline_app.ui.theme import DARK, LIGHT, Theme

DATA = Path(__file__).resolve().parent.parent / "data"
SCREENSHOT_SAMPLE = Path(__file__).resolve().parent.parent / "screenshots" / "sample.timeline.json"
THEMES = [LIGHT, DARK]
DEEPEST_PERIOD_SHADE = 3
"""The bundled timeline has three periods at once (KFOR, ISAF and the Iraq coalition, 2003–2008): labels sit on that."""
DISTINCT = 12.0
"""ΔE*ab two categories' colours keep between them, whatever the colour vision (about 2.3 is just noticeable)."""


def rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def as_drawn(colour: QColor, on: QColor) -> RGB:
    """A possibly translucent colour as it looks painted over the opaque ``on``."""
    return over(rgb(colour), colour.alphaF(), rgb(on))


@cache
def file_colours() -> tuple[str, ...]:
    """Every category colour of the bundled timeline and of the test files that open (all formats)."""
    paths = [bundled_timeline_path(), SCREENSHOT_SAMPLE, *sorted(p for p in DATA.rglob("*") if p.is_file())]
    colours: set[str] = set()
    opened = 0
    for path in paths:
        if path.suffix not in (".json", ".timeline", ".csv"):
            continue
        try:
            timeline = load_timeline(path).timeline
        except TimelineLoadError:
            continue  # the malformed ones, kept to test the loader's errors
        opened += 1
        colours |= {category.colour.lower() for category in timeline.categories}
    assert opened >= 25, "the fixtures this test reads have gone"
    assert len(colours) >= 15
    return tuple(sorted(colours))


# -- the arithmetic ----------------------------------------------------------------------------


def test_contrast_ratios_are_wcags() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#1f77b4", "#1f77b4") == pytest.approx(1.0)
    # The grey WCAG's own examples give as just passing AA on white, and the one just failing it.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#777777", "#ffffff") < 4.5
    assert relative_luminance((255, 0, 0)) == pytest.approx(0.2126)


@pytest.mark.parametrize("background", ["#ffffff", "#1c1f24", "#f6f7f9"])
@pytest.mark.parametrize("colour", ["#E69F00", "#F0E442", "#999999", "#0072B2", "#332288", "#56B4E9"])
def test_a_colour_is_moved_just_far_enough_to_stand_out_keeping_its_hue(colour: str, background: str) -> None:
    original, page = parse_hex(colour), parse_hex(background)
    adjusted = with_contrast(original, page, AA_NON_TEXT)
    assert contrast_ratio(adjusted, page) >= AA_NON_TEXT
    if contrast_ratio(original, page) >= AA_NON_TEXT:
        assert adjusted == original  # a file's own colour is kept wherever it is readable
    else:
        # The least change: a step less would not do.
        step_back = with_contrast(original, page, AA_NON_TEXT - 0.15)
        assert contrast_ratio(step_back, page) < AA_NON_TEXT
        hue_before = QColor(colour).hslHueF()
        assert QColor(to_hex(adjusted)).hslHueF() == pytest.approx(hue_before, abs=0.02)


@pytest.mark.parametrize("fill", ["#2e8b57", "#E69F00", "#777777", "#0072B2", "#ffffff", "#000000", "#b7791f"])
def test_text_on_a_colour_reads_at_aa(fill: str) -> None:
    background, text = text_fill(parse_hex(fill), (255, 255, 255), (29, 33, 39))
    assert contrast_ratio(text, background) >= AA_TEXT


def test_colour_vision_is_simulated_as_machado_et_al() -> None:
    # Greys look the same to everyone; red and green, told apart easily with typical vision, are not by a deuteranope.
    for grey in ((0, 0, 0), (128, 128, 128), (255, 255, 255)):
        for vision in ColourVision:
            assert delta_e(simulate_colour_vision(grey, vision), grey) < 1.0
    red, green = (200, 40, 40), (40, 160, 40)
    seen = [simulate_colour_vision(c, ColourVision.DEUTERANOPIA) for c in (red, green)]
    assert delta_e(red, green) > 80
    assert delta_e(*seen) < delta_e(red, green) / 2
    # Blue and green stay apart for a deuteranope, but a tritanope loses the difference.
    blue, teal = (0, 114, 178), (0, 158, 115)
    assert delta_e(*(simulate_colour_vision(c, ColourVision.TRITANOPIA) for c in (blue, teal))) < delta_e(blue, teal)


# -- the palette for files without colours --------------------------------------------------------


def test_files_without_colours_get_the_colour_blind_safe_palette() -> None:
    assert PALETTE == CATEGORY_PALETTE
    assert len(set(CATEGORY_PALETTE)) == len(CATEGORY_PALETTE) == 8


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
@pytest.mark.parametrize("vision", [None, *ColourVision], ids=lambda v: "typical" if v is None else v.value)
def test_the_palette_stays_distinguishable_for_every_eye_in_each_theme(
    theme: Theme, vision: ColourVision | None
) -> None:
    drawn = [rgb(theme.category(colour)) for colour in CATEGORY_PALETTE]
    assert least_difference(drawn, vision) >= DISTINCT


# -- every pairing the themes draw ------------------------------------------------------------------


def text_pairs(theme: Theme) -> list[tuple[str, RGB, RGB]]:
    """Text colour on background, for each place the canvas, overview, legend and pane draw text."""
    bg = theme.background
    legend_count = theme.on_colour(theme.legend_sample)
    pairs = [
        ("labels", rgb(theme.text), rgb(bg)),
        ("lane names", rgb(theme.text), rgb(theme.gutter_background)),
        ("lane counts", rgb(theme.text_secondary), rgb(theme.gutter_background)),
        ("axis major labels", rgb(theme.text), rgb(theme.axis_background)),
        ("axis minor labels", rgb(theme.text_secondary), rgb(theme.axis_background)),
        ("overview years", rgb(theme.text_secondary), rgb(theme.axis_background)),
        ("'Periods'", rgb(theme.text_secondary), rgb(bg)),
        ("period names", rgb(theme.text), as_drawn(theme.period_label_fill, bg)),
        ("selected label", rgb(theme.selection_text), rgb(theme.selection_fill)),
        ("hovered label", rgb(theme.text), rgb(theme.hover_fill)),
        ("legend", rgb(theme.text), as_drawn(theme.legend_background, bg)),
        ("legend cluster count", rgb(legend_count[1]), rgb(legend_count[0])),
        ("context labels", rgb(theme.text_muted), rgb(bg)),
        ("empty canvas", rgb(theme.text_muted), rgb(bg)),
    ]
    for depth in range(1, DEEPEST_PERIOD_SHADE + 1):
        pairs.append((f"labels on {depth} periods", rgb(theme.text), rgb(theme.period_fill(depth))))
        pairs.append((f"context labels on {depth} periods", rgb(theme.text_muted), rgb(theme.period_fill(depth))))
    pane = theme.pane
    page = parse_hex(pane.background)
    for role in ("text", "heading", "meta", "note", "warn", "attribution", "excerpt", "link"):
        pairs.append((f"pane {role}", parse_hex(getattr(pane, role)), page))
    for badge, (badge_text, badge_fill) in [*LEVEL_COLOURS.items(), *STATUS_COLOURS.items()]:
        pairs.append((f"badge {badge}", parse_hex(badge_text), parse_hex(badge_fill)))
    palette = theme.palette()
    roles = QPalette.ColorRole
    for text_role, base_role in [
        (roles.WindowText, roles.Window),
        (roles.Text, roles.Base),
        (roles.Text, roles.AlternateBase),
        (roles.ButtonText, roles.Button),
        (roles.HighlightedText, roles.Highlight),
        (roles.ToolTipText, roles.ToolTipBase),
        (roles.Link, roles.Base),
        (roles.PlaceholderText, roles.Base),
    ]:
        name = f"widgets {text_role.name} on {base_role.name}"
        pairs.append((name, rgb(palette.color(text_role)), rgb(palette.color(base_role))))
    return pairs


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_text_the_themes_draw_reads_at_aa(theme: Theme) -> None:
    failing = {
        name: round(contrast_ratio(fg, bg), 2) for name, fg, bg in text_pairs(theme) if contrast_ratio(fg, bg) < AA_TEXT
    }
    assert failing == {}


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_marks_and_outlines_stand_out_from_the_page(theme: Theme) -> None:
    bg = theme.background
    marks = {
        "selection outline": rgb(theme.selection),
        "keyboard focus ring": as_drawn(theme.focus, bg),
        "ring of an event a chosen source contradicts": rgb(theme.contradicted),
        "legend samples": rgb(theme.legend_sample),
        "muted legend sample": rgb(theme.muted(theme.legend_sample)),
    }
    ratios = {name: round(contrast_ratio(colour, rgb(bg)), 2) for name, colour in marks.items()}
    failing = {name: ratio for name, ratio in ratios.items() if ratio < AA_NON_TEXT}
    assert failing == {}


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_the_grid_is_visible_but_quieter_than_anything_read(theme: Theme) -> None:
    bg = theme.background
    major, minor = (contrast_ratio(as_drawn(line, bg), rgb(bg)) for line in (theme.grid_major, theme.grid_minor))
    separator = contrast_ratio(rgb(theme.separator), rgb(bg))
    assert 1.05 < minor < major < 1.6
    assert 1.2 < separator < AA_NON_TEXT


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.name)
def test_every_files_category_colours_are_adjusted_for_contrast(theme: Theme) -> None:
    """Marks stand 3:1 against the page, context marks too; counts on a cluster's pill, labels on a bar 4.5:1."""
    page = rgb(theme.background)
    failing: dict[str, str] = {}
    for colour in (*file_colours(), *CATEGORY_PALETTE):
        drawn = theme.category(colour)
        checks = {
            "mark": (contrast_ratio(rgb(drawn), page), AA_NON_TEXT),
            "context mark": (contrast_ratio(rgb(theme.muted(drawn)), page), AA_NON_TEXT),
            "cluster count": (contrast_ratio(*(rgb(c) for c in theme.on_colour(drawn))), AA_TEXT),
            "label on its bar": (contrast_ratio(rgb(theme.text), rgb(theme.bar_fill(drawn))), AA_TEXT),
            "density bars": (contrast_ratio(rgb(theme.density(drawn)), page), 1.5),
        }
        failing |= {f"{colour} {what}": f"{ratio:.2f}" for what, (ratio, least) in checks.items() if ratio < least}
    assert failing == {}


def test_the_light_theme_keeps_readable_file_colours_exactly() -> None:
    # The approved screenshots' colours all pass on white: drawn as the file gives them.
    for colour in ("#2f6db5", "#7b4fb3", "#c0392b", "#2e8b57", "#b7791f", "#0072B2"):
        assert LIGHT.category(colour).name() == colour.lower()
    # Okabe–Ito's orange does not (2:1 on white): it is darkened, and only in the light theme.
    assert LIGHT.category("#E69F00").name() != "#e69f00"
    assert DARK.category("#E69F00").name() == "#e69f00"
