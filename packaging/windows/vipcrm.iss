; Inno Setup script for the operator's Windows laptops.
; Build on Windows: first `pyinstaller packaging\vipcrm.spec --noconfirm --distpath dist`
; (after compiling the translations into build\qm with pyside6-lrelease), then
;   iscc packaging\windows\vipcrm.iss
; It installs per user (no admin rights needed), adds a Start menu entry and an
; uninstaller, and never touches the user's data folder (%LOCALAPPDATA%\vipcrm).
#define AppName "vipcrm"
#define AppVersion "0.1.0"

[Setup]
AppId={{7B1E4C2A-9D3F-4E61-A2B5-1C8D0F6E3A91}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=VIP Club
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName=VIP 客户经理助手
PrivilegesRequired=lowest
OutputDir=..\..\dist\installer
OutputBaseFilename=vipcrm-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\vipcrm\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\VIP 客户经理助手"; Filename: "{app}\vipcrm.exe"
Name: "{group}\卸载 vipcrm"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\vipcrm.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\vipcrm.exe"; Description: "启动 vipcrm"; Flags: postinstall nowait skipifsilent
