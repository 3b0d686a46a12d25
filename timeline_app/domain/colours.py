"""Colour arithmetic for readable themes: WCAG contrast, contrast-seeking adjustment, a palette for every eye.

Free of Qt so the rules can be tested as numbers. Colours are ``#rrggbb`` strings or
``(r, g, b)`` tuples of 0–255 integers.

- :func:`contrast_ratio` is WCAG 2.x's ratio of relative luminances (1:1 to 21:1). AA asks
  4.5:1 for normal text, 3:1 for large text and for the parts of graphics needed to read them
  (WCAG 2.1 success criterion 1.4.11, non-text contrast).
- :func:`with_contrast` moves a colour's lightness (keeping its hue and saturation) just far
  enough from a background to reach a ratio: how a category's own colour is kept readable in
  the light and the dark theme.
- :data:`CATEGORY_PALETTE` is for categories a file gives no colour, chosen so that readers with
  any common colour vision can tell them apart; :func:`simulate_colour_vision` and
  :func:`delta_e` let a test check that.
"""

from __future__ import annotations

import colorsys
import enum
import math
from collections.abc import Sequence
from functools import cache

RGB = tuple[int, int, int]

AA_TEXT = 4.5
"""WCAG 2.x AA: normal text against its background."""
AA_NON_TEXT = 3.0
"""WCAG 2.1 AA (1.4.11): graphics needed to understand the content, against what is next to them."""

CATEGORY_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#EE6677", "#AA3377", "#56B4E9", "#8C6D1F", "#332288")
"""Colours for categories a file gives none, in order.

Blue, orange, bluish green and sky blue are from Okabe and Ito's colour-universal-design set
(M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and presentations that
are friendly to colorblind people", 2002, https://jfly.uni-koeln.de/color/); red and purple are
from Paul Tol's "bright" scheme and indigo from his "muted" one (P. Tol, "Colour Schemes", SRON
technical note SRON/EPS/TN/09-002, https://personal.sron.nl/~pault/); the brown is ours.
Okabe–Ito's yellow is left out (no theme can keep it both yellow and readable on white), and so
is its vermillion: for a deuteranope it comes within about 6 ΔE of the orange darkened for
white, for a protanope within about 6 of the brown. From those sets, these are the eight that
stay furthest apart (at least 12 ΔE*ab) for typical vision and simulated protanopia,
deuteranopia and tritanopia, in both themes, after each theme has moved them in lightness for
contrast (:func:`with_contrast`); the tests check it.
"""


def parse_hex(colour: str) -> RGB:
    """``#rrggbb`` (or ``rrggbb``) as an ``(r, g, b)`` tuple."""
    text = colour.removeprefix("#")
    if len(text) != 6:
        raise ValueError(f"'{colour}' is not a colour written as #rrggbb")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _linear(channel: int) -> float:
    """An sRGB channel (0–255) as linear light (0–1), by the sRGB transfer function WCAG uses."""
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def _encoded(value: float) -> int:
    """Linear light (0–1, clamped) back to an sRGB channel (0–255)."""
    value = min(max(value, 0.0), 1.0)
    encoded = value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
    return round(encoded * 255)


