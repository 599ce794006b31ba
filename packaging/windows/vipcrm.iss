; Inno Setup script for the operator's Windows laptops (Inno Setup 6).
; Build on Windows, in a virtualenv with vipcrm installed (pip install -c constraints.txt -e .[test]):
;   pyinstaller packaging\vipcrm.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc packaging\windows\vipcrm.iss
; The version is the one of the package metadata: PyInstaller writes it into the .exe's
; version resource (packaging/vipcrm.spec) and this script reads it from there.
; It installs per user (no admin rights needed), adds a Start menu entry that starts the
; windowed program (no console window) and an uninstaller, runs the self-test, and never
; touches the user's data folder (%LOCALAPPDATA%\vipcrm).
#define AppName "vipcrm"
#define Bundle AddBackslash(SourcePath) + "..\..\dist\vipcrm"
#define AppVersion GetStringFileInfo(Bundle + "\vipcrm.exe", "ProductVersion")
#if AppVersion == ""
  #error dist\vipcrm\vipcrm.exe has no version: build it with packaging\vipcrm.spec first
#endif

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
SetupIconFile=..\..\resources\icons\vipcrm.ico
UninstallDisplayIcon={app}\vipcrm-gui.exe
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
Name: "{group}\VIP 客户经理助手"; Filename: "{app}\vipcrm-gui.exe"
Name: "{group}\卸载 vipcrm"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\vipcrm.exe"; Parameters: "self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\vipcrm-gui.exe"; Description: "启动 vipcrm"; Flags: postinstall nowait skipifsilent
