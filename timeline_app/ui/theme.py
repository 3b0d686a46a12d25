"""Light and dark: every colour the canvas, overview, legend and detail pane paint with, and which theme is on.

A :class:`Theme` holds the colours; :data:`LIGHT` and :data:`DARK` are the two themes. The
:class:`ThemeManager` (one per application, :func:`theme_manager`) follows the system's colour
scheme (``QStyleHints.colorScheme``, live through ``colorSchemeChanged``) or the reader's choice
under View → Theme, makes Qt's own widgets match (the scheme hint where the platform honours
it, and always a palette of ours for dark, so the Fusion style and the offscreen platform are
dark too), and says when it changed. :func:`current_theme` is what painting reads: the
manager's theme, or :data:`LIGHT` when there is none (``timeline-app export``, scripts).

A category's own colour is moved in lightness, per theme, just far enough for its marks to
stand 3:1 against the background (WCAG 2.1 non-text contrast), and text drawn on it gets the
black or white that reads at 4.5:1 (:func:`~timeline_app.domain.colours.text_fill`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from timeline_app.domain.colours import AA_NON_TEXT, AA_TEXT, RGB, text_fill, with_contrast
from timeline_app.domain.language import translate
from timeline_app.ui.detail_document import LIGHT_PANE, PaneColours
from timeline_app.ui.settings_values import ignore, read_text

SETTINGS_KEY = "view/theme"


class ThemeMode(enum.StrEnum):
    SYSTEM = "system"
    """Follow the system's light or dark scheme, live."""
    LIGHT = "light"
    DARK = "dark"


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def _qcolor(rgb: RGB) -> QColor:
    return QColor(*rgb)


def blend(colour: QColor, background: QColor, opacity: float) -> QColor:
    """``colour`` at ``opacity`` over ``background``, as an opaque colour (opaque fills paint much faster)."""
    return QColor(
        round(colour.red() * opacity + background.red() * (1 - opacity)),
        round(colour.green() * opacity + background.green() * (1 - opacity)),
        round(colour.blue() * opacity + background.blue() * (1 - opacity)),
    )


