<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>%Ln event(s) · %1 · %2</source>
        <translation>
            <numerusform>%Ln event · %1 · %2</numerusform>
            <numerusform>%Ln events · %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s) around %2</source>
        <translation>
            <numerusform>%1: %Ln event around %2</numerusform>
            <numerusform>%1: %Ln events around %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1</source>
        <translation>
            <numerusform>%Ln event, %1</numerusform>
            <numerusform>%Ln events, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s): %1</source>
        <translation>
            <numerusform>%n lane: %1</numerusform>
            <numerusform>%n lanes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>%n more errors happened after this one; each is in the log too.</source>
        <translation>
            <numerusform>%n more errors happened after this one; each is in the log too.</numerusform>
            <numerusform>%n more errors happened after this one; each is in the log too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%Ln event(s) as a CSV spreadsheet (%1)</source>
        <translation>
            <numerusform>%Ln event as a CSV spreadsheet (%1)</numerusform>
            <numerusform>%Ln events as a CSV spreadsheet (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) as a Timeline Viewer file (%1)</source>
        <translation>
            <numerusform>%Ln event as a Timeline Viewer file (%1)</numerusform>
            <numerusform>%Ln events as a Timeline Viewer file (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s) as an HTML page (%1)</source>
        <translation>
            <numerusform>the report on %Ln event as an HTML page (%1)</numerusform>
            <numerusform>the report on %Ln events as an HTML page (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s)</source>
        <translation>
            <numerusform>the report on %Ln event</numerusform>
            <numerusform>the report on %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as a PDF of %Ln page(s) (%2)</source>
        <translation>
            <numerusform>%1 as a PDF of %Ln page (%2)</numerusform>
            <numerusform>%1 as a PDF of %Ln pages (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the timeline picture as a PDF of %Ln page(s) (%1)</source>
        <translation>
            <numerusform>the timeline picture as a PDF of %Ln page (%1)</numerusform>
            <numerusform>the timeline picture as a PDF of %Ln pages (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>… and %Ln more event(s)</source>
        <translation>
            <numerusform>… and %Ln more event</numerusform>
            <numerusform>… and %Ln more events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the preview shows the first %Ln event(s))</source>
        <translation>
            <numerusform> (the preview shows the first %Ln event)</numerusform>
            <numerusform> (the preview shows the first %Ln events)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message numerus="yes">
        <source>Opening %1: %Ln event(s) checked</source>
        <translation>
            <numerusform>Opening %1: %Ln event checked</numerusform>
            <numerusform>Opening %1: %Ln events checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %1: preparing %Ln event(s) for display</source>
        <translation>
            <numerusform>Opening %1: preparing %Ln event for display</numerusform>
            <numerusform>Opening %1: preparing %Ln events for display</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n citation(s) of “%1” copied</source>
        <translation>
            <numerusform>%n citation of “%1” copied</numerusform>
            <numerusform>%n citations of “%1” copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%1 of %2 events</numerusform>
            <numerusform>%1 of %2 events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s): File → Warnings…</source>
        <translation>
            <numerusform>Opened %1 with %n warning: File → Warnings…</numerusform>
            <numerusform>Opened %1 with %n warnings: File → Warnings…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message numerus="yes">
        <source>The file changed on disk and now has %n problem(s); the last good version is shown.</source>
        <translation>
            <numerusform>The file changed on disk and now has %n problem; the last good version is shown.</numerusform>
            <numerusform>The file changed on disk and now has %n problems; the last good version is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): what the timeline could not keep of it, or keeps differently.</source>
        <translation>
            <numerusform>%1 was opened with %n warning: what the timeline could not keep of it, or keeps differently.</numerusform>
            <numerusform>%1 was opened with %n warnings: what the timeline could not keep of it, or keeps differently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): worth a look.</source>
        <translation>
            <numerusform>%1 was opened with %n warning: worth a look.</numerusform>
            <numerusform>%1 was opened with %n warnings: worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: %n problem(s) found. The timeline you were reading is unchanged.</source>
        <translation>
            <numerusform>%1 was not opened: %n problem found. The timeline you were reading is unchanged.</numerusform>
            <numerusform>%1 was not opened: %n problems found. The timeline you were reading is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message numerus="yes">
        <source>All %Ln event(s)</source>
        <translation>
            <numerusform>All %Ln event</numerusform>
            <numerusform>All %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln source</numerusform>
            <numerusform>%Ln sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s), supporting %2 and contradicting %3 events. Select to read the events they cite.</source>
        <translation>
            <numerusform>%1: %Ln source, supporting %2 and contradicting %3 events. Select to read the events they cite.</numerusform>
            <numerusform>%1: %Ln sources, supporting %2 and contradicting %3 events. Select to read the events they cite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message numerus="yes">
        <source>%Ln quote(s) on %1</source>
        <translation>
            <numerusform>%Ln quote on %1</numerusform>
            <numerusform>%Ln quotes on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
</TS>
