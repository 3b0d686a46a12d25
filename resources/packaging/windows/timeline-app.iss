; Inno Setup 6 script: the Windows installer of Timeline Viewer.
;
;   python resources\packaging\build.py --installer      (builds dist\timeline-app\ first, then runs this)
;   iscc /DAppVersion=0.1.0 [/DBundleDir=...] [/DOutDir=...] resources\packaging\windows\timeline-app.iss
;
; Installs the PyInstaller bundle dist\timeline-app\ per user (or for all users when run as
; administrator), with a Start-menu entry, an optional desktop icon, "Open with" for the files it
; reads (JSON, Timeline's .timeline, CSV), the timeline-app: link scheme, and an uninstaller that
; removes all of it.
; Not testable on the project's Linux CI: the hosted workflow (ci/release.yml) builds and runs it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Timeline Viewer"
#define AppId "io.github.timelineviewer.TimelineViewer"
#define ExeName "timeline-app.exe"
#define ProgId "TimelineViewer.Timeline"
#define TimelineProgId "TimelineViewer.TheTimelineProj"
#define CsvProgId "TimelineViewer.Csv"
#define Scheme "timeline-app"
#define Root "..\..\.."
#ifndef BundleDir
  #define BundleDir Root + "\dist\timeline-app"
#endif
#ifndef OutDir
  #define OutDir Root + "\dist"
#endif

[Setup]
; AppId never changes between versions: it is how upgrades find the installed copy.
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Timeline Viewer maintainers
AppPublisherURL=https://github.com/timelineviewer/timeline-viewer
AppSupportURL=https://github.com/timelineviewer/timeline-viewer/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile={#Root}\resources\icons\io.github.timelineviewer.TimelineViewer.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
OutputDir={#OutDir}
OutputBaseFilename=timeline-app-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppId}"; Comment: "Explore a sourced history as a zoomable timeline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; AppUserModelID: "{#AppId}"; Tasks: desktopicon

[Registry]
; The files the app reads, each offered in "Open with" (OpenWithProgids, SupportedTypes) and none
; made the default: no extension's own default value ("Software\Classes\.ext", ValueName "") is
; written, so double-click keeps the program the user or Windows chose.
; - Timeline files (*.timeline.json): Windows decides by the last extension, .json, so the app is
;   offered for JSON files (TimelineJS's too) and does not take them over from the user's editor.
; - Timeline's own files (*.timeline, the desktop program Timeline): offered, not taken, as
;   Timeline may be installed too.
; - CSV: TimelineJS spreadsheets saved as CSV; every other CSV stays with the spreadsheet program.
; One ProgID per file type, so that a type the user does make open with the app is still named
; for what it is.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Timeline"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\{#TimelineProgId}"; ValueType: string; ValueName: ""; ValueData: "Timeline document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#TimelineProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#TimelineProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}"; ValueType: string; ValueName: ""; ValueData: "Comma-separated values"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#CsvProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.timeline\OpenWithProgids"; ValueType: string; ValueName: "{#TimelineProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#CsvProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".timeline"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
; timeline-app: links
Root: HKA; Subkey: "Software\Classes\{#Scheme}"; ValueType: string; ValueName: ""; ValueData: "URL:Timeline Viewer link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#Scheme}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\{#Scheme}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#Scheme}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
; "timeline-app" from the Run dialog (Win+R)
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#ExeName}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