@dataclass(frozen=True, eq=False)
class Theme:
    """The colours of one theme. Translucent ones (grid, period edges) are drawn over ``background``."""

    name: str
    dark: bool
    background: QColor
    """The plot, the overview's track, the detail pane's page."""
    gutter_background: QColor
    axis_background: QColor
    separator: QColor
    """Lane separators and the edges of the axis, gutter and legend."""
    grid_major: QColor
    grid_minor: QColor
    text: QColor
    text_secondary: QColor
    """Lane counts, the axis's minor labels, the overview's years."""
    text_muted: QColor
    """Background-context labels and the empty canvas's message (still text: 4.5:1)."""
    axis_ticks: QColor
    period_tint: QColor
    """Periods shade the plot with this, stronger where they overlap (:meth:`period_fill`)."""
    period_edge: QColor
    period_label_fill: QColor
    selection: QColor
    """The outline around the selected event, and the overview's window."""
    selection_fill: QColor
    selection_text: QColor
    hover: QColor
    hover_fill: QColor
    search_match: QColor
    contradicted: QColor
    """The ring around an event a source chosen in the Sources view contradicts."""
    focus: QColor
    legend_background: QColor
    legend_sample: QColor
    """The colour of the legend's sample marks."""
    overview_bars: QColor
    overview_shade: QColor
    """Over the overview outside the part on screen."""
    context_grey: int
    """Background-context marks are washed out towards this grey."""
    density_opacity: float
    """How strongly a lane's density bars show its colour over the background: a texture, lighter than marks."""
    band_alpha: int
    """The opacity (0–255) of the middle of a month's or year's soft band: tints read fainter on a dark page."""
    light_on_colour: QColor
    dark_on_colour: QColor
    """Text on a category's colour (cluster counts) is whichever of these two reads better."""
    pane: PaneColours
    _cache: dict[object, object] = field(default_factory=dict, repr=False)

    # -- derived colours, kept: they are asked for per lane per frame --------------------------------

    def category(self, colour: str) -> QColor:
        """A category's ``#rrggbb`` colour as this theme draws it: its marks stand 3:1 against the background."""
        key = ("category", colour)
        found = self._cache.get(key)
        if not isinstance(found, QColor):
            found = self._cache[key] = _qcolor(with_contrast(_rgb(QColor(colour)), _rgb(self.background), AA_NON_TEXT))
        return found

    def muted(self, colour: QColor) -> QColor:
        """A context event's colour: the category's hue washed out towards grey, still 3:1 against the background."""
        key = ("muted", colour.rgba())
        found = self._cache.get(key)
        if not isinstance(found, QColor):
            grey, mix = self.context_grey, 0.62
            washed = (
                round(colour.red() * (1 - mix) + grey * mix),
                round(colour.green() * (1 - mix) + grey * mix),
                round(colour.blue() * (1 - mix) + grey * mix),
            )
            found = self._cache[key] = _qcolor(with_contrast(washed, _rgb(self.background), AA_NON_TEXT))
        return found

    def on_colour(self, colour: QColor) -> tuple[QColor, QColor]:
        """A fill of ``colour``'s hue for text to sit on (a cluster's pill), and the text's colour: 4.5:1."""
        key = ("on", colour.rgba())
        found = self._cache.get(key)
        if not isinstance(found, tuple):
            fill, text = text_fill(_rgb(colour), _rgb(self.light_on_colour), _rgb(self.dark_on_colour), AA_TEXT)
            found = self._cache[key] = (_qcolor(fill), _qcolor(text))
        return found

    def bar_fill(self, colour: QColor) -> QColor:
        """The light (dark, in the dark theme) fill of a span bar, opaque so labels on it read over grid lines."""
        return blend(colour, self.background, 0.28)

    def density(self, colour: QColor) -> QColor:
        return blend(colour, self.background, self.density_opacity)

    def period_fill(self, depth: int) -> QColor:
        """The shade behind ``depth`` overlapping background periods."""
        return blend(self.period_tint, self.background, min(0.055 * depth, 0.25))

    # -- Qt's widgets ---------------------------------------------------------------------------------

    def palette(self) -> QPalette:
        """A palette for Qt's widgets in this theme (the dark theme sets it; the light one leaves the platform's)."""
        palette = QPalette()
        roles = QPalette.ColorRole
        window = self.gutter_background
        colours = {
            roles.Window: window,
            roles.WindowText: self.text,
            roles.Base: self.background,
            roles.AlternateBase: blend(self.text, self.background, 0.04),
            roles.Text: self.text,
            roles.Button: blend(self.text, window, 0.08),
            roles.ButtonText: self.text,
            roles.BrightText: QColor("#ff8a80") if self.dark else QColor("#c62828"),
            roles.Highlight: QColor("#2f6fd6") if self.dark else self.selection,
            roles.HighlightedText: QColor("#ffffff"),
            roles.Link: QColor(self.pane.link),
            roles.LinkVisited: QColor("#c58af9") if self.dark else QColor("#6a3fa0"),
            roles.ToolTipBase: blend(self.text, window, 0.1),
            roles.ToolTipText: self.text,
            roles.PlaceholderText: self.text_secondary,
            roles.Light: blend(self.text, window, 0.22),
            roles.Midlight: blend(self.text, window, 0.14),
            roles.Mid: blend(QColor("#000000"), window, 0.25),
            roles.Dark: blend(QColor("#000000"), window, 0.45),
            roles.Shadow: QColor("#000000"),
        }
        for role, colour in colours.items():
            palette.setColor(role, colour)
        disabled = QPalette.ColorGroup.Disabled
        for role in (roles.WindowText, roles.Text, roles.ButtonText):
            palette.setColor(disabled, role, blend(self.text, window, 0.45))
        palette.setColor(disabled, roles.Highlight, blend(self.text, window, 0.25))
        return palette


