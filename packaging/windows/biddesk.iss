; Inno Setup script of 评标台 BidDesk (Windows 10/11): a per-user install, no administrator rights.
; Build on Windows after `pyinstaller --noconfirm --clean packaging\biddesk.spec`:
;   iscc packaging\windows\biddesk.iss        → dist\BidDesk-Setup-<version>.exe
; The user's projects, packages and response files live wherever the user saved them and the settings under
; %APPDATA%\BidDesk: the uninstaller removes only the program folder and its own registry entries.

#define AppName "评标台 BidDesk"
#define AppVersion "0.1.0"
#define AppExe "biddesk.exe"

[Setup]
AppId={{6B1B7F3E-5C1D-4E0B-9A57-0E4B1C2D3A41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=BidDesk
DefaultDirName={localappdata}\Programs\BidDesk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=BidDesk-Setup-{#AppVersion}
SetupIconFile=..\..\resources\icons\biddesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\resources\THIRD-PARTY-LICENSES.md

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\biddesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\用户指南"; Filename: "{app}\_internal\docs\user-guide.md"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"

[Registry]
; file associations for the current user (HKCU: no administrator rights): project, scoring package, response
Root: HKCU; Subkey: "Software\Classes\.bidesk"; ValueType: string; ValueName: ""; ValueData: "BidDesk.Project"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\BidDesk.Project"; ValueType: string; ValueName: ""; ValueData: "评标台项目"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\BidDesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\BidDesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.bidpkg"; ValueType: string; ValueName: ""; ValueData: "BidDesk.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\BidDesk.Package"; ValueType: string; ValueName: ""; ValueData: "评标台评分包"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\BidDesk.Package\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\BidDesk.Package\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; a response file is NAME.bidresp.json: Windows associates by the last extension only, so it is offered
; through "Open with" (OpenWithProgids of .json) rather than taking every .json file
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "BidDesk.Response"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\BidDesk.Response"; ValueType: string; ValueName: ""; ValueData: "评标台投标响应文件"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\BidDesk.Response\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "启动 {#AppName}"; Flags: nowait postinstall skipifsilent
