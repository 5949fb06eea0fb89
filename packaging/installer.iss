; Inno Setup script: iscc packaging\installer.iss  (after the PyInstaller build)
; Installs per machine; the data folder (%LOCALAPPDATA%\LoanDesk) is never touched by uninstall,
; because customer records must be kept for at least 10 years (AML law).
#define AppVersion "0.1.0"

[Setup]
AppId={{6B3C1E2A-5D47-4C61-9A0E-3F2B7C9D1E04}
AppName=LoanDesk 贷款客户入库资料系统
AppVersion={#AppVersion}
DefaultDirName={autopf}\LoanDesk
DefaultGroupName=LoanDesk
OutputBaseFilename=LoanDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "chinesesimp"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\dist\LoanDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\LoanDesk"; Filename: "{app}\LoanDesk.exe"
Name: "{group}\LoanDesk 演示模式"; Filename: "{app}\LoanDesk.exe"; Parameters: "--demo"
Name: "{commondesktop}\LoanDesk"; Filename: "{app}\LoanDesk.exe"

[Run]
Filename: "{app}\LoanDesk.exe"; Description: "启动 LoanDesk"; Flags: nowait postinstall skipifsilent