LIGHT = Theme(
    name="light",
    dark=False,
    background=QColor("#ffffff"),
    gutter_background=QColor("#f6f7f9"),
    axis_background=QColor("#f6f7f9"),
    separator=QColor("#d9dce1"),
    grid_major=QColor(0, 0, 0, 26),
    grid_minor=QColor(0, 0, 0, 10),
    text=QColor("#1d2127"),
    text_secondary=QColor("#5f6670"),
    # Was #8a9099 (3.2:1 on white): darkened to read at 4.5:1 where three periods shade the plot.
    text_muted=QColor("#616770"),
    axis_ticks=QColor("#8a9099"),
    period_tint=QColor(90, 110, 140),
    period_edge=QColor(90, 110, 140, 70),
    period_label_fill=QColor(90, 110, 140, 34),
    selection=QColor("#1a5fd0"),
    selection_fill=QColor("#1a5fd0"),
    selection_text=QColor("#ffffff"),
    hover=QColor(26, 95, 208, 150),
    hover_fill=QColor("#d6e3f8"),
    search_match=QColor(255, 196, 0, 150),
    contradicted=QColor("#c62828"),
    focus=QColor(26, 95, 208, 190),  # was alpha 150 (2.6:1): a focus ring must stand 3:1
    legend_background=QColor(255, 255, 255, 238),
    legend_sample=QColor("#4a6fa5"),
    overview_bars=QColor("#7d8796"),
    overview_shade=QColor(0, 0, 0, 22),
    context_grey=178,
    density_opacity=0.42,
    band_alpha=70,
    light_on_colour=QColor("#ffffff"),
    dark_on_colour=QColor("#1d2127"),
    pane=LIGHT_PANE,
)
"""The light theme: the colours the app has always had, but for muted text and the focus ring (for contrast)."""

DARK = Theme(
    name="dark",
    dark=True,
    background=QColor("#1c1f24"),
    gutter_background=QColor("#23272d"),
    axis_background=QColor("#23272d"),
    separator=QColor("#3a4049"),
    grid_major=QColor(255, 255, 255, 30),
    grid_minor=QColor(255, 255, 255, 12),
    text=QColor("#e6e8eb"),
    text_secondary=QColor("#aab1bb"),
    text_muted=QColor("#99a0aa"),
    axis_ticks=QColor("#7d8590"),
    period_tint=QColor(150, 170, 205),
    period_edge=QColor(150, 170, 205, 90),
    period_label_fill=QColor(150, 170, 205, 40),
    selection=QColor("#6ea8fe"),
    selection_fill=QColor("#6ea8fe"),
    selection_text=QColor("#0f1a2b"),
    hover=QColor(110, 168, 254, 150),
    hover_fill=QColor("#2c3e5c"),
    search_match=QColor(255, 196, 0, 120),
    contradicted=QColor("#ff8a80"),
    focus=QColor(110, 168, 254, 170),
    legend_background=QColor(35, 39, 45, 240),
    legend_sample=QColor("#7fa6dc"),
    overview_bars=QColor("#7f8a99"),
    overview_shade=QColor(0, 0, 0, 90),
    context_grey=120,
    density_opacity=0.6,
    band_alpha=115,
    light_on_colour=QColor("#ffffff"),
    dark_on_colour=QColor("#15181c"),
    pane=PaneColours(
        text="#e6e8eb",
        background="#1c1f24",
        heading="#c9ced6",
        meta="#aab1bb",
        note="#aab1bb",
        warn="#ff8a80",
        attribution="#d0d4da",
        excerpt="#d0d4da",
        link="#8ab4f8",
    ),
)
"""The dark theme: light text on near-black, category colours lightened where they need it."""


def current_theme() -> Theme:
    """The theme the screen is in: the manager's, or :data:`LIGHT` when the app has not started one."""
    return _manager.theme if _manager is not None else LIGHT


