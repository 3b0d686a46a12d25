<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) · %1 · %2</source>
        <translation>
            <numerusform>%Ln hadisə · %1 · %2</numerusform>
            <numerusform>%Ln hadisə · %1 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln mənbə</numerusform>
            <numerusform>%Ln mənbə</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Siyahını görmək üçün klikləyin</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Yaxınlaşdırmaq üçün klikləyin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln hadisə</numerusform>
            <numerusform>%Ln hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln event(s) around %2</source>
        <translation>
            <numerusform>%1: %2 ətrafında %Ln hadisə</numerusform>
            <numerusform>%1: %2 ətrafında %Ln hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline overview</source>
        <translation>Xronologiyanın icmalı</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <source>No timeline loaded</source>
        <translation>Xronologiya yüklənməyib</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Dövrlər</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 / %Ln hadisə</numerusform>
            <numerusform>%1 / %Ln hadisə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CanvasAccessibility</name>
    <message>
        <source>Left and Right step through the events in time, Up and Down move to the next lane, Home and End go to the first and last event, plus and minus zoom, 0 shows everything, Page Up and Page Down move in time, Space lists the events of the current day, Enter reads the current event in the detail pane.</source>
        <translation>Sol və Sağ hadisələr üzrə zamanca addımlayır, Yuxarı və Aşağı növbəti zolağa keçir, Home və End ilk və son hadisəyə gedir, plyus və minus miqyası dəyişir, 0 hər şeyi göstərir, Page Up və Page Down zamanda sürüşdürür, Boşluq cari günün hadisələrini sadalayır, Enter cari hadisəni təfərrüat panelində oxuyur.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of dates read aloud: 1992 to 2021</comment>
        <translation>%1 ilə %2 arası</translation>
    </message>
    <message>
        <source>no sources cited</source>
        <translation>mənbə göstərilməyib</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln mənbə</numerusform>
            <numerusform>%Ln mənbə</numerusform>
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
            <numerusform>%Ln hadisə, %1</numerusform>
            <numerusform>%Ln hadisə, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>%1 zolağı</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>%1, background context</source>
        <translation>%1, fon konteksti</translation>
    </message>
    <message>
        <source>%1, drawn together at this zoom: zoom in to tell them apart</source>
        <translation>%1, bu miqyasda birlikdə çəkilib: ayırd etmək üçün yaxınlaşdırın</translation>
    </message>
    <message>
        <source>%1, drawn as density bars at this zoom: zoom in to see the events</source>
        <translation>%1, bu miqyasda sıxlıq zolaqları kimi çəkilib: hadisələri görmək üçün yaxınlaşdırın</translation>
    </message>
    <message>
        <source>No timeline loaded</source>
        <translation>Xronologiya yüklənməyib</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s): %1</source>
        <translation>
            <numerusform>%n zolaq: %1</numerusform>
            <numerusform>%n zolaq: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no lanes</source>
        <translation>zolaq yoxdur</translation>
    </message>
    <message>
        <source>%1 on screen; %2</source>
        <translation>ekranda %1; %2</translation>
    </message>
    <message>
        <source>Enter reads it in the detail pane</source>
        <translation>Enter onu təfərrüat panelində oxuyur</translation>
    </message>
    <message>
        <source>The whole timeline, %1; the marked part, %2, is on screen</source>
        <translation>Bütün xronologiya, %1; işarələnmiş hissə, %2, ekrandadır</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <source>High</source>
        <translation>Yüksək</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Yüksək etibarlılıq</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Orta etibarlılıq</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Aşağı etibarlılıq</translation>
    </message>
    <message>
        <source>Confidence not assessed</source>
        <translation>Etibarlılıq qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <source>single-source</source>
        <translation>tək mənbə</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>yoxlanılmayıb</translation>
    </message>
    <message>
        <source>contradicted</source>
        <translation>təkzib olunur</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>c. %1</source>
        <comment>approximate date</comment>
        <translation>təxminən %1</translation>
    </message>
    <message>
        <source>%1 (date uncertain)</source>
        <translation>%1 (tarix dəqiq deyil)</translation>
    </message>
    <message>
        <source>from %1 (no end recorded)</source>
        <translation>%1 – … (sonu qeyd olunmayıb)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a span of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — sources disagree</source>
        <translation>%1 — mənbələr fərqli tarix göstərir</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (mübahisəli)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>dates the sources give</comment>
        <translation>%1 və ya %2</translation>
    </message>
    <message>
        <source>The sources give different dates; sorted by the earliest.</source>
        <translation>Mənbələr fərqli tarixlər göstərir; ən erkəninə görə sıralanıb.</translation>
    </message>
    <message>
        <source>Known only to the year: sorted before the dated events of %1.</source>
        <translation>Yalnız ili məlumdur: %1 ilinin dəqiq tarixli hadisələrindən əvvəl sıralanıb.</translation>
    </message>
    <message>
        <source>Known only to the month: sorted before the dated events of %1.</source>
        <translation>Yalnız ayı məlumdur: bu ayın (%1) dəqiq tarixli hadisələrindən əvvəl sıralanıb.</translation>
    </message>
    <message>
        <source>Known to the day.</source>
        <translation>Günü məlumdur.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>archived: %1</source>
        <translation>arxiv: %1</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>baxılıb: %1</translation>
    </message>
    <message>
        <source>Click an event on the timeline or in the list (or press ↓ in the list) to read here what happened, who said what, and where it comes from.</source>
        <translation>Nə baş verdiyini, kimin nə dediyini və bunun haradan gəldiyini burada oxumaq üçün xronologiyada və ya siyahıda hadisəyə klikləyin (və ya siyahıda ↓ basın).</translation>
    </message>
    <message>
        <source>Zoom with the mouse wheel or + and −, drag the timeline or the box on the overview to move in time; Fit all (Ctrl+0) shows everything.</source>
        <translation>Miqyası siçan təkəri və ya + və − ilə dəyişin, zamanda hərəkət etmək üçün xronologiyanı və ya icmaldakı çərçivəni sürüşdürün; Hamısı (Ctrl+0) hər şeyi göstərir.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) for a person, a place, a quote or a source; the category buttons show and hide lanes.</source>
        <translation>Şəxs, yer, sitat və ya mənbə axtarın (Ctrl+F); kateqoriya düymələri zolaqları göstərir və gizlədir.</translation>
    </message>
    <message>
        <source>Every event says how sure we are: its confidence, and whether it is corroborated, single-sourced, unverified or contradicted.</source>
        <translation>Hər hadisə nə dərəcədə əmin olduğumuzu göstərir: etibarlılığını, təsdiqləndiyini, tək mənbəyə əsaslandığını, yoxlanılmadığını və ya təkzib olunduğunu.</translation>
    </message>
    <message>
        <source>Help → Keyboard Shortcuts (F1) lists every key.</source>
        <translation>Kömək → Klaviatura qısayolları (F1) bütün düymələri sadalayır.</translation>
    </message>
    <message>
        <source>%1, %2 – %3, from %4.</source>
        <translation>%1, %2 – %3, %4 əsasında.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln hadisə</numerusform>
            <numerusform>%Ln hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln mənbə</numerusform>
            <numerusform>%Ln mənbə</numerusform>
        </translation>
    </message>
    <message>
        <source>How to start</source>
        <translation>Necə başlamalı</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitatlar</translation>
    </message>
    <message>
        <source>More quotes</source>
        <translation>Digər sitatlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>İstinadı kopyala</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>Əlaqəli hadisələr</translation>
    </message>
    <message>
        <source>Select an event to read what happened, who said what, and the sources.</source>
        <translation>Nə baş verdiyini, kimin nə dediyini və mənbələri oxumaq üçün hadisə seçin.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Timeline Viewer: Unexpected Error</source>
        <translation>Timeline Viewer: gözlənilməz xəta</translation>
    </message>
    <message>
        <source>Something went wrong inside Timeline Viewer.</source>
        <translation>Timeline Viewer daxilində nə isə səhv getdi.</translation>
    </message>
    <message>
        <source>Your files were not changed, and you can keep working. If something on screen looks wrong, close the app and start it again.</source>
        <translation>Fayllarınız dəyişməyib və işə davam edə bilərsiniz. Ekranda nə isə düzgün görünmürsə, proqramı bağlayıb yenidən açın.</translation>
    </message>
    <message>
        <source>The details were written to the log:
