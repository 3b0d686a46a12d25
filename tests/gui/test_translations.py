"""The window in English, Azerbaijani and Russian: every message translated, the translations loaded and
shown, plural forms and dates as each language writes them, and View → Language remembered."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from module_from_file import module_from_file
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QMenu, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from timeline_app.domain.dates import PartialDate
from timeline_app.domain.language import Language, translate
from timeline_app.domain.model import ContestedDate, DateAlternative, PointDate, SpanDate
from timeline_app.domain.report import report_html
from timeline_app.domain.selection import EventFilter, describe_selection
from timeline_app.domain.wording import date_in_words, short_date
from timeline_app.qtmodels.event_model import Column
from timeline_app.ts_compiler import NUMERUS_FORMS, compile_qm, read_ts
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.shortcuts_dialog import ShortcutsDialog
from timeline_app.ui.translations import (
    LANGUAGE_SETTING,
    chosen_language,
    install_translations,
    remove_translations,
    translation_data,
)

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
SAMPLE = REPO / "tests" / "data" / "sample.timeline.json"


def _script(name: str) -> ModuleType:
    """A script of ``resources/translations`` as a module (that folder is not a package)."""
    return module_from_file(f"translations_{name}", TRANSLATIONS / f"{name}.py")


all_messages = _script("update_translations").all_messages

NBSP = "\u00a0"
PLACEHOLDER = re.compile(r"%(?:L?n|[1-9])")
ACCELERATOR = re.compile(r"&(?!&)\S")
MENU_TITLES = {
    Language.EN: ["&File", "&Edit", "&View", "&Help"],
    Language.AZ: ["&Fayl", "&Redaktə", "&Görünüş", "&Kömək"],
    Language.RU: ["&Файл", "&Правка", "&Вид", "&Справка"],
}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def speaking(qtbot: QtBot) -> Iterator[None]:
    """Tests install a language; the others run in English again."""
    yield
    remove_translations()


def window_in(language: Language, qtbot: QtBot, settings: QSettings) -> MainWindow:
    install_translations(language)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_file(SAMPLE)
    return window


# -- the .ts files ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["az", "ru"])
def test_every_message_is_translated(language: str) -> None:
    source = read_ts(TRANSLATIONS / f"timeline_app_{language}.ts")
    assert len(source.messages) > 250
    for message in source.messages:
        where = f"{message.context}: {message.source!r}"
        assert message.finished, f"unfinished: {where}"
        assert all(message.translations), f"no translation: {where}"
        assert len(message.translations) == (NUMERUS_FORMS[language] if message.numerus else 1), where
        for translation in message.translations:
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(message.source)), where
            assert bool(ACCELERATOR.search(translation)) == bool(ACCELERATOR.search(message.source)), where


@pytest.mark.parametrize("language", ["az", "ru"])
def test_the_ts_files_hold_every_message_of_the_code(language: str) -> None:
    """A string wrapped in translate() after the .ts files were updated would show in English."""
    in_code = {(m.context, m.source, m.comment, m.numerus) for m in all_messages()}
    in_file = {
        (m.context, m.source, m.comment, m.numerus)
        for m in read_ts(TRANSLATIONS / f"timeline_app_{language}.ts").messages
    }
    assert in_code - in_file == set(), "run resources/translations/update_translations.py and translate"
    assert in_file - in_code == set(), "messages the code no longer has: run update_translations.py"


def test_english_carries_its_plural_forms() -> None:
    english = read_ts(TRANSLATIONS / "timeline_app_en.ts").messages
    plural = {(m.context, m.source) for m in all_messages() if m.numerus}
    assert {(m.context, m.source) for m in english} == plural
    assert all(len(m.translations) == 2 and m.finished for m in english)


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    assert found is not None, "PySide6-Essentials installs pyside6-lrelease beside the interpreter"
    return found


@pytest.mark.parametrize("language", ["az", "ru"])
def test_our_qm_reads_as_lreleases_does(language: str, tmp_path: Path, qapp: QCoreApplication) -> None:
    """The pure-Python compiler (used by the wheel's build) against Qt's own, message by message."""
    ts = TRANSLATIONS / f"timeline_app_{language}.ts"
    subprocess.run([lrelease(), str(ts), "-qm", str(tmp_path / "ref.qm")], check=True, capture_output=True)
    ours, theirs = QTranslator(), QTranslator()
    data = compile_qm(read_ts(ts))
    assert ours.load(data)
    assert theirs.load(str(tmp_path / "ref.qm"))
    for message in read_ts(ts).messages:
        comment = message.comment or None
        for n in (1, 2, 5, 21, 111) if message.numerus else (-1,):
            mine = ours.translate(message.context, message.source, comment, n)
            assert mine == theirs.translate(message.context, message.source, comment, n)
            assert mine, f"{message.source!r} not found in our .qm"


def test_a_checkout_compiles_its_ts_files_when_no_qm_is_installed() -> None:
    # The editable install of the tests has no .qm files (they are built into the wheel only).
    data = translation_data(Language.RU)
    assert data is not None
    assert data == compile_qm(read_ts(TRANSLATIONS / "timeline_app_ru.ts"))


# -- plurals, numbers and dates with the real translations ------------------------------------


@pytest.mark.usefixtures("speaking")
def test_russian_counts_take_three_plural_forms(qapp: QCoreApplication) -> None:
    install_translations(Language.RU)
    counts = {n: translate("ExportDialog", "%Ln event(s)", None, n) for n in (1, 2, 5, 11, 21, 22, 100_000)}
    assert counts == {
        1: "1 событие",
        2: "2 события",
        5: "5 событий",
        11: "11 событий",
        21: "21 событие",
        22: "22 события",
        100_000: f"100{NBSP}000 событий",
    }


@pytest.mark.usefixtures("speaking")
def test_azerbaijani_counts(qapp: QCoreApplication) -> None:
    install_translations(Language.AZ)
    assert [translate("ExportDialog", "%Ln event(s)", None, n) for n in (1, 5)] == ["1 hadisə", "5 hadisə"]
    assert translate("ExportDialog", "%Ln event(s)", None, 100_000) == "100.000 hadisə"


@pytest.mark.usefixtures("speaking")
def test_english_counts_keep_the_systems_digit_grouping(qapp: QCoreApplication) -> None:
    # English keeps the system's locale for numbers: here a German one.
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        install_translations(Language.EN)
        assert [translate("ExportDialog", "%Ln event(s)", None, n) for n in (1, 1000)] == ["1 event", "1.000 events"]
    finally:
        QLocale.setDefault(before)


def dates() -> tuple[PointDate, PointDate, SpanDate, ContestedDate]:
    approximate = PointDate(on=PartialDate(1997), approximate=True)
    uncertain = PointDate(on=PartialDate(2008, 12, 7), uncertain=True)
    open_span = SpanDate(start=PartialDate(1994, 5), end=None)
    contested = ContestedDate(
        alternatives=(
            DateAlternative(on=PartialDate(1996), sources=("a",)),
            DateAlternative(on=PartialDate(1998, 11, 15), sources=("b",)),
        )
    )
    return approximate, uncertain, open_span, contested


@pytest.mark.usefixtures("speaking")
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            Language.EN,
            [
                "c. 1997",
                "7 December 2008 (date uncertain)",
                "from May 1994 (no end recorded)",
                "1996 or 15 November 1998 — sources disagree",
                "1996 or 15 November 1998 (disputed)",
            ],
        ),
        (
            Language.AZ,
            [
                "təxminən 1997",
                "7 dekabr 2008 (tarix dəqiq deyil)",
                "may 1994 – … (sonu qeyd olunmayıb)",
                "1996 və ya 15 noyabr 1998 — mənbələr fərqli tarix göstərir",
                "1996 və ya 15 noyabr 1998 (mübahisəli)",
            ],
        ),
        (
            Language.RU,
            [
                "ок. 1997",
                "7 декабря 2008 (дата неточна)",
                "май 1994 – … (окончание не указано)",
                "1996 или 15 ноября 1998 — источники расходятся",
                "1996 или 15 ноября 1998 (спорно)",
            ],
        ),
    ],
)
def test_precision_words_follow_the_ui_language(
    language: Language, expected: list[str], qapp: QCoreApplication
) -> None:
    install_translations(language)
    approximate, uncertain, open_span, contested = dates()
    words = [date_in_words(d) for d in (approximate, uncertain, open_span, contested)]
    assert [*words, short_date(contested)] == expected


# -- the window ------------------------------------------------------------------------------


def menu_texts(menu: QMenu) -> Iterator[tuple[str, QAction]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text(), action
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu)


@pytest.mark.usefixtures("speaking")
@pytest.mark.parametrize("language", [Language.AZ, Language.RU])
def test_the_window_speaks_the_language(language: Language, qtbot: QtBot, settings: QSettings) -> None:
    install_translations(Language.EN)
    english_window = MainWindow(
        QSettings(str(Path(settings.fileName()).with_name("en.ini")), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(english_window)
    english_menus = [action.menu() for action in english_window.menuBar().actions()]
    english_texts = {text for menu in english_menus if isinstance(menu, QMenu) for text, _ in menu_texts(menu)}
    window = window_in(language, qtbot, settings)
    bar = window.menuBar()
    assert [action.text() for action in bar.actions()] == MENU_TITLES[language]

    # Every menu entry with words in it is the translation, not the English: the categories are the
    # timeline's own (its content keeps its language), the language choices are each in its own words.
    timeline = window.model.timeline
    assert timeline is not None
    own_words = {*(c.label for c in timeline.categories), *(lang.native_name for lang in Language)}
    checked = 0
    for menu in (a.menu() for a in bar.actions()):
        assert isinstance(menu, QMenu)
        for text, action in menu_texts(menu):
            if action.parent() is window.recent_menu or not re.search(r"[^\W\d_]{3}", text) or text in own_words:
                continue
            if text.startswith(("System Language", "Sistemin dili", "Язык системы")):
                continue
            assert text not in english_texts, f"{text!r} is left in English"
            checked += 1
    assert checked > 30

    header = window.proxy.headerData
    headings = [header(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column]
    expected_headings = {
        Language.AZ: ["Tarix", "Hadisə", "Kateqoriya", "Mənbələr", "Etibarlılıq"],
        Language.RU: ["Дата", "Событие", "Категория", "Источники", "Достоверность"],
    }
    assert headings == expected_headings[language]
    count = window.count_label.text()
    assert count == {Language.AZ: "7 / 7 hadisə", Language.RU: "7 из 7 событий"}[language], count
    assert window.timeline_panel.legend_button.text() == {Language.AZ: "İzah", Language.RU: "Легенда"}[language]
    assert window.search_field.placeholderText().startswith({Language.AZ: "Hadisə", Language.RU: "Поиск"}[language])
    assert window.statusBar().currentMessage().startswith({Language.AZ: "sample", Language.RU: "Открыт"}[language])


@pytest.mark.usefixtures("speaking")
@pytest.mark.parametrize("language", [Language.AZ, Language.RU])
def test_the_dialogs_speak_the_language(language: Language, qtbot: QtBot, settings: QSettings) -> None:
    window = window_in(language, qtbot, settings)
    dialog = window.export_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    groups = [box.title() for box in dialog.findChildren(QGroupBox)]
    radios = [button.text() for button in dialog.findChildren(QRadioButton)]
    buttons = [button.text() for button in dialog.buttons.findChildren(QPushButton)]
    if language is Language.RU:
        assert dialog.windowTitle() == "Экспорт"
        assert {"Что", "Какие события", "Изображение", "Предпросмотр"} <= set(groups)
        assert "Вся хронология" in radios
        assert set(buttons) == {"Экспортировать…", "Отмена"}
    else:
        assert dialog.windowTitle() == "İxrac"
        assert {"Nə", "Hansı hadisələr", "Şəkil", "Önbaxış"} <= set(groups)
        assert "Bütün xronologiya" in radios
        assert set(buttons) == {"İxrac et…", "İmtina"}  # Qt has no Azerbaijani: the app's files carry "Cancel"
    shortcuts = ShortcutsDialog(window, parent=window)
    qtbot.addWidget(shortcuts)
    heading = shortcuts.table.horizontalHeaderItem(0)
    assert heading is not None
    assert heading.text() == {Language.AZ: "Düymələr", Language.RU: "Клавиши"}[language]
    box = shortcuts.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == {Language.AZ: "Bağla", Language.RU: "Закрыть"}[language]


@pytest.mark.usefixtures("speaking")
def test_about_names_the_timelines_language_and_the_windows(qtbot: QtBot, settings: QSettings) -> None:
    window = window_in(Language.RU, qtbot, settings)
    about = window.about_text()
    assert "Язык хронологии: английский (en)" in about
    assert "Язык интерфейса: Русский" in about


# -- choosing the language -------------------------------------------------------------------


@pytest.mark.usefixtures("speaking")
def test_view_language_is_remembered_and_says_it_applies_at_the_next_start(qtbot: QtBot, settings: QSettings) -> None:
    window = window_in(Language.EN, qtbot, settings)
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()][1:4] == ["English", "Azərbaycanca", "Русский"]
    assert not menu.note.isEnabled()
    assert "restart" in menu.note.text()
    menu.actions["ru"].trigger()
    assert settings.value(LANGUAGE_SETTING) == "ru"
    assert window.statusBar().currentMessage() == "The window will be in Russian when you next start Timeline Viewer."
    assert chosen_language(settings) is Language.RU
    assert chosen_language(settings, "az") is Language.AZ  # --lang wins, and is not remembered
    assert settings.value(LANGUAGE_SETTING) == "ru"
    menu.actions["en"].trigger()
    assert window.statusBar().currentMessage() == "The window is already in English."


def test_a_setting_that_is_not_a_language_means_the_systems(settings: QSettings) -> None:
    settings.setValue(LANGUAGE_SETTING, "klingon")
    assert chosen_language(settings) in set(Language)
    assert Language.from_locale_name("ru_RU.UTF-8") is Language.RU
    assert Language.from_locale_name("az-Latn-AZ") is Language.AZ
    assert Language.from_locale_name("de_DE") is Language.EN


def test_lang_ru_screenshot(tmp_path: Path) -> None:
    out = tmp_path / "ru.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "timeline_app",
            "--lang",
            "ru",
            "--screenshot",
            str(out),
            "--size",
            "1280x720",
            str(SAMPLE),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


@pytest.mark.usefixtures("speaking")
def test_the_detail_pane_and_the_report_speak_the_language(qtbot: QtBot, settings: QSettings) -> None:
    """The shared labels of event_html.py: the pane and the report say the same, in the reader's language."""
    window = window_in(Language.RU, qtbot, settings)
    assert window.select_event("mission")
    document = window.detail_pane.document().toPlainText()
    timeline = window.model.timeline
    assert timeline is not None
    report = report_html(
        timeline, timeline.events, scope=describe_selection(timeline, EventFilter(), len(timeline.events))
    )
    for text in (document, report):
        assert "Источники" in text
        assert "Насколько мы уверены" in text
        assert "Sources" not in text
    assert "Как читать этот отчёт" in report
    assert "Все 7 событий" in report
