<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) · %1 · %2</source>
        <translation>
            <numerusform>%Ln событие · %1 · %2</numerusform>
            <numerusform>%Ln события · %1 · %2</numerusform>
            <numerusform>%Ln событий · %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Щёлкните, чтобы увидеть список</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Щёлкните, чтобы увеличить</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s) around %2</source>
        <translation>
            <numerusform>%1: %Ln событие около %2</numerusform>
            <numerusform>%1: %Ln события около %2</numerusform>
            <numerusform>%1: %Ln событий около %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>Обзор хронологии</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>No timeline loaded</source>
        <translation>Хронология не загружена</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Периоды</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 из %Ln события</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>Left and Right step through the events in time, Up and Down move to the next lane, Home and End go to the first and last event, plus and minus zoom, 0 shows everything, Page Up and Page Down move in time, Space lists the events of the current day, Enter reads the current event in the detail pane.</source>
        <translation>Влево и Вправо переходят по событиям во времени, Вверх и Вниз — на соседнюю дорожку, Home и End — к первому и последнему событию, плюс и минус меняют масштаб, 0 показывает всё, Page Up и Page Down сдвигают во времени, Пробел перечисляет события текущего дня, Enter открывает текущее событие на панели подробностей.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates read aloud: 1992 to 2021</comment>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>no sources cited</source>
        <translation>источники не указаны</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <comment>an event read aloud: date, title, sources, confidence</comment>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1</source>
        <translation>
            <numerusform>%Ln событие, %1</numerusform>
            <numerusform>%Ln события, %1</numerusform>
            <numerusform>%Ln событий, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>дорожка «%1»</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>%1, background context</source>
        <translation>%1, фоновый контекст</translation>
    </message>
    <message>
        <source>%1, drawn together at this zoom: zoom in to tell them apart</source>
        <translation>%1, при этом масштабе нарисованы вместе: увеличьте, чтобы различить</translation>
    </message>
    <message>
        <source>%1, drawn as density bars at this zoom: zoom in to see the events</source>
        <translation>%1, при этом масштабе показаны полосами плотности: увеличьте, чтобы увидеть события</translation>
    </message>
    <message>
        <source>No timeline loaded</source>
        <translation>Хронология не загружена</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s): %1</source>
        <translation>
            <numerusform>%n дорожка: %1</numerusform>
            <numerusform>%n дорожки: %1</numerusform>
            <numerusform>%n дорожек: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no lanes</source>
        <translation>нет дорожек</translation>
    </message>
    <message>
        <source>%1 on screen; %2</source>
        <translation>на экране %1; %2</translation>
    </message>
    <message>
        <source>Enter reads it in the detail pane</source>
        <translation>Enter открывает его на панели подробностей</translation>
    </message>
    <message>
        <source>The whole timeline, %1; the marked part, %2, is on screen</source>
        <translation>Вся хронология, %1; отмеченная часть, %2, на экране</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Не оценена</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Высокая достоверность</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Средняя достоверность</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Низкая достоверность</translation>
    </message>
    <message>
        <source>Confidence not assessed</source>
        <translation>Достоверность не оценена</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>single-source</source>
        <translation>один источник</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>опровергается</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>ок. %1</translation>
    </message>
    <message>
        <source>%1 (date uncertain)</source>
        <translation>%1 (дата неточна)</translation>
    </message>
    <message>
        <source>from %1 (no end recorded)</source>
        <translation>%1 – … (окончание не указано)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — sources disagree</source>
        <translation>%1 — источники расходятся</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (спорно)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>dates the sources give</comment>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>The sources give different dates; sorted by the earliest.</source>
        <translation>Источники называют разные даты; упорядочено по самой ранней.</translation>
    </message>
    <message>
        <source>Known only to the year: sorted before the dated events of %1.</source>
        <translation>Известен только год: стоит перед датированными событиями %1 года.</translation>
    </message>
    <message>
        <source>Known only to the month: sorted before the dated events of %1.</source>
        <translation>Известен только месяц: стоит перед датированными событиями этого месяца (%1).</translation>
    </message>
    <message>
        <source>Known to the day.</source>
        <translation>Известна точная дата.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>archived: %1</source>
        <translation>архив: %1</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>дата обращения: %1</translation>
    </message>
    <message>
        <source>Click an event on the timeline or in the list (or press ↓ in the list) to read here what happened, who said what, and where it comes from.</source>
        <translation>Щёлкните событие на хронологии или в списке (или нажмите ↓ в списке), чтобы прочитать здесь, что произошло, кто что сказал и откуда это известно.</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and −, drag the timeline or the box on the overview to move in time; Fit all (Ctrl+0) shows everything.</source>
        <translation>Меняйте масштаб колесом мыши или + и −, перетаскивайте хронологию или рамку на обзоре, чтобы двигаться во времени; «Всё» (Ctrl+0) показывает всё.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) for a person, a place, a quote or a source; the category buttons show and hide lanes.</source>
        <translation>Ищите (Ctrl+F) человека, место, цитату или источник; кнопки категорий показывают и скрывают дорожки.</translation>
    </message>
    <message>
        <source>Every event says how sure we are: its confidence, and whether it is corroborated, single-sourced, unverified or contradicted.</source>
        <translation>Каждое событие показывает, насколько мы уверены: его достоверность и то, подтверждено ли оно, опирается ли на один источник, не проверено или опровергается.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts (F1) lists every key.</source>
        <translation>Справка → Сочетания клавиш (F1) перечисляет все клавиши.</translation>
    </message>
    <message>
        <source>%1, %2 – %3, from %4.</source>
        <translation>%1, %2 – %3, по %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источнику</numerusform>
            <numerusform>%Ln источникам</numerusform>
            <numerusform>%Ln источникам</numerusform>
        </translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>More quotes</source>
        <translation>Другие цитаты</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Связанные события</translation>
    </message>
    <message>
        <source>Select an event to read what happened, who said what, and the sources.</source>
        <translation>Выберите событие, чтобы прочитать, что произошло, кто что сказал, и источники.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Timeline Viewer: Unexpected Error</source>
        <translation>Timeline Viewer: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Timeline Viewer.</source>
        <translation>Внутри Timeline Viewer что-то пошло не так.</translation>
    </message>
    <message>
        <source>Your files were not changed, and you can keep working. If something on screen looks wrong, close the app and start it again.</source>
        <translation>Ваши файлы не изменены, и можно продолжать работу. Если что-то на экране выглядит неправильно, закройте программу и запустите её снова.</translation>
    </message>
    <message>
        <source>The details were written to the log:
