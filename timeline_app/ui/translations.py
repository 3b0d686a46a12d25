"""The UI's language: which one, loading its translations, and View → Language.

The language is chosen once at start-up, before any window exists: ``--lang`` if given, else
the reader's choice in View → Language (remembered in the settings), else the system locale
(Azerbaijani or Russian when the system speaks one of them, English otherwise). Changing it in
the menu applies at the next start: every widget takes its text when it is built, and rebuilding
a window full of the reader's state mid-session is not worth the risk. The menu says so.

The translations are Qt's: ``timeline_app_<code>.qm`` in ``timeline_app.resources/translations/``,
compiled from the ``.ts`` sources when the wheel (and so the frozen bundle) is built. A checkout
installed in development mode has only the ``.ts`` files; they are compiled in memory here
(:mod:`timeline_app.ts_compiler`), so a translator's edit shows at the next start without a build.
English ships a ``.qm`` too, for its plural forms ("1 event", "2 events").

Qt's own strings (the buttons of file dialogs and message boxes) come from Qt's ``qtbase_<code>.qm``
where PySide6 ships one (Russian; Qt has no Azerbaijani), and :class:`QLocale` is set to the
language, so numbers are grouped as the reader writes them.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from timeline_app.domain.bundled import resource
from timeline_app.domain.language import (
    Language,
    fill,
    set_translator,
    set_ui_language,
    translatable,
    translate,
    ui_language,
)
from timeline_app.ts_compiler import compile_qm, read_ts
from timeline_app.ui.settings_values import ignore, read_text

log = logging.getLogger(__name__)

LANGUAGE_SETTING = "ui/language"
SYSTEM_CHOICE = "system"
"""The remembered value for "follow the system" (also what an absent or unreadable setting means)."""
TRANSLATIONS_FOLDER = "translations"

_QT_LOCALES = {
    Language.EN: QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    Language.AZ: QLocale(QLocale.Language.Azerbaijani, QLocale.Script.LatinScript, QLocale.Country.Azerbaijan),
    Language.RU: QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
}

QT_BUTTON_TEXTS = (
    # Qt's standard dialog buttons (QDialogButtonBox, QMessageBox) take their text from this context.
    # Qt ships Russian for them (qtbase_ru.qm) but no Azerbaijani, so the app's own files carry them too.
    translatable("QPlatformTheme", "OK"),
    translatable("QPlatformTheme", "Cancel"),
    translatable("QPlatformTheme", "Close"),
    translatable("QPlatformTheme", "&Yes"),
    translatable("QPlatformTheme", "&No"),
    translatable("QPlatformTheme", "Save"),
    translatable("QPlatformTheme", "Open"),
    translatable("QPlatformTheme", "Apply"),
    translatable("QPlatformTheme", "Help"),
    translatable("QPlatformTheme", "Discard"),
)

_installed: list[QTranslator] = []
_locale_before: list[QLocale] = []
"""The default locale before a language set its own, restored when the translations are removed."""
_translation_data: list[bytes] = []
"""Kept alive: ``QTranslator.load(data)`` reads the bytes in place, it does not copy them."""


def system_language() -> Language:
    """The language the system locale asks for, if the app speaks it; English otherwise."""
    for name in QLocale.system().uiLanguages():
        language = Language.from_locale_name(name)
        if language is not Language.EN or name.lower().startswith("en"):
            return language
    return Language.EN


def remembered_choice(settings: QSettings) -> str:
    """``"system"``, ``"en"``, ``"az"`` or ``"ru"``: what View → Language last chose."""
    value = read_text(settings, LANGUAGE_SETTING)
    if value is None or value == SYSTEM_CHOICE or value in Language._value2member_map_:
        return value or SYSTEM_CHOICE
    ignore(settings, LANGUAGE_SETTING, f"{value[:20]!r} is not one of system, en, az, ru")
    return SYSTEM_CHOICE


def chosen_language(settings: QSettings, asked: str | None = None) -> Language:
    """The language to start in: ``asked`` (``--lang``), else the remembered choice, else the system's."""
    if asked is not None:
        return Language(asked)
    choice = remembered_choice(settings)
    return system_language() if choice == SYSTEM_CHOICE else Language(choice)


def translation_data(language: Language) -> bytes | None:
    """The compiled translations of ``language``: the installed ``.qm``, or its ``.ts`` compiled now."""
    folder = resource(TRANSLATIONS_FOLDER)
    qm = folder / f"timeline_app_{language.value}.qm"
    ts = folder / f"timeline_app_{language.value}.ts"
    if isinstance(qm, Path) and isinstance(ts, Path) and qm.is_file() and ts.is_file():  # noqa: SIM102
        # A checkout with a .qm compiled earlier: a newer .ts (a translator's edit) wins.
        if ts.stat().st_mtime > qm.stat().st_mtime:
            return compile_qm(read_ts(ts))
    if qm.is_file():
        return qm.read_bytes()
    if isinstance(ts, Path) and ts.is_file():
        return compile_qm(read_ts(ts))
    return None