%1</source>
        <translation>Təfərrüatlar jurnala yazıldı:
%1</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Jurnal faylını yazmaq mümkün olmadı.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Təfərrüatları &amp;kopyala</translation>
    </message>
    <message>
        <source>Copy what went wrong, with the versions of the app, Python and Qt, for a report</source>
        <translation>Nəyin səhv getdiyini proqramın, Python və Qt versiyaları ilə birlikdə hesabat üçün kopyala</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Jurnal qovluğunu aç</translation>
    </message>
    <message>
        <source>1 more error happened after this one; it is in the log too.</source>
        <translation>Bundan sonra daha 1 xəta baş verdi; o da jurnaldadır.</translation>
    </message>
    <message numerus="yes">
        <source>%n more errors happened after this one; each is in the log too.</source>
        <translation>
            <numerusform>Bundan sonra daha %n xəta baş verdi; hər biri jurnaldadır.</numerusform>
            <numerusform>Bundan sonra daha %n xəta baş verdi; hər biri jurnaldadır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details &amp;Copied</source>
        <translation>Təfərrüatlar &amp;kopyalandı</translation>
    </message>
</context>
<context>
    <name>EventHtml</name>
    <message>
        <source>How sure we are</source>
        <translation>Nə dərəcədə əminik</translation>
    </message>
    <message>
        <source>Claims and their standing</source>
        <translation>İddialar və onların etibarı</translation>
    </message>
    <message>
        <source>⚠ Unverified.</source>
        <translation>⚠ Yoxlanılmayıb.</translation>
    </message>
    <message>
        <source>No source is cited for this event.</source>
        <translation>Bu hadisə üçün heç bir mənbə göstərilməyib.</translation>
    </message>
    <message>
        <source>no excerpt quoted</source>
        <translation>sitat gətirilməyib</translation>
    </message>
    <message>
        <source>looking back</source>
        <translation>geriyə baxaraq</translation>
    </message>
    <message>
        <source>Independent or official sources agree.</source>
        <translation>Müstəqil və ya rəsmi mənbələr razılaşır.</translation>
    </message>
    <message>
        <source>Only one source (or one side's sources) gives this; no independent confirmation was found.</source>
        <translation>Bunu yalnız bir mənbə (və ya bir tərəfin mənbələri) verir; müstəqil təsdiq tapılmayıb.</translation>
    </message>
    <message>
        <source>Stated, but not confirmed: no other source for it was found.</source>
        <translation>Deyilib, lakin təsdiqlənməyib: başqa mənbə tapılmayıb.</translation>
    </message>
    <message>
        <source>Another source contradicts this; read both before relying on it.</source>
        <translation>Başqa bir mənbə bunu təkzib edir; ona etibar etməzdən əvvəl hər ikisini oxuyun.</translation>
    </message>
    <message>
        <source>Nobody has yet judged how well the sources support this event: read it as a claim.</source>
        <translation>Mənbələrin bu hadisəni nə dərəcədə təsdiqlədiyi hələ qiymətləndirilməyib: onu iddia kimi oxuyun.</translation>
    </message>
    <message>
        <source>Background context</source>
        <translation>Fon konteksti</translation>
    </message>
    <message>
        <source>Outside the timeline's range, kept for context</source>
        <translation>Xronologiyanın aralığından kənarda, kontekst üçün saxlanılıb</translation>
    </message>
    <message>
        <source>%1 according to %2</source>
        <translation>%2 məlumatına görə %1</translation>
    </message>
    <message>
        <source>said on %1, looking back</source>
        <translation>%1 tarixində, geriyə baxaraq deyilib</translation>
    </message>
    <message>
        <source>said in %1, looking back</source>
        <translation>%1 dövründə, geriyə baxaraq deyilib</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>mənbə: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Qeyd: %1</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>təkzib edir</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>təsdiqləyir</translation>
    </message>
    <message>
        <source>Stated in %1.</source>
        <translation>Bunu deyən mənbələr: %1.</translation>
    </message>
    <message>
        <source>Contradicted by %1.</source>
        <translation>%1 tərəfindən təkzib olunur.</translation>
    </message>
    <message>
        <source> (archived: %1)</source>
        <translation> (arxiv: %1)</translation>
    </message>
    <message>
        <source>Archived: %1.</source>
        <translation>Arxiv: %1.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Baxılıb: %1.</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Etibarlılıq</translation>
    </message>
</context>
<context>
    <name>EventPopup</name>
    <message>
        <source>Events here</source>
        <translation>Buradakı hadisələr</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%Ln event(s) as a CSV spreadsheet (%1)</source>
        <translation>
            <numerusform>%Ln hadisə CSV cədvəli kimi (%1)</numerusform>
            <numerusform>%Ln hadisə CSV cədvəli kimi (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) as a Timeline Viewer file (%1)</source>
        <translation>
            <numerusform>%Ln hadisə Timeline Viewer faylı kimi (%1)</numerusform>
            <numerusform>%Ln hadisə Timeline Viewer faylı kimi (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s) as an HTML page (%1)</source>
        <translation>
            <numerusform>%Ln hadisə haqqında hesabat HTML səhifəsi kimi (%1)</numerusform>
            <numerusform>%Ln hadisə haqqında hesabat HTML səhifəsi kimi (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the report on %Ln event(s)</source>
        <translation>
            <numerusform>%Ln hadisə haqqında hesabat</numerusform>
            <numerusform>%Ln hadisə haqqında hesabat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as a PDF of %Ln page(s) (%2)</source>
        <translation>
            <numerusform>%1, %Ln səhifəlik PDF kimi (%2)</numerusform>
            <numerusform>%1, %Ln səhifəlik PDF kimi (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>the timeline picture as a PNG image of %1×%2 px (%3)</source>
        <translation>xronologiyanın şəkli %1×%2 piksel PNG şəkli kimi (%3)</translation>
    </message>
    <message>
        <source>the timeline picture as an SVG drawing of %1×%2 (%3)</source>
        <translation>xronologiyanın şəkli %1×%2 SVG təsviri kimi (%3)</translation>
    </message>
    <message numerus="yes">
        <source>the timeline picture as a PDF of %Ln page(s) (%1)</source>
        <translation>
            <numerusform>xronologiyanın şəkli %Ln səhifəlik PDF kimi (%1)</numerusform>
            <numerusform>xronologiyanın şəkli %Ln səhifəlik PDF kimi (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Çap</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>The whole timeline</source>
        <translation>Bütün xronologiya</translation>
    </message>
    <message>
        <source>The range on screen: %1</source>
        <translation>Ekrandakı aralıq: %1</translation>
    </message>
    <message>
        <source>With the current search and filters</source>
        <translation>Cari axtarış və filtrlərlə</translation>
    </message>
    <message>
        <source>No search or filter is set: every event is included.</source>
        <translation>Axtarış və ya filtr qoyulmayıb: bütün hadisələr daxildir.</translation>
    </message>
    <message>
        <source>Which events</source>
        <translation>Hansı hadisələr</translation>
    </message>
    <message>
        <source> px</source>
        <translation> piksel</translation>
    </message>
    <message>
        <source>as tall as the lanes</source>
        <translation>zolaqlar qədər hündür</translation>
    </message>
    <message>
        <source>%1 dpi (%2× the pixels)</source>
        <translation>%1 dpi (piksellər %2×)</translation>
    </message>
    <message>
        <source>96 dpi (screen)</source>
        <translation>96 dpi (ekran)</translation>
    </message>
    <message>
        <source>Title, dates and what is shown, above</source>
        <translation>Yuxarıda başlıq, tarixlər və göstərilənlər</translation>
    </message>
    <message>
        <source>Legend of the marks, below</source>
        <translation>Aşağıda işarələrin izahı</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Şəkil</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>En:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Hündürlük:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Təsvir dəqiqliyi:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Fayl növü:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önbaxış</translation>
    </message>
    <message>
        <source>Print Preview…</source>
        <translation>Çapa önbaxış…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>İxrac et…</translation>
    </message>
    <message>
        <source>Cannot draw the picture: %1</source>
        <translation>Şəkli çəkmək mümkün deyil: %1</translation>
    </message>
    <message>
        <source>the timeline picture</source>
        <translation>xronologiyanın şəkli</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more event(s)</source>
        <translation>
            <numerusform>… və daha %Ln hadisə</numerusform>
            <numerusform>… və daha %Ln hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln hadisə</numerusform>
            <numerusform>%Ln hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>the report</source>
        <translation>hesabat</translation>
    </message>
    <message numerus="yes">
        <source> (the preview shows the first %Ln event(s))</source>
        <translation>
            <numerusform> (önbaxışda ilk %Ln hadisə göstərilir)</numerusform>
            <numerusform> (önbaxışda ilk %Ln hadisə göstərilir)</numerusform>
        </translation>
    </message>
    <message>
        <source>Will print %1 — %2</source>
        <translation>Çap ediləcək: %1 — %2</translation>
    </message>
    <message>
        <source>Will write %1: %2 — %3</source>
        <translation>Yazılacaq (%1): %2 — %3</translation>
    </message>
    <message>
        <source>%1 at full size</source>
        <translation>tam ölçüdə %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 yazıla bilmədi: %2</translation>
    </message>
    <message>
        <source>Exported %1: %2</source>
        <translation>%1 ixrac edildi: %2</translation>
    </message>
    <message>
        <source>The timeline cannot be printed on this paper: %1. Choose larger paper.</source>
        <translation>Xronologiyanı bu kağızda çap etmək olmur: %1. Daha böyük kağız seçin.</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Printerə göndərildi</translation>
    </message>
    <message>
        <source>The timeline picture</source>
        <translation>Xronologiyanın şəkli</translation>
    </message>
    <message>
        <source>The timeline picture (PNG, SVG or PDF)</source>
        <translation>Xronologiyanın şəkli (PNG, SVG və ya PDF)</translation>
    </message>
    <message>
        <source>The events (CSV or Timeline Viewer JSON)</source>
        <translation>Hadisələr (CSV və ya Timeline Viewer JSON)</translation>
    </message>
    <message>
        <source>The events-and-sources report</source>
        <translation>Hadisələr və mənbələr hesabatı</translation>
    </message>
    <message>
        <source>The events-and-sources report (PDF or HTML)</source>
        <translation>Hadisələr və mənbələr hesabatı (PDF və ya HTML)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG təsviri</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF sənədi</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV cədvəli</translation>
    </message>
    <message>
        <source>Timeline Viewer JSON</source>
        <translation>Timeline Viewer JSON</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML səhifəsi</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Opening %1: reading %2 of %3</source>
        <translation>%1 açılır: %3 həcmindən %2 oxunub</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening %1: checking</source>
        <translation>%1 açılır: yoxlanılır</translation>
    </message>
    <message numerus="yes">
        <source>Opening %1: %Ln event(s) checked</source>
        <translation>
            <numerusform>%1 açılır: %Ln hadisə yoxlanılıb</numerusform>
            <numerusform>%1 açılır: %Ln hadisə yoxlanılıb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opening %1: preparing %Ln event(s) for display</source>
        <translation>
            <numerusform>%1 açılır: %Ln hadisə göstərilməyə hazırlanır</numerusform>
            <numerusform>%1 açılır: %Ln hadisə göstərilməyə hazırlanır</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 açılır</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Stop opening the file; the timeline on screen stays</source>
        <translation>Faylın açılmasını dayandır; ekrandakı xronologiya qalır</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>ingilis dili</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Azərbaycan dili</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rus dili</translation>
    </message>
    <message>
        <source>Timeline language: %1 (%2) — its texts are shown as written</source>
        <translation>Xronologiyanın dili: %1 (%2) — mətnləri yazıldığı kimi göstərilir</translation>
    </message>
    <message>
        <source>Window language: %1</source>
        <translation>Pəncərənin dili: %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Sistemin dili (%1)</translation>
    </message>
    <message>
        <source>Takes effect when the app restarts</source>
        <translation>Proqram yenidən başladıqda qüvvəyə minir</translation>
    </message>
    <message>
        <source>The window is already in %1.</source>
        <translation>Pəncərə artıq bu dildədir: %1.</translation>
    </message>
    <message>
        <source>The window will be in %1 when you next start Timeline Viewer.</source>
        <translation>Timeline Viewer növbəti dəfə açılanda pəncərənin dili %1 olacaq.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Date known to the day</source>
        <translation>Günü məlum tarix</translation>
    </message>
    <message>
        <source>Known only to the month or year</source>
        <translation>Yalnız ayı və ya ili məlum</translation>
    </message>
    <message>
        <source>Approximate date (c.)</source>
        <translation>Təxmini tarix</translation>
    </message>
    <message>
        <source>Uncertain date (?)</source>
        <translation>Dəqiq olmayan tarix (?)</translation>
    </message>
    <message>
        <source>Sources disagree: dates joined</source>
        <translation>Mənbələr razılaşmır: tarixlər birləşdirilib</translation>
    </message>
    <message>
        <source>Period with start and end</source>
        <translation>Başlanğıcı və sonu olan dövr</translation>
    </message>
    <message>
        <source>Background context (muted)</source>
        <translation>Fon konteksti (solğun)</translation>
    </message>
    <message>
        <source>Events too close to tell apart</source>
        <translation>Ayırd edilə bilməyəcək qədər yaxın hadisələr</translation>
    </message>
</context>
<context>
    <name>LiveReload</name>
    <message>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 yenidən oxundu: diskdə dəyişib</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>All timelines (*.timeline.json *.json *.csv *.timeline)</source>
        <translation>Bütün xronologiyalar (*.timeline.json *.json *.csv *.timeline)</translation>
    </message>
    <message>
        <source>Timeline Viewer files (*.timeline.json *.json)</source>
        <translation>Timeline Viewer faylları (*.timeline.json *.json)</translation>
    </message>
    <message>
        <source>TimelineJS files (*.json *.csv)</source>
        <translation>TimelineJS faylları (*.json *.csv)</translation>
    </message>
    <message>
        <source>Timeline files (*.timeline)</source>
        <translation>Timeline faylları (*.timeline)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
        <source>Timeline Viewer files (*.timeline.json)</source>
        <translation>Timeline Viewer faylları (*.timeline.json)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>Xronologiya faylını aç</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Yenidən &amp;oxu</translation>
    </message>
    <message>
        <source>Read the current file again</source>
        <translation>Cari faylı yenidən oxu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Fərqli &amp;saxla…</translation>
    </message>
    <message>
        <source>Save the timeline as a Timeline Viewer file (.timeline.json)</source>
        <translation>Xronologiyanı Timeline Viewer faylı kimi saxla (.timeline.json)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;İxrac…</translation>
    </message>
    <message>
        <source>Write the timeline picture, the events or the events-and-sources report</source>
        <translation>Xronologiyanın şəklini, hadisələri və ya hadisələr və mənbələr hesabatını yaz</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Çap et…</translation>
    </message>
    <message>
        <source>Print the timeline picture or the report</source>
        <translation>Xronologiyanın şəklini və ya hesabatı çap et</translation>
    </message>
    <message>
        <source>&amp;Warnings…</source>
        <translation>&amp;Xəbərdarlıqlar…</translation>
    </message>
    <message>
        <source>List what the open file was warned about</source>
        <translation>Açıq fayl barədə xəbərdarlıqları göstər</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çıxı&amp;ş</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Axtarış…</translation>
    </message>
    <message>
        <source>Search titles, summaries, quotes and sources</source>
        <translation>Başlıqlarda, xülasələrdə, sitatlarda və mənbələrdə axtar</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>Axtarışı və filtrləri &amp;təmizlə</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom in on the timeline</source>
        <translation>Xronologiyanı yaxınlaşdır</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaqlaşdır</translation>
    </message>
    <message>
        <source>Zoom out on the timeline</source>
        <translation>Xronologiyanı uzaqlaşdır</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Hamısını göstər</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Bütün xronologiyanı göstər</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Tari&amp;xə keç…</translation>
    </message>
    <message>
        <source>Show a year, month or day</source>
        <translation>İli, ayı və ya günü göstər</translation>
    </message>
    <message>
        <source>&amp;List Only Events in View</source>
        <translation>Siyahıda yalnız &amp;görünən hadisələr</translation>
    </message>
    <message>
        <source>Limit the list to the time shown</source>
        <translation>Siyahını göstərilən dövrlə məhdudlaşdır</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Every shortcut of the menus, the timeline and the list</source>
        <translation>Menyuların, xronologiyanın və siyahının bütün qısayolları</translation>
    </message>
    <message>
        <source>&amp;About Timeline Viewer</source>
        <translation>Timeline Viewer &amp;haqqında</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Son &amp;fayllar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kateqoriyalar</translation>
    </message>
    <message>
        <source>C&amp;onfidence</source>
        <translation>&amp;Etibarlılıq</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Axtarış və filtrlər</translation>
    </message>
    <message>
        <source>Search events, quotes, people, sources…  (Ctrl+F)</source>
        <translation>Hadisə, sitat, şəxs, mənbə axtar…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaqlaşdır</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yaxınlaşdır</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Hadisənin təfərrüatları</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Düzülüş</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Jurnal qovluğunu aç</translation>
    </message>
    <message>
        <source>Show the folder of the log, where unexpected errors and Qt's warnings are written</source>
        <translation>Gözlənilməz xətaların və Qt xəbərdarlıqlarının yazıldığı jurnal qovluğunu göstər</translation>
    </message>
    <message>
        <source>Cannot open the log folder %1</source>
        <translation>Jurnal qovluğunu açmaq mümkün deyil: %1</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>Xronologiyanı aç</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>%1 faylının açılması dayandırıldı</translation>
    </message>
    <message>
        <source> · search and filters as you left them (View → Reset View clears them)</source>
        <translation> · axtarış və filtrlər qoyduğunuz kimi qalıb (Görünüş → Görünüşü sıfırla onları təmizləyir)</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>%1 yenidən oxundu</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>Xronologiyanı fərqli saxla</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Fərqli saxla</translation>
    </message>
    <message>
        <source>%1 was not saved: %2.</source>
        <translation>%1 saxlanılmadı: %2.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2)</source>
        <translation>%1 kimi saxlanıldı (%2)</translation>
    </message>
    <message>
        <source> It was read as %1; after saving it will be a Timeline Viewer file, which other programs may not open.</source>
        <translation> O, %1 kimi oxunub; saxlandıqdan sonra Timeline Viewer faylı olacaq və başqa proqramlar onu aça bilməyə bilər.</translation>
    </message>
    <message>
        <source>Replace the opened file?</source>
        <translation>Açılmış fayl əvəz edilsin?</translation>
    </message>
    <message>
        <source>%1 is the file you opened. Replace it with the timeline as shown?</source>
        <translation>%1 açdığınız fayldır. Onu göstərilən xronologiya ilə əvəz edək?</translation>
    </message>
    <message>
        <source>No event with id '%1' in this timeline</source>
        <translation>Bu xronologiyada '%1' identifikatorlu hadisə yoxdur</translation>
    </message>
    <message>
        <source>The selected event is hidden by the search or filters; clear them to see it again.</source>
        <translation>Seçilmiş hadisə axtarış və ya filtrlərlə gizlədilib; onu yenidən görmək üçün onları təmizləyin.</translation>
    </message>
    <message>
        <source>Go to Date</source>
        <translation>Tarixə keç</translation>
    </message>
    <message>
        <source>Year, month or day — e.g. 1994, May 1994, 1994-05-04, 44 BC or 66 million years ago:</source>
        <translation>İl, ay və ya gün — məs. 1994, may 1994, 1994-05-04, e.ə. 44 və ya 66 milyon il əvvəl:</translation>
    </message>
    <message>
        <source>'%1' is not a date; try 1994, May 1994, 1994-05-04 or 44 BC</source>
        <translation>'%1' tarix deyil; məs. 1994, may 1994, 1994-05-04 və ya e.ə. 44 yazın</translation>
    </message>
    <message>
        <source>Show or hide %1 events</source>
        <translation>%1 hadisələrini göstər və ya gizlət</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Event</source>
        <translation>Hadisəyə &amp;keçidi kopyala</translation>
    </message>
    <message>
        <source>Copy a timeline-app: link that opens this file at the event</source>
        <translation>Bu faylı həmin hadisədə açan timeline-app: keçidini kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;Command Line for Event</source>
        <translation>Hadisə üçün &amp;əmr sətrini kopyala</translation>
    </message>
    <message>
        <source>Copy the command that opens this file at the event, for a terminal</source>
        <translation>Bu faylı həmin hadisədə açan terminal əmrini kopyala</translation>
    </message>
    <message>
        <source>Copy Link to &amp;View</source>
        <translation>&amp;Görünüşə keçidi kopyala</translation>
    </message>
    <message>
        <source>Copy a timeline-app: link that opens this file at the dates on screen</source>
        <translation>Bu faylı ekrandakı tarixlərdə açan timeline-app: keçidini kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;Title</source>
        <translation>&amp;Başlığı kopyala</translation>
    </message>
    <message>
        <source>Copy the event's title</source>
        <translation>Hadisənin başlığını kopyala</translation>
    </message>
    <message>
        <source>Copy &amp;Sources as Citations</source>
        <translation>&amp;Mənbələri istinad kimi kopyala</translation>
    </message>
    <message>
        <source>Copy a citation of each source the event cites, as the pane numbers them</source>
        <translation>Hadisənin istinad etdiyi hər mənbəni panelin nömrələdiyi kimi kopyala</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Görünüşü &amp;sıfırla</translation>
    </message>
    <message>
        <source>Show the file's own range, with no search or filters; the selection stays</source>
        <translation>Faylın öz aralığını axtarış və filtrsiz göstər; seçim qalır</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>Link to “%1” copied</source>
        <translation>“%1” hadisəsinə keçid kopyalandı</translation>
    </message>
    <message>
        <source>Command line for “%1” copied</source>
        <translation>“%1” üçün əmr sətri kopyalandı</translation>
    </message>
    <message>
        <source>Link to the view of %1 copied</source>
        <translation>%1 görünüşünə keçid kopyalandı</translation>
    </message>
    <message>
        <source>Title “%1” copied</source>
        <translation>“%1” başlığı kopyalandı</translation>
    </message>
    <message>
        <source>“%1” cites no source</source>
        <translation>“%1” heç bir mənbəyə istinad etmir</translation>
    </message>
    <message numerus="yes">
        <source>%n citation(s) of “%1” copied</source>
        <translation>
            <numerusform>“%1” üçün %n istinad kopyalandı</numerusform>
            <numerusform>“%1” üçün %n istinad kopyalandı</numerusform>
        </translation>
    </message>
    <message>
        <source>; “%1” stays selected</source>
        <translation>; “%1” seçili qalır</translation>
    </message>
    <message>
        <source>View reset to %1, with no search or filters</source>
        <translation>Görünüş %1 aralığına qaytarıldı, axtarış və filtrlər olmadan</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 events</source>
        <translation>
            <numerusform>%1 / %2 hadisə</numerusform>
            <numerusform>%1 / %2 hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>%1 kimi oxunub</translation>
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
        <translation>İstinad mübadilə buferinə kopyalandı</translation>
    </message>
    <message>
        <source>Not opened: only http and https links are followed (%1)</source>
        <translation>Açılmadı: yalnız http və https keçidləri açılır (%1)</translation>
    </message>
    <message>
        <source>Explore a sourced history as a zoomable timeline: where each fact comes from, who said what, and how sure we are.</source>
        <translation>Mənbələrə əsaslanan tarixi miqyası dəyişən xronologiyada araşdırın: hər faktın haradan gəldiyini, kimin nə dediyini və nə dərəcədə əmin olduğumuzu.</translation>
    </message>
    <message>
        <source>Data file:</source>
        <translation>Məlumat faylı:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Necə oxunub:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisenziya:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>Müəlliflər:</translation>
    </message>
    <message>
        <source>About Timeline Viewer</source>
        <translation>Timeline Viewer haqqında</translation>
    </message>
    <message>
        <source>%1 is no longer in %2: removed from Open Recent</source>
        <translation>%1 artıq %2 qovluğunda deyil: son fayllardan silindi</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (%2 kimi)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 açıldı</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s): File → Warnings…</source>
        <translation>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: Fayl → Xəbərdarlıqlar…</numerusform>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: Fayl → Xəbərdarlıqlar…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>%1, the whole timeline</source>
        <translation>%1, bütün xronologiya</translation>
    </message>
    <message>
        <source>This page: %1</source>
        <translation>Bu səhifə: %1</translation>
    </message>
    <message>
        <source>, lanes %1–%2 of %3</source>
        <translation>, %3 zolaqdan %1–%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Səhifə %1 / %2</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message>
        <source>Show problems</source>
        <translation>Problemləri göstər</translation>
    </message>
    <message>
        <source>List the problems of the file on disk, each with its line and column</source>
        <translation>Diskdəki faylın problemlərini sətir və sütunu ilə sadala</translation>
    </message>
    <message numerus="yes">
        <source>The file changed on disk and now has %n problem(s); the last good version is shown.</source>
        <translation>
            <numerusform>Fayl diskdə dəyişib və indi %n problemi var; son düzgün versiya göstərilir.</numerusform>
            <numerusform>Fayl diskdə dəyişib və indi %n problemi var; son düzgün versiya göstərilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is no longer on disk (deleted, moved or renamed); the last version read is shown.</source>
        <translation>Fayl artıq diskdə yoxdur (silinib, köçürülüb və ya adı dəyişdirilib); son oxunan versiya göstərilir.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>%1 (read as %2)</source>
        <translation>%1 (%2 kimi oxunub)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Xəbərdarlıqlar</translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): what the timeline could not keep of it, or keeps differently.</source>
        <translation>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: xronologiyanın saxlaya bilmədiyi və ya fərqli saxladığı hissələr.</numerusform>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: xronologiyanın saxlaya bilmədiyi və ya fərqli saxladığı hissələr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with %n warning(s): worth a look.</source>
        <translation>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: baxmağa dəyər.</numerusform>
            <numerusform>%1 açıldı, %n xəbərdarlıq var: baxmağa dəyər.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open timeline</source>
        <translation>Xronologiyanı açmaq mümkün olmadı</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not opened: %n problem(s) found. The timeline you were reading is unchanged.</source>
        <translation>
            <numerusform>%1 açılmadı: %n problem tapıldı. Oxuduğunuz xronologiya dəyişməyib.</numerusform>
            <numerusform>%1 açılmadı: %n problem tapıldı. Oxuduğunuz xronologiya dəyişməyib.</numerusform>
        </translation>
    </message>
    <message>
        <source>The problems are listed in English.</source>
        <translation>Problemlər ingilis dilində sadalanır.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İmtina</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ləğv et</translation>
    </message>
</context>
<context>
    <name>ReadingBy</name>
    <message>
        <source>by source: %1</source>
        <translation>mənbəyə görə: %1</translation>
    </message>
    <message>
        <source>quoting: %1</source>
        <translation>sitat gətirilən: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>heç biri</translation>
    </message>
    <message>
        <source>%1 +%2 more</source>
        <translation>%1 və daha %2</translation>
    </message>
</context>
<context>
    <name>ReadingLayout</name>
    <message>
        <source>Detail Pane &amp;Beside</source>
        <translation>Təfərrüat paneli &amp;yanda</translation>
    </message>
    <message>
        <source>Detail Pane &amp;Below</source>
        <translation>Təfərrüat paneli &amp;aşağıda</translation>
    </message>
    <message>
        <source>Show the detail pane as a full-height column beside the timeline and the list</source>
        <translation>Təfərrüat panelini xronologiya və siyahının yanında tam hündürlükdə sütun kimi göstər</translation>
    </message>
    <message>
        <source>Show the timeline across the whole width, with the list and the detail pane below</source>
        <translation>Xronologiyanı bütün en boyu, siyahı və təfərrüat panelini isə aşağıda göstər</translation>
    </message>
</context>
<context>
    <name>ReadingTabs</name>
    <message>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <source>Let go of the choice made here</source>
        <translation>Burada edilən seçimi ləğv et</translation>
    </message>
    <message>
        <source>Sources by publisher</source>
        <translation>Nəşriyyata görə mənbələr</translation>
    </message>
    <message>
        <source>Select a publisher or sources (Ctrl+click for more) to read the events they cite; ⚠ marks a contradiction.</source>
        <translation>İstinad etdikləri hadisələri oxumaq üçün nəşriyyat və ya mənbələr seçin (çoxunu seçmək üçün Ctrl+klik); ⚠ təkzibi bildirir.</translation>
    </message>
    <message>
        <source>Speakers of quotes</source>
        <translation>Sitat müəllifləri</translation>
    </message>
    <message>
        <source>Select speakers (Ctrl+click for more) to read the events that carry their quotes.</source>
        <translation>Sitatlarının olduğu hadisələri oxumaq üçün şəxsləri seçin (çoxunu seçmək üçün Ctrl+klik).</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Danışanlar</translation>
    </message>
    <message>
        <source>Read the timeline by source or publisher</source>
        <translation>Xronologiyanı mənbəyə və ya nəşriyyata görə oxu</translation>
    </message>
    <message>
        <source>Read the timeline by who is quoted</source>
        <translation>Xronologiyanı sitat gətirilən şəxsə görə oxu</translation>
    </message>
    <message>
        <source>Events (%1 of %2)</source>
        <translation>Hadisələr (%1 / %2)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Events and sources</source>
        <translation>Hadisələr və mənbələr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <source>%1 with Timeline Viewer</source>
        <translation>%1, Timeline Viewer ilə</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Müəlliflər</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenziya</translation>
    </message>
    <message>
        <source>How to read this report</source>
        <translation>Bu hesabatı necə oxumalı</translation>
    </message>
    <message>
        <source>Each event gives its date only as precisely as the sources know it, what happened, who said what, and how sure we are. A number in brackets, such as [1], is a source: it has the same number throughout the report and is listed under Sources at the end, with the events that cite it. Each event, and each claim within it, has one of these standings:</source>
        <translation>Hər hadisə tarixini yalnız mənbələrin bildiyi dəqiqliklə, nə baş verdiyini, kimin nə dediyini və nə dərəcədə əmin olduğumuzu verir. Mötərizədəki rəqəm, məsələn [1], mənbədir: onun nömrəsi bütün hesabat boyu eynidir və sonda Mənbələr bölməsində ona istinad edən hadisələrlə birlikdə sadalanır. Hər hadisə və onun daxilindəki hər iddia bu statuslardan birinə malikdir:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>No events are included.</source>
        <translation>Heç bir hadisə daxil edilməyib.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mündəricat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Confidence, standing</source>
        <translation>Etibarlılıq, status</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitatlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Mənbələr</translation>
    </message>
    <message>
        <source>(not in this report)</source>
        <translation>(bu hesabatda yoxdur)</translation>
    </message>
    <message>
        <source>Related events:</source>
        <translation>Əlaqəli hadisələr:</translation>
    </message>
    <message>
        <source>Every source cited above, numbered in order of first citation, with the events that cite it.</source>
        <translation>Yuxarıda istinad edilən bütün mənbələr, ilk istinad sırası ilə nömrələnmiş, onlara istinad edən hadisələrlə birlikdə.</translation>
    </message>
    <message>
        <source>Cited for:</source>
        <translation>İstinad edildiyi hadisələr:</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>səhifə %1 / %2</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message numerus="yes">
        <source>All %Ln event(s)</source>
        <translation>
            <numerusform>Bütün %Ln hadisə</numerusform>
            <numerusform>Bütün %Ln hadisə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 / %Ln hadisə</numerusform>
            <numerusform>%1 / %Ln hadisə</numerusform>
        </translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>“%1” axtarışına uyğun</translation>
    </message>
    <message>
        <source>none</source>
        <translation>heç biri</translation>
    </message>
    <message>
        <source>categories: %1</source>
        <translation>kateqoriyalar: %1</translation>
    </message>
    <message>
        <source>confidence: %1</source>
        <translation>etibarlılıq: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutKeys</name>
    <message>
        <source>Left / Right</source>
        <translation>Sol / Sağ</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Yuxarı / Aşağı</translation>
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
        <translation>Boşluq</translation>
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
        <translation>Menyu</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Yuxarı / Aşağı, Page Up / Page Down</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Previous / next event in time</source>
        <translation>Zamanca əvvəlki / növbəti hadisə</translation>
    </message>
    <message>
        <source>Nearest event in the lane above / below</source>
        <translation>Yuxarıdakı / aşağıdakı zolaqda ən yaxın hadisə</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>İlk / son hadisə</translation>
    </message>
    <message>
        <source>Move most of a view earlier / later</source>
        <translation>Görünüşü təxminən bir ekran qədər geri / irəli sürüşdür</translation>
    </message>
    <message>
        <source>Read the current event in the detail pane</source>
        <translation>Cari hadisəni təfərrüat panelində oxu</translation>
    </message>
    <message>
        <source>List the events of the current event's day in its lane</source>
        <translation>Cari hadisənin zolağında həmin günün hadisələrini sadala</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Yaxınlaşdır / uzaqlaşdır</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Hamısını göstər</translation>
    </message>
    <message>
        <source>The current event's menu: copy its link, title or citations</source>
        <translation>Cari hadisənin menyusu: keçidini, başlığını və ya istinadlarını kopyala</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Axtarışı təmizlə</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>Əvvəlki / növbəti hadisə</translation>
    </message>
    <message>
        <source>The selected event's menu</source>
        <translation>Seçilmiş hadisənin menyusu</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menyular</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>Xronologiyada</translation>
    </message>
    <message>
        <source>In the event list</source>
        <translation>Hadisələr siyahısında</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>Axtarış sahəsində</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Nə edir</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>official page</source>
        <translation>rəsmi səhifə</translation>
    </message>
    <message>
        <source>press release</source>
        <translation>press-reliz</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>stenoqram</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>xəbər</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>müsahibə</translation>
    </message>
    <message>
        <source>encyclopedia</source>
        <translation>ensiklopediya</translation>
    </message>
    <message>
        <source>book</source>
        <translation>kitab</translation>
    </message>
    <message>
        <source>journal article</source>
        <translation>jurnal məqaləsi</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>təhlil</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>other</source>
        <translation>digər</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Nəşriyyat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Dərc olunub</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Təsdiqləyir</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Təkzib edir</translation>
    </message>
    <message>
        <source>The source's title; a publisher's row holds all its sources</source>
        <translation>Mənbənin başlığı; nəşriyyat sətri onun bütün mənbələrini birləşdirir</translation>
    </message>
    <message>
        <source>The publisher as the file names it</source>
        <translation>Faylın göstərdiyi nəşriyyat</translation>
    </message>
    <message>
        <source>What kind of source it is</source>
        <translation>Mənbənin növü</translation>
    </message>
    <message>
        <source>When it was published, as precisely as the file knows</source>
        <translation>Faylın bildiyi dəqiqliklə dərc tarixi</translation>
    </message>
    <message>
        <source>Events that cite it in support (for the event, a claim, a date or a quote)</source>
        <translation>Ona təsdiq kimi istinad edən hadisələr (hadisə, iddia, tarix və ya sitat üçün)</translation>
    </message>
    <message>
        <source>Events with a claim or citation it contradicts</source>
        <translation>Onun təkzib etdiyi iddia və ya istinadı olan hadisələr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln source(s)</source>
        <translation>
            <numerusform>%Ln mənbə</numerusform>
            <numerusform>%Ln mənbə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln source(s), supporting %2 and contradicting %3 events. Select to read the events they cite.</source>
        <translation>
            <numerusform>%1: %Ln mənbə, %2 hadisəni təsdiqləyir və %3 hadisəni təkzib edir. İstinad etdikləri hadisələri oxumaq üçün seçin.</numerusform>
            <numerusform>%1: %Ln mənbə, %2 hadisəni təsdiqləyir və %3 hadisəni təkzib edir. İstinad etdikləri hadisələri oxumaq üçün seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supports %1 events, contradicts %2.</source>
        <translation>%1 hadisəni təsdiqləyir, %2 hadisəni təkzib edir.</translation>
    </message>
</context>
<context>
    <name>SpeakerList</name>
    <message>
        <source>Speaker</source>
        <translation>Danışan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitatlar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <source>The person quoted</source>
        <translation>Sitat gətirilən şəxs</translation>
    </message>
    <message>
        <source>Their role as the file gives it (a quote may give the role they held then)</source>
        <translation>Faylda göstərilən vəzifəsi (sitat o vaxtkı vəzifəni göstərə bilər)</translation>
    </message>
    <message>
        <source>Quotes of theirs in the timeline</source>
        <translation>Xronologiyadakı sitatları</translation>
    </message>
    <message>
        <source>Events that carry one of their quotes</source>
        <translation>Onların sitatı olan hadisələr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s) on %1</source>
        <translation>
            <numerusform>%1 üzrə %Ln sitat</numerusform>
            <numerusform>%1 üzrə %Ln sitat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln hadisə</numerusform>
            <numerusform>%Ln hadisə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistem</translation>
    </message>
    <message>
        <source>Light or dark as the system is, changing when it does</source>
        <translation>Sistem kimi açıq və ya tünd, sistemlə birlikdə dəyişir</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Açıq</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds, whatever the system's scheme</source>
        <translation>Sistemin sxemindən asılı olmayaraq açıq fonda tünd mətn</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tünd</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, whatever the system's scheme</source>
        <translation>Sistemin sxemindən asılı olmayaraq tünd fonda açıq mətn</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Mövzu</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Scroll lanes</source>
        <translation>Zolaqları sürüşdür</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uzaqlaşdır (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Yaxınlaşdır (Ctrl+=)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Hamısı</translation>
    </message>
    <message>
        <source>Show the whole timeline (0)</source>
        <translation>Bütün xronologiyanı göstər (0)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>İzah</translation>
    </message>
    <message>
        <source>Explain the marks on the timeline</source>
        <translation>Xronologiyadakı işarələri izah et</translation>
    </message>
</context>
</TS>