%1</source>
        <translation>Подробности записаны в журнал:
%1</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Не удалось записать файл журнала.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Copy what went wrong, with the versions of the app, Python and Qt, for a report</source>
        <translation>Скопировать описание ошибки с версиями программы, Python и Qt для отчёта</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>1 more error happened after this one; it is in the log too.</source>
        <translation>После этой произошла ещё 1 ошибка; она тоже в журнале.</translation>
    </message>
    <message numerus="yes">
        <source>%n more errors happened after this one; each is in the log too.</source>
        <translation>
            <numerusform>После этой произошла ещё %n ошибка; каждая тоже в журнале.</numerusform>
            <numerusform>После этой произошли ещё %n ошибки; каждая тоже в журнале.</numerusform>
            <numerusform>После этой произошло ещё %n ошибок; каждая тоже в журнале.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details &amp;Copied</source>
        <translation>Подробности &amp;скопированы</translation>
    </message>
</context>
<context>
    <name>EventHtml</name>
    <message>
        <source>How sure we are</source>
        <translation>Насколько мы уверены</translation>
    </message>
    <message>
        <source>Claims and their standing</source>
        <translation>Утверждения и их статус</translation>
    </message>
    <message>
        <source>⚠ Unverified.</source>
        <translation>⚠ Не проверено.</translation>
    </message>
    <message>
        <source>No source is cited for this event.</source>
        <translation>Для этого события не указано ни одного источника.</translation>
    </message>
    <message>
        <source>no excerpt quoted</source>
        <translation>цитата не приведена</translation>
    </message>
    <message>
        <source>looking back</source>
        <translation>ретроспективно</translation>
    </message>
    <message>
        <source>Independent or official sources agree.</source>
        <translation>Независимые или официальные источники согласны.</translation>
    </message>
    <message>
        <source>Only one source (or one side's sources) gives this; no independent confirmation was found.</source>
        <translation>Это сообщает только один источник (или источники одной стороны); независимого подтверждения не найдено.</translation>
    </message>
    <message>
        <source>Stated, but not confirmed: no other source for it was found.</source>
        <translation>Заявлено, но не подтверждено: других источников не найдено.</translation>
    </message>
    <message>
        <source>Another source contradicts this; read both before relying on it.</source>
        <translation>Другой источник это опровергает; прочтите оба, прежде чем полагаться на это.</translation>
    </message>
    <message>
        <source>Nobody has yet judged how well the sources support this event: read it as a claim.</source>
        <translation>Никто ещё не оценил, насколько источники подтверждают это событие: читайте его как утверждение.</translation>
    </message>
    <message>
        <source>Background context</source>
        <translation>Фоновый контекст</translation>
    </message>
    <message>
        <source>Outside the timeline's range, kept for context</source>
        <translation>За пределами диапазона хронологии, оставлено для контекста</translation>
    </message>
    <message>
        <source>%1 according to %2</source>
        <translation>%1 — по данным %2</translation>
    </message>
    <message>
        <source>said on %1, looking back</source>
        <translation>сказано %1, ретроспективно</translation>
    </message>
    <message>
        <source>said in %1, looking back</source>
        <translation>сказано в %1, ретроспективно</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>источник: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примечание: %1</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>опровергает</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>подтверждает</translation>
    </message>
    <message>
        <source>Stated in %1.</source>
        <translation>Указано в %1.</translation>
    </message>
    <message>
        <source>Contradicted by %1.</source>
        <translation>Опровергается: %1.</translation>
    </message>
    <message>
        <source> (archived: %1)</source>
        <translation> (архив: %1)</translation>
    </message>
    <message>
        <source>Archived: %1.</source>
        <translation>Архив: %1.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Дата обращения: %1.</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
</context>
<context>
    <name>EventPopup</name>
    <message>
        <source>Events here</source>
        <translation>События здесь</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%Ln event(s) as a CSV spreadsheet (%1)</source>
        <translation>
            <numerusform>%Ln событие в виде таблицы CSV (%1)</numerusform>
            <numerusform>%Ln события в виде таблицы CSV (%1)</numerusform>
            <numerusform>%Ln событий в виде таблицы CSV (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) as a Timeline Viewer file (%1)</source>
        <translation>
            <numerusform>%Ln событие в виде файла Timeline Viewer (%1)</numerusform>
            <numerusform>%Ln события в виде файла Timeline Viewer (%1)</numerusform>
            <numerusform>%Ln событий в виде файла Timeline Viewer (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s) as an HTML page (%1)</source>
        <translation>
            <numerusform>отчёт о %Ln событии в виде страницы HTML (%1)</numerusform>
            <numerusform>отчёт о %Ln событиях в виде страницы HTML (%1)</numerusform>
            <numerusform>отчёт о %Ln событиях в виде страницы HTML (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s)</source>
        <translation>
            <numerusform>отчёт о %Ln событии</numerusform>
            <numerusform>отчёт о %Ln событиях</numerusform>
            <numerusform>отчёт о %Ln событиях</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as a PDF of %Ln page(s) (%2)</source>
        <translation>
            <numerusform>%1 в виде PDF на %Ln странице (%2)</numerusform>
            <numerusform>%1 в виде PDF на %Ln страницах (%2)</numerusform>
            <numerusform>%1 в виде PDF на %Ln страницах (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the timeline picture as a PNG image of %1×%2 px (%3)</source>
        <translation>изображение хронологии в виде PNG %1×%2 пикс. (%3)</translation>
    </message>
    <message>
        <source>the timeline picture as an SVG drawing of %1×%2 (%3)</source>
        <translation>изображение хронологии в виде рисунка SVG %1×%2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>the timeline picture as a PDF of %Ln page(s) (%1)</source>
        <translation>
            <numerusform>изображение хронологии в виде PDF на %Ln странице (%1)</numerusform>
            <numerusform>изображение хронологии в виде PDF на %Ln страницах (%1)</numerusform>
            <numerusform>изображение хронологии в виде PDF на %Ln страницах (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>The whole timeline</source>
        <translation>Вся хронология</translation>
    </message>
    <message>
        <source>The range on screen: %1</source>
        <translation>Диапазон на экране: %1</translation>
    </message>
    <message>
        <source>With the current search and filters</source>
        <translation>С текущим поиском и фильтрами</translation>
    </message>
    <message>
        <source>No search or filter is set: every event is included.</source>
        <translation>Поиск и фильтры не заданы: включены все события.</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Какие события</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>as tall as the lanes</source>
        <translation>по высоте дорожек</translation>
    </message>
    <message>
        <source>%1 dpi (%2× the pixels)</source>
        <translation>%1 dpi (пикселей ×%2)</translation>
    </message>
    <message>
        <source>96 dpi (screen)</source>
        <translation>96 dpi (экран)</translation>
    </message>
    <message>
        <source>Title, dates and what is shown, above</source>
        <translation>Сверху — заголовок, даты и что показано</translation>
    </message>
    <message>
        <source>Legend of the marks, below</source>
        <translation>Снизу — легенда значков</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Высота:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Тип файла:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Предпросмотр печати…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Cannot draw the picture: %1</source>
        <translation>Не удаётся нарисовать изображение: %1</translation>
    </message>
    <message>
        <source>the timeline picture</source>
        <translation>изображение хронологии</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more event(s)</source>
        <translation>
            <numerusform>… и ещё %Ln событие</numerusform>
            <numerusform>… и ещё %Ln события</numerusform>
            <numerusform>… и ещё %Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>the report</source>
        <translation>отчёт</translation>
    </message>
    <message numerus="yes">
        <source> (the preview shows the first %Ln event(s))</source>
        <translation>
            <numerusform> (в предпросмотре первое %Ln событие)</numerusform>
            <numerusform> (в предпросмотре первые %Ln события)</numerusform>
            <numerusform> (в предпросмотре первые %Ln событий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Will print %1 — %2</source>
        <translation>Будет напечатано: %1 — %2</translation>
    </message>
    <message>
        <source>Will write %1: %2 — %3</source>
        <translation>Будет записано (%1): %2 — %3</translation>
    </message>
    <message>
        <source>%1 at full size</source>
        <translation>%1 в полном размере</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>Экспортирован %1: %2</translation>
    </message>
    <message>
        <source>The timeline cannot be printed on this paper: %1. Choose larger paper.</source>
        <translation>Хронологию нельзя напечатать на этой бумаге: %1. Выберите бумагу большего формата.</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Отправлено на принтер</translation>
    </message>
    <message>
        <source>The timeline picture</source>
        <translation>Изображение хронологии</translation>
    </message>
    <message>
        <source>The timeline picture (PNG, SVG or PDF)</source>
        <translation>Изображение хронологии (PNG, SVG или PDF)</translation>
    </message>
    <message>
        <source>The events (CSV or Timeline Viewer JSON)</source>
        <translation>События (CSV или Timeline Viewer JSON)</translation>
    </message>
    <message>
        <source>The events-and-sources report</source>
        <translation>Отчёт о событиях и источниках</translation>
    </message>
    <message>
        <source>The events-and-sources report (PDF or HTML)</source>
        <translation>Отчёт о событиях и источниках (PDF или HTML)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>Timeline Viewer JSON</source>
        <translation>Timeline Viewer JSON</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Страница HTML</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Opening %1: reading %2 of %3</source>
        <translation>Открывается %1: прочитано %2 из %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening %1: checking</source>
        <translation>Открывается %1: проверка</translation>
    </message>
    <message numerus="yes">
        <source>Opening %1: %Ln event(s) checked</source>
        <translation>
            <numerusform>Открывается %1: проверено %Ln событие</numerusform>
            <numerusform>Открывается %1: проверено %Ln события</numerusform>
            <numerusform>Открывается %1: проверено %Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %1: preparing %Ln event(s) for display</source>
        <translation>
            <numerusform>Открывается %1: подготовка к показу %Ln события</numerusform>
            <numerusform>Открывается %1: подготовка к показу %Ln событий</numerusform>
            <numerusform>Открывается %1: подготовка к показу %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Открывается %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop opening the file; the timeline on screen stays</source>
        <translation>Прекратить открытие файла; хронология на экране останется</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>азербайджанский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Timeline language: %1 (%2) — its texts are shown as written</source>
        <translation>Язык хронологии: %1 (%2) — её тексты показаны как есть</translation>
    </message>
    <message>
        <source>Window language: %1</source>
        <translation>Язык интерфейса: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>Takes effect when the app restarts</source>
        <translation>Вступит в силу после перезапуска программы</translation>
    </message>
    <message>
        <source>The window is already in %1.</source>
        <translation>Интерфейс уже на языке: %1.</translation>
    </message>
    <message>
        <source>The window will be in %1 when you next start Timeline Viewer.</source>
        <translation>При следующем запуске Timeline Viewer язык интерфейса будет: %1.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Date known to the day</source>
        <translation>Дата известна до дня</translation>
    </message>
    <message>
        <source>Known only to the month or year</source>
        <translation>Известны только месяц или год</translation>
    </message>
    <message>
        <source>Approximate date (c.)</source>
        <translation>Приблизительная дата (ок.)</translation>
    </message>
    <message>
        <source>Uncertain date (?)</source>
        <translation>Неточная дата (?)</translation>
    </message>
    <message>
        <source>Sources disagree: dates joined</source>
        <translation>Источники расходятся: даты соединены</translation>
    </message>
    <message>
        <source>Period with start and end</source>
        <translation>Период с началом и концом</translation>
    </message>
    <message>
        <source>Background context (muted)</source>
        <translation>Фоновый контекст (приглушён)</translation>
    </message>
    <message>
        <source>Events too close to tell apart</source>
        <translation>События слишком близко, чтобы различить</translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 перечитан: он изменился на диске</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All timelines (*.timeline.json *.json *.csv *.timeline)</source>
        <translation>Все хронологии (*.timeline.json *.json *.csv *.timeline)</translation>
    </message>
    <message>
        <source>Timeline Viewer files (*.timeline.json *.json)</source>
        <translation>Файлы Timeline Viewer (*.timeline.json *.json)</translation>
    </message>
    <message>
        <source>TimelineJS files (*.json *.csv)</source>
        <translation>Файлы TimelineJS (*.json *.csv)</translation>
    </message>
    <message>
        <source>Timeline files (*.timeline)</source>
        <translation>Файлы Timeline (*.timeline)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Timeline Viewer files (*.timeline.json)</source>
        <translation>Файлы Timeline Viewer (*.timeline.json)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>Открыть файл хронологии</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перечитать</translation>
    </message>
    <message>
        <source>Read the current file again</source>
        <translation>Прочитать текущий файл заново</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save the timeline as a Timeline Viewer file (.timeline.json)</source>
        <translation>Сохранить хронологию как файл Timeline Viewer (.timeline.json)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write the timeline picture, the events or the events-and-sources report</source>
        <translation>Записать изображение хронологии, события или отчёт о событиях и источниках</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the timeline picture or the report</source>
        <translation>Напечатать изображение хронологии или отчёт</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>П&amp;редупреждения…</translation>
    </message>
    <message>
        <source>List what the open file was warned about</source>
        <translation>Показать предупреждения об открытом файле</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Поиск…</translation>
    </message>
    <message>
        <source>Search titles, summaries, quotes and sources</source>
        <translation>Искать в заголовках, описаниях, цитатах и источниках</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>С&amp;бросить поиск и фильтры</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom in on the timeline</source>
        <translation>Увеличить масштаб хронологии</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom out on the timeline</source>
        <translation>Уменьшить масштаб хронологии</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Показать вс&amp;ё</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Показать всю хронологию</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Перейти к д&amp;ате…</translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation>Показать год, месяц или день</translation>
    </message>
    <message>
        <source>&amp;List Only Events in View</source>
        <translation>В списке только &amp;видимые события</translation>
    </message>
    <message>
        <source>Limit the list to the time shown</source>
        <translation>Ограничить список показанным периодом</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut of the menus, the timeline and the list</source>
        <translation>Все сочетания клавиш меню, хронологии и списка</translation>
    </message>
    <message>
        <source>&amp;About Timeline Viewer</source>
        <translation>&amp;О программе Timeline Viewer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Последние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>&amp;Достоверность</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Поиск и фильтры</translation>
    </message>
    <message>
        <source>Search events, quotes, people, sources…  (Ctrl+F)</source>
        <translation>Поиск событий, цитат, людей, источников…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Расположение</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Show the folder of the log, where unexpected errors and Qt's warnings are written</source>
        <translation>Показать папку журнала, куда записываются непредвиденные ошибки и предупреждения Qt</translation>
    </message>
    <message>
        <source>Cannot open the log folder %1</source>
        <translation>Не удаётся открыть папку журнала %1</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>Открыть хронологию</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>Открытие %1 отменено</translation>
    </message>
    <message>
        <source> · search and filters as you left them (View → Reset View clears them)</source>
        <translation> · поиск и фильтры такие, как вы их оставили (Вид → Исходный вид сбрасывает их)</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 перечитан</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>Сохранить хронологию как</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 не сохранён: %2.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2)</source>
        <translation>Сохранено как %1 (%2)</translation>
    </message>
    <message>
        <source> It was read as %1; after saving it will be a Timeline Viewer file, which other programs may not open.</source>
        <translation> Он прочитан как %1; после сохранения это будет файл Timeline Viewer, который другие программы могут не открыть.</translation>
    </message>
    <message>
        <source>Replace the opened file?</source>
        <translation>Заменить открытый файл?</translation>
    </message>
    <message>
        <source>%1 is the file you opened. Replace it with the timeline as shown?</source>
        <translation>%1 — это открытый вами файл. Заменить его хронологией в показанном виде?</translation>
    </message>
    <message>
        <source>No event with id '%1' in this timeline</source>
        <translation>В этой хронологии нет события с идентификатором '%1'</translation>
    </message>
    <message>
        <source>The selected event is hidden by the search or filters; clear them to see it again.</source>
        <translation>Выбранное событие скрыто поиском или фильтрами; сбросьте их, чтобы снова его увидеть.</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>Перейти к дате</translation>
    </message>
    <message>
        <source>Year, month or day — e.g. 1994, May 1994, 1994-05-04, 44 BC or 66 million years ago:</source>
        <translation>Год, месяц или день — напр. 1994, май 1994, 1994-05-04, 44 до н. э. или 66 млн лет назад:</translation>
    </message>
    <message>
        <source>'%1' is not a date; try 1994, May 1994, 1994-05-04 or 44 BC</source>
        <translation>«%1» — не дата; попробуйте 1994, май 1994, 1994-05-04 или 44 до н. э.</translation>
    </message>
    <message>
        <source>Show or hide %1 events</source>
        <translation>Показать или скрыть события категории «%1»</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Копировать &amp;ссылку на событие</translation>
    </message>
    <message>
        <source>Copy a timeline-app: link that opens this file at the event</source>
        <translation>Копировать ссылку timeline-app:, открывающую этот файл на этом событии</translation>
    </message>
    <message>
        <source>Copy &amp;Command Line for Event</source>
        <translation>Копировать &amp;команду для события</translation>
    </message>
    <message>
        <source>Copy the command that opens this file at the event, for a terminal</source>
        <translation>Копировать команду терминала, открывающую этот файл на этом событии</translation>
    </message>
    <message>
        <source>Copy Link to &amp;View</source>
        <translation>Копировать ссылку на &amp;вид</translation>
    </message>
    <message>
        <source>Copy a timeline-app: link that opens this file at the dates on screen</source>
        <translation>Копировать ссылку timeline-app:, открывающую этот файл на датах, показанных на экране</translation>
    </message>
    <message>
        <source>Copy &amp;Title</source>
        <translation>Копировать &amp;заголовок</translation>
    </message>
    <message>
        <source>Copy the event's title</source>
        <translation>Копировать заголовок события</translation>
    </message>
    <message>
        <source>Copy &amp;Sources as Citations</source>
        <translation>Копировать &amp;источники как ссылки</translation>
    </message>
    <message>
        <source>Copy a citation of each source the event cites, as the pane numbers them</source>
        <translation>Копировать библиографическую ссылку на каждый источник события, с номерами как на панели</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>&amp;Исходный вид</translation>
    </message>
    <message>
        <source>Show the file's own range, with no search or filters; the selection stays</source>
        <translation>Показать собственный диапазон файла без поиска и фильтров; выбор сохраняется</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Link to “%1” copied</source>
        <translation>Ссылка на «%1» скопирована</translation>
    </message>
    <message>
        <source>Command line for “%1” copied</source>
        <translation>Команда для «%1» скопирована</translation>
    </message>
    <message>
        <source>Link to the view of %1 copied</source>
        <translation>Ссылка на вид %1 скопирована</translation>
    </message>
    <message>
        <source>Title “%1” copied</source>
        <translation>Заголовок «%1» скопирован</translation>
    </message>
    <message>
        <source>“%1” cites no source</source>
        <translation>«%1» не ссылается ни на один источник</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) of “%1” copied</source>
        <translation>
            <numerusform>Скопирована %n ссылка для «%1»</numerusform>
            <numerusform>Скопированы %n ссылки для «%1»</numerusform>
            <numerusform>Скопировано %n ссылок для «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>; “%1” stays selected</source>
        <translation>; «%1» остаётся выбранным</translation>
    </message>
    <message>
        <source>View reset to %1, with no search or filters</source>
        <translation>Вид сброшен на %1, без поиска и фильтров</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%1 из %2 события</numerusform>
            <numerusform>%1 из %2 событий</numerusform>
            <numerusform>%1 из %2 событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Прочитан как %1</translation>
    </message>
    <message>
        <source>%1 — Timeline Viewer</source>
        <translation>%1 — Timeline Viewer</translation>
    </message>
    <message>
        <source>Timeline Viewer</source>
        <translation>Timeline Viewer</translation>
    </message>
    <message>
        <source>Citation copied to the clipboard</source>
        <translation>Ссылка скопирована в буфер обмена</translation>
    </message>
    <message>
        <source>Not opened: only http and https links are followed (%1)</source>
        <translation>Не открыто: открываются только ссылки http и https (%1)</translation>
    </message>
    <message>
        <source>Explore a sourced history as a zoomable timeline: where each fact comes from, who said what, and how sure we are.</source>
        <translation>Изучайте историю с источниками на масштабируемой хронологии: откуда каждый факт, кто что сказал и насколько мы уверены.</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Файл данных:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Прочитан как:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Лицензия:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Авторы:</translation>
    </message>
    <message>
        <source>About Timeline Viewer</source>
        <translation>О программе Timeline Viewer</translation>
    </message>
    <message>
        <source>%1 is no longer in %2: removed from Open Recent</source>
        <translation>%1 больше нет в %2: удалён из последних файлов</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Открыт %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s): File → Warnings…</source>
        <translation>
            <numerusform>Открыт %1, %n предупреждение: Файл → Предупреждения…</numerusform>
            <numerusform>Открыт %1, %n предупреждения: Файл → Предупреждения…</numerusform>
            <numerusform>Открыт %1, %n предупреждений: Файл → Предупреждения…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>%1, the whole timeline</source>
        <translation>%1, вся хронология</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>Эта страница: %1</translation>
    </message>
    <message>
        <source>, lanes %1–%2 of %3</source>
        <translation>, дорожки %1–%2 из %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <source>Show problems</source>
        <translation>Показать проблемы</translation>
    </message>
    <message>
        <source>List the problems of the file on disk, each with its line and column</source>
        <translation>Перечислить проблемы файла на диске, каждую со строкой и столбцом</translation>
    </message>
    <message numerus="yes">
        <source>The file changed on disk and now has %n problem(s); the last good version is shown.</source>
        <translation>
            <numerusform>Файл на диске изменился, и теперь в нём %n проблема; показана последняя исправная версия.</numerusform>
            <numerusform>Файл на диске изменился, и теперь в нём %n проблемы; показана последняя исправная версия.</numerusform>
            <numerusform>Файл на диске изменился, и теперь в нём %n проблем; показана последняя исправная версия.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is no longer on disk (deleted, moved or renamed); the last version read is shown.</source>
        <translation>Файла больше нет на диске (удалён, перемещён или переименован); показана последняя прочитанная версия.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (прочитан как %2)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): what the timeline could not keep of it, or keeps differently.</source>
        <translation>
            <numerusform>%1 открыт с %n предупреждением: что хронология не смогла сохранить или хранит иначе.</numerusform>
            <numerusform>%1 открыт с %n предупреждениями: что хронология не смогла сохранить или хранит иначе.</numerusform>
            <numerusform>%1 открыт с %n предупреждениями: что хронология не смогла сохранить или хранит иначе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): worth a look.</source>
        <translation>
            <numerusform>%1 открыт с %n предупреждением: стоит взглянуть.</numerusform>
            <numerusform>%1 открыт с %n предупреждениями: стоит взглянуть.</numerusform>
            <numerusform>%1 открыт с %n предупреждениями: стоит взглянуть.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open timeline</source>
        <translation>Не удалось открыть хронологию</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: %n problem(s) found. The timeline you were reading is unchanged.</source>
        <translation>
            <numerusform>%1 не открыт: найдена %n проблема. Хронология, которую вы читали, не изменилась.</numerusform>
            <numerusform>%1 не открыт: найдены %n проблемы. Хронология, которую вы читали, не изменилась.</numerusform>
            <numerusform>%1 не открыт: найдено %n проблем. Хронология, которую вы читали, не изменилась.</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are listed in English.</source>
        <translation>Проблемы перечислены на английском языке.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>ReadingBy</name>
    <message>
        <source>by source: %1</source>
        <translation>по источнику: %1</translation>
    </message>
    <message>
        <source>quoting: %1</source>
        <translation>цитаты: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 +%2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