def _translator(data: bytes, language: Language) -> QTranslator | None:
    translator = QTranslator(QCoreApplication.instance())
    if not translator.load(data):
        log.warning("the %s translations could not be read; the window stays in English", language.native_name)
        return None
    _translation_data.append(data)
    return translator


def _qt_translator(language: Language) -> QTranslator | None:
    """Qt's own translations (standard dialog buttons), where PySide6 ships them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(QCoreApplication.instance())
    if translator.load(_QT_LOCALES[language], "qtbase", "_", folder):
        return translator
    return None


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_translations(language: Language) -> None:
    """Speak ``language`` from now on: Qt's translators, the default locale and the domain's wording.

    Call once, after the application object exists and before any window is built.
    """
    remove_translations()
    set_ui_language(language)
    if language is not Language.EN:
        # Numbers as the language writes them ("100 000"). English keeps the system's locale: an English
        # window on a German desktop still groups digits as the reader's other programs do.
        _locale_before.append(QLocale())
        QLocale.setDefault(_QT_LOCALES[language])
    data = translation_data(language)
    if data is None:
        log.warning("no %s translations are installed; the window stays in English", language.native_name)
    else:
        translator = _translator(data, language)
        if translator is not None:
            _installed.append(translator)
    if language is not Language.EN:
        qt_translator = _qt_translator(language)
        if qt_translator is not None:
            _installed.append(qt_translator)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    set_translator(_qt_translate)


def remove_translations() -> None:
    """Back to the English source texts (tests switch languages; the app itself does not)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _translation_data.clear()
    set_translator(None)
    set_ui_language(Language.EN)
    if _locale_before:
        QLocale.setDefault(_locale_before.pop())


def language_in_words(language: Language) -> str:
    """The name of ``language`` as a reader of the UI's language says it (for About and the status bar)."""
    names = {
        Language.EN: translate("Language", "English"),
        Language.AZ: translate("Language", "Azerbaijani"),
        Language.RU: translate("Language", "Russian"),
    }
    return names[language]


def about_language_line(code: str) -> str:
    """Help → About's HTML line: the timeline's own language (its texts stay in it) and the window's."""
    known = Language.from_locale_name(code)
    if code.lower().split("-")[0] == known.value:
        name = language_in_words(known)
    else:
        name = QLocale(code).nativeLanguageName() or code
    timeline = fill(translate("Language", "Timeline language: %1 (%2) — its texts are shown as written"), name, code)
    window = fill(translate("Language", "Window language: %1"), ui_language().native_name)
    return f"{html.escape(timeline)}<br>{html.escape(window)}"


class LanguageMenu(QObject):
    """View → Language: the system's language or one of the three, remembered; applies at the next start."""

    chosen = Signal(str)
    """The remembered value (``"system"`` or a language code) after the reader picks one."""

    def __init__(self, menu: QMenu, settings: QSettings) -> None:
        super().__init__(menu)
        self.settings = settings
        self.menu = menu.addMenu(translate("Language", "&Language"))
        self.menu.setObjectName("language_menu")
        self.group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        system_name = system_language().native_name
        labels = {SYSTEM_CHOICE: fill(translate("Language", "System Language (%1)"), system_name)}
        # Each language in its own words, so a reader lost in a foreign UI still finds theirs.
        labels.update({language.value: language.native_name for language in Language})
        remembered = remembered_choice(settings)
        for value, label in labels.items():
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value == remembered)
            self.group.addAction(action)
            self.actions[value] = action
            if value == SYSTEM_CHOICE:
                self.menu.addSeparator()
        self.group.triggered.connect(self._on_triggered)
        self.menu.addSeparator()
        self.note = self.menu.addAction(translate("Language", "Takes effect when the app restarts"))
        self.note.setObjectName("language_restart_note")
        self.note.setEnabled(False)

    @Slot(QAction)
    def _on_triggered(self, action: QAction) -> None:
        value = str(action.data())
        self.settings.setValue(LANGUAGE_SETTING, value)
        self.chosen.emit(value)

    def restart_message(self, value: str) -> str:
        """What the status bar says after a choice: whether a restart is needed for it."""
        language = system_language() if value == SYSTEM_CHOICE else Language(value)
        if language is ui_language():
            return fill(translate("Language", "The window is already in %1."), language_in_words(language))
        return fill(
            translate("Language", "The window will be in %1 when you next start Timeline Viewer."),
            language_in_words(language),
        )