def relative_luminance(rgb: RGB) -> float:
    """WCAG 2.x relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB | str, second: RGB | str) -> float:
    """WCAG 2.x contrast ratio of two opaque colours, from 1.0 (the same) to 21.0 (black on white)."""
    a = relative_luminance(parse_hex(first) if isinstance(first, str) else first)
    b = relative_luminance(parse_hex(second) if isinstance(second, str) else second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: RGB, alpha: float, background: RGB) -> RGB:
    """``colour`` drawn at opacity ``alpha`` (0–1) over an opaque ``background``, as painters blend it."""
    return (
        round(colour[0] * alpha + background[0] * (1 - alpha)),
        round(colour[1] * alpha + background[1] * (1 - alpha)),
        round(colour[2] * alpha + background[2] * (1 - alpha)),
    )


def _with_lightness(hue: float, saturation: float, lightness: float) -> RGB:
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


@cache
def with_contrast(colour: RGB, background: RGB, minimum: float) -> RGB:
    """``colour``, made just dark or light enough to stand ``minimum``:1 against ``background``.

    Only the lightness moves (in HSL), away from the background's, so a blue stays a blue and
    two categories keep their hues apart. A colour that already passes is returned unchanged:
    a file's own colours are kept wherever they are readable. If no lightness of that hue
    reaches the ratio (the background is mid-grey), the lightness furthest from it is taken.
    """
    if contrast_ratio(colour, background) >= minimum:
        return colour
    hue, lightness, saturation = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    # Away from the background: darker on a light one, lighter on a dark one (black and white
    # meet at a luminance of about 0.18, where each gives the same ratio).
    darken = relative_luminance(background) > 0.18
    target = 0.0 if darken else 1.0
    if contrast_ratio(_with_lightness(hue, saturation, target), background) < minimum:
        return _with_lightness(hue, saturation, target)
    # The least change that passes: bisect between the colour's lightness and the extreme.
    passing, failing = target, lightness
    for _ in range(24):
        middle = (passing + failing) / 2
        if contrast_ratio(_with_lightness(hue, saturation, middle), background) >= minimum:
            passing = middle
        else:
            failing = middle
    return _with_lightness(hue, saturation, passing)


def readable_text_on(fill: RGB, candidates: Sequence[RGB]) -> RGB:
    """Of ``candidates``, the text colour with the highest contrast against ``fill``."""
    return max(candidates, key=lambda text: contrast_ratio(text, fill))


def text_fill(fill: RGB, light_text: RGB, dark_text: RGB, minimum: float = AA_TEXT) -> tuple[RGB, RGB]:
    """A fill for text to sit on (a cluster's count on its lane's colour), and that text's colour.

    The text is whichever of ``light_text`` and ``dark_text`` reads better on ``fill``; when
    neither reaches ``minimum``:1 (mid-tone fills), the fill moves away from the text until it
    does, keeping its hue.
    """
    text = readable_text_on(fill, (light_text, dark_text))
    return with_contrast(fill, text, minimum), text


# -- seeing as others see ----------------------------------------------------------------------------


class ColourVision(enum.Enum):
    PROTANOPIA = "protanopia"
    """No long-wavelength ("red") cones."""
    DEUTERANOPIA = "deuteranopia"
    """No medium-wavelength ("green") cones: the most common colour-vision deficiency."""
    TRITANOPIA = "tritanopia"
    """No short-wavelength ("blue") cones: rare."""


_MACHADO: dict[ColourVision, tuple[tuple[float, float, float], ...]] = {
    # Machado, Oliveira and Fernandes, "A Physiologically-based Model for Simulation of Color
    # Vision Deficiency", IEEE TVCG 15(6), 2009, doi:10.1109/TVCG.2009.113: the severity 1.0
    # (dichromacy) matrices of their table, applied to linear sRGB.
    ColourVision.PROTANOPIA: (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    ColourVision.DEUTERANOPIA: (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    ColourVision.TRITANOPIA: (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def simulate_colour_vision(rgb: RGB, vision: ColourVision) -> RGB:
    """How ``rgb`` looks to a reader with ``vision`` (Machado et al. 2009, full severity)."""
    linear = [_linear(c) for c in rgb]
    return (
        _encoded(sum(m * c for m, c in zip(_MACHADO[vision][0], linear, strict=True))),
        _encoded(sum(m * c for m, c in zip(_MACHADO[vision][1], linear, strict=True))),
        _encoded(sum(m * c for m, c in zip(_MACHADO[vision][2], linear, strict=True))),
    )


def _lab(rgb: RGB) -> tuple[float, float, float]:
    """CIE L*a*b* (D65 white) of an sRGB colour."""
    red, green, blue = (_linear(c) for c in rgb)
    x = (0.4124 * red + 0.3576 * green + 0.1805 * blue) / 0.95047
    y = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    z = (0.0193 * red + 0.1192 * green + 0.9505 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(first: RGB, second: RGB) -> float:
    """CIE76 colour difference ΔE*ab: about 2.3 is just noticeable, past 10 two colours read as different."""
    return math.dist(_lab(first), _lab(second))


def least_difference(colours: Sequence[RGB], vision: ColourVision | None = None) -> float:
    """The smallest ΔE*ab between any two of ``colours``, as seen with ``vision`` (``None``: typical vision)."""
    seen = [c if vision is None else simulate_colour_vision(c, vision) for c in colours]
    return min(
        (delta_e(a, b) for i, a in enumerate(seen) for b in seen[i + 1 :]),
        default=math.inf,
    )