</context>
<context>
    <name>ReadingLayout</name>
    <message>
        <source>Detail Pane &amp;Beside</source>
        <translation>Панель подробностей &amp;сбоку</translation>
    </message>
    <message>
        <source>Detail Pane &amp;Below</source>
        <translation>Панель подробностей с&amp;низу</translation>
    </message>
    <message>
        <source>Show the detail pane as a full-height column beside the timeline and the list</source>
        <translation>Показывать панель подробностей колонкой во всю высоту рядом с хронологией и списком</translation>
    </message>
    <message>
        <source>Show the timeline across the whole width, with the list and the detail pane below</source>
        <translation>Показывать хронологию во всю ширину, а список и панель подробностей под ней</translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Let go of the choice made here</source>
        <translation>Отменить сделанный здесь выбор</translation>
    </message>
    <message>
        <source>Sources by publisher</source>
        <translation>Источники по издателям</translation>
    </message>
    <message>
        <source>Select a publisher or sources (Ctrl+click for more) to read the events they cite; ⚠ marks a contradiction.</source>
        <translation>Выберите издателя или источники (Ctrl+щелчок — несколько), чтобы читать события, на которые они ссылаются; ⚠ отмечает опровержение.</translation>
    </message>
    <message>
        <source>Speakers of quotes</source>
        <translation>Авторы цитат</translation>
    </message>
    <message>
        <source>Select speakers (Ctrl+click for more) to read the events that carry their quotes.</source>
        <translation>Выберите авторов (Ctrl+щелчок — несколько), чтобы читать события с их цитатами.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Авторы цитат</translation>
    </message>
    <message>
        <source>Read the timeline by source or publisher</source>
        <translation>Читать хронологию по источнику или издателю</translation>
    </message>
    <message>
        <source>Read the timeline by who is quoted</source>
        <translation>Читать хронологию по тем, кого цитируют</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>События (%1 из %2)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Events and sources</source>
        <translation>События и источники</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>%1 with Timeline Viewer</source>
        <translation>%1 в Timeline Viewer</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Как читать этот отчёт</translation>
    </message>
    <message>
        <source>Each event gives its date only as precisely as the sources know it, what happened, who said what, and how sure we are. A number in brackets, such as [1], is a source: it has the same number throughout the report and is listed under Sources at the end, with the events that cite it. Each event, and each claim within it, has one of these standings:</source>
        <translation>Каждое событие указывает дату лишь с той точностью, с какой её знают источники, что произошло, кто что сказал и насколько мы уверены. Число в скобках, например [1], — это источник: у него один и тот же номер во всём отчёте, и он указан в разделе «Источники» в конце вместе с событиями, которые на него ссылаются. Каждое событие и каждое утверждение в нём имеет один из этих статусов:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>No events are included.</source>
        <translation>События не включены.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Confidence, standing</source>
        <translation>Достоверность, статус</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>(not in this report)</source>
        <translation>(нет в этом отчёте)</translation>
    </message>
    <message>
        <source>Related events:</source>
        <translation>Связанные события:</translation>
    </message>
    <message>
        <source>Every source cited above, numbered in order of first citation, with the events that cite it.</source>
        <translation>Все источники, на которые ссылается отчёт, пронумерованные в порядке первого упоминания, с событиями, которые на них ссылаются.</translation>
    </message>
    <message>
        <source>Cited for:</source>
        <translation>Ссылаются события:</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message numerus="yes">
        <source>All %Ln event(s)</source>
        <translation>
            <numerusform>Все %Ln событие</numerusform>
            <numerusform>Все %Ln события</numerusform>
            <numerusform>Все %Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 из %Ln события</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>по запросу «%1»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>категории: %1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>достоверность: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutKeys</name>
    <message>
        <source>Left / Right</source>
        <translation>Влево / Вправо</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Вверх / Вниз</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>+ / −</source>
        <translation>+ / −</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Вверх / Вниз, Page Up / Page Down</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Previous / next event in time</source>
        <translation>Предыдущее / следующее событие по времени</translation>
    </message>
    <message>
        <source>Nearest event in the lane above / below</source>
        <translation>Ближайшее событие на дорожке выше / ниже</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>Первое / последнее событие</translation>
    </message>
    <message>
        <source>Move most of a view earlier / later</source>
        <translation>Сдвинуть вид почти на экран раньше / позже</translation>
    </message>
    <message>
        <source>Read the current event in the detail pane</source>
        <translation>Прочитать текущее событие на панели подробностей</translation>
    </message>
    <message>
        <source>List the events of the current event's day in its lane</source>
        <translation>Перечислить события того же дня на дорожке текущего события</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Увеличить / уменьшить</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>The current event's menu: copy its link, title or citations</source>
        <translation>Меню текущего события: копировать ссылку, заголовок или ссылки на источники</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>Предыдущее / следующее событие</translation>
    </message>
    <message>
        <source>The selected event's menu</source>
        <translation>Меню выбранного события</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>На хронологии</translation>
    </message>
    <message>
        <source>In the event list</source>
        <translation>В списке событий</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>В поле поиска</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>official page</source>
        <translation>официальная страница</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>пресс-релиз</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>стенограмма</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>новостное сообщение</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>интервью</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>энциклопедия</translation>
    </message>
    <message>
        <source>book</source>
        <translation>книга</translation>
    </message>
    <message>
        <source>journal article</source>
        <translation>журнальная статья</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>аналитика</translation>
    </message>
    <message>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Подтверждает</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Опровергает</translation>
    </message>
    <message>
        <source>The source's title; a publisher's row holds all its sources</source>
        <translation>Название источника; строка издателя объединяет все его источники</translation>
    </message>
    <message>
        <source>The publisher as the file names it</source>
        <translation>Издатель, как его называет файл</translation>
    </message>
    <message>
        <source>What kind of source it is</source>
        <translation>Вид источника</translation>
    </message>
    <message>
        <source>When it was published, as precisely as the file knows</source>
        <translation>Когда опубликован, с той точностью, которую знает файл</translation>
    </message>
    <message>
        <source>Events that cite it in support (for the event, a claim, a date or a quote)</source>
        <translation>События, которые ссылаются на него в подтверждение (события, утверждения, даты или цитаты)</translation>
    </message>
    <message>
        <source>Events with a claim or citation it contradicts</source>
        <translation>События с утверждением или ссылкой, которые он опровергает</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln источник</numerusform>
            <numerusform>%Ln источника</numerusform>
            <numerusform>%Ln источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s), supporting %2 and contradicting %3 events. Select to read the events they cite.</source>
        <translation>
            <numerusform>%1: %Ln источник; подтверждает событий: %2, опровергает: %3. Выберите, чтобы читать события, на которые они ссылаются.</numerusform>
            <numerusform>%1: %Ln источника; подтверждают событий: %2, опровергают: %3. Выберите, чтобы читать события, на которые они ссылаются.</numerusform>
            <numerusform>%1: %Ln источников; подтверждают событий: %2, опровергают: %3. Выберите, чтобы читать события, на которые они ссылаются.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supports %1 events, contradicts %2.</source>
        <translation>Подтверждает событий: %1, опровергает: %2.</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <source>Speaker</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>The person quoted</source>
        <translation>Цитируемый человек</translation>
    </message>
    <message>
        <source>Their role as the file gives it (a quote may give the role they held then)</source>
        <translation>Должность, как её указывает файл (цитата может указывать тогдашнюю должность)</translation>
    </message>
    <message>
        <source>Quotes of theirs in the timeline</source>
        <translation>Их цитаты в хронологии</translation>
    </message>
    <message>
        <source>Events that carry one of their quotes</source>
        <translation>События с их цитатами</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s) on %1</source>
        <translation>
            <numerusform>%Ln цитата в %1</numerusform>
            <numerusform>%Ln цитаты в %1</numerusform>
            <numerusform>%Ln цитат в %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событии</numerusform>
            <numerusform>%Ln событиях</numerusform>
            <numerusform>%Ln событиях</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Системная</translation>
    </message>
    <message>
        <source>Light or dark as the system is, changing when it does</source>
        <translation>Светлая или тёмная, как в системе, и меняется вместе с ней</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds, whatever the system's scheme</source>
        <translation>Тёмный текст на светлом фоне, независимо от схемы системы</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, whatever the system's scheme</source>
        <translation>Светлый текст на тёмном фоне, независимо от схемы системы</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Scroll lanes</source>
        <translation>Прокрутка дорожек</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Увеличить (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Всё</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>Показать всю хронологию (0)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Explain the marks on the timeline</source>
        <translation>Пояснить значки на хронологии</translation>
    </message>
</context>
</TS>