class ThemeManager(QObject):
    """Which theme is on, following the system or the reader's choice; one per application."""

    changed = Signal()
    """The theme or the mode changed: repaint."""

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self._app = app
        self._mode = ThemeMode.SYSTEM
        self._theme = self._system_theme(app.styleHints().colorScheme())
        self._applying = False
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        if self._theme.dark:
            self._set_palette(self._theme)

    @property
    def mode(self) -> ThemeMode:
        return self._mode

    @property
    def theme(self) -> Theme:
        return self._theme

    def set_mode(self, mode: ThemeMode) -> None:
        """Follow the system, or stay light or dark; Qt's widgets follow too. Not remembered (the menu remembers)."""
        self._mode = mode
        self._apply(None)

    def _resolve(self, scheme: Qt.ColorScheme | None) -> Theme:
        if self._mode is ThemeMode.LIGHT:
            return LIGHT
        if self._mode is ThemeMode.DARK:
            return DARK
        return self._system_theme(self._app.styleHints().colorScheme() if scheme is None else scheme)

    def _system_theme(self, scheme: Qt.ColorScheme) -> Theme:
        if scheme == Qt.ColorScheme.Dark:
            return DARK
        if scheme == Qt.ColorScheme.Light:
            return LIGHT
        # A platform that does not say (some Linux desktops) may still hand Qt a dark palette:
        # light text on a dark window is a dark scheme.
        palette = self._app.palette()
        window, text = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
        return DARK if window.lightnessF() < text.lightnessF() else LIGHT

    def _apply(self, scheme: Qt.ColorScheme | None) -> None:
        self._applying = True
        try:
            hints = self._app.styleHints()
            if self._mode is ThemeMode.SYSTEM:
                if scheme is None:
                    hints.unsetColorScheme()
                # The platform's own palette first: it is what "the system's scheme" is read from when unsaid.
                self._app.setPalette(QPalette())
            else:
                # Native parts (title bars, dialogs) follow where the platform honours the hint (Qt 6.8+).
                hints.setColorScheme(Qt.ColorScheme.Dark if self._mode is ThemeMode.DARK else Qt.ColorScheme.Light)
            theme = self._resolve(scheme)
            self._set_palette(theme)
        finally:
            self._applying = False
        self._theme = theme
        self.changed.emit()

    def _set_palette(self, theme: Theme) -> None:
        if theme.dark:
            # Always ours when dark: the offscreen platform and the Fusion style ignore the hint,
            # and the pane's colours were checked against this background.
            self._app.setPalette(DARK.palette())
        elif self._mode is ThemeMode.SYSTEM or self._app.styleHints().colorScheme() == Qt.ColorScheme.Light:
            self._app.setPalette(QPalette())
        else:
            # Light asked on a dark system whose platform ignores the hint: the style's own light palette.
            style = QApplication.style() if isinstance(self._app, QApplication) else None
            self._app.setPalette(style.standardPalette() if style is not None else LIGHT.palette())

    @Slot(Qt.ColorScheme)
    def _on_system_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._mode is ThemeMode.SYSTEM and not self._applying:
            self._apply(scheme)


_manager: ThemeManager | None = None


def theme_manager() -> ThemeManager:
    """The application's theme manager, started on first use (a ``QGuiApplication`` must exist)."""
    global _manager
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("themes need a QGuiApplication")
    if _manager is None:
        _manager = ThemeManager(app)
    return _manager


def remembered_mode(settings: QSettings) -> ThemeMode:
    value = read_text(settings, SETTINGS_KEY)  # a value that is not text is ignored with a log line
    if value is None:
        return ThemeMode.SYSTEM
    try:
        return ThemeMode(value)
    except ValueError:
        # A value from elsewhere (or a later version): follow the system.
        ignore(settings, SETTINGS_KEY, f"{value[:60]!r} is not a theme")
        return ThemeMode.SYSTEM


class _ThemeActions(QObject):
    """View → Theme's items: each choice is remembered and applied; the checked one follows the manager."""

    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self._settings = settings
        self._manager = theme_manager()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[ThemeMode, QAction] = {}
        items = {
            ThemeMode.SYSTEM: (
                translate("Theme", "&System"),
                translate("Theme", "Light or dark as the system is, changing when it does"),
            ),
            ThemeMode.LIGHT: (
                translate("Theme", "&Light"),
                translate("Theme", "Dark text on light backgrounds, whatever the system's scheme"),
            ),
            ThemeMode.DARK: (
                translate("Theme", "&Dark"),
                translate("Theme", "Light text on dark backgrounds, whatever the system's scheme"),
            ),
        }
        for mode, (text, tip) in items.items():
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setStatusTip(tip)
            action.setData(mode.value)
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[mode] = action
        self.group.triggered.connect(self._on_chosen)
        self._manager.changed.connect(self._show_mode)

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        mode = ThemeMode(str(action.data()))
        self._settings.setValue(SETTINGS_KEY, mode.value)
        self._manager.set_mode(mode)

    @Slot()
    def _show_mode(self) -> None:
        self.actions[self._manager.mode].setChecked(True)


def add_theme_menu(menu: QMenu, settings: QSettings) -> QMenu:
    """View → Theme: System, Light, Dark (one at a time), remembered in ``settings``; applies the remembered one.

    The checked item follows the manager, so ``--theme`` and another window's choice show here too.
    """
    submenu = menu.addMenu(translate("Theme", "&Theme"))
    submenu.setObjectName("theme_menu")
    actions = _ThemeActions(submenu, settings)
    theme_manager().set_mode(remembered_mode(settings))
    actions._show_mode()
    return submenu
