; Inno Setup 6 script for the Windows installer of Evidence Vault.
;
; Built by packaging/windows/build.ps1, which passes the version read from evidence_app/__init__.py
; (the one version source) and the folder of the PyInstaller bundle:
;   ISCC.exe /DAppVersion=1.2.3 /DAppVersionNumeric=1.2.3.0 /DBundleDir=...\dist\evidence-app evidence-app.iss
;
; Per-user by default: no administrator rights are needed, the app goes to
; %LOCALAPPDATA%\Programs\Evidence Vault ({userpf}) and the shortcuts to the user's Start menu.
; An administrator may still choose "install for all users" in the first page of the wizard
; (or /ALLUSERS on the command line). The vault itself lives elsewhere (%LOCALAPPDATA%\EvidenceVault)
; and is never touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging/windows/build.ps1 reads it from evidence_app/__init__.py)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\evidence-app"
#endif

#define AppName "Evidence Vault"
#define AppExe "evidence-app.exe"
#define CliExe "evidence-app-cli.exe"

[Setup]
; Fixed forever: Windows recognises upgrades and the uninstaller by this id.
AppId={{FA1A7DCE-FF99-4AA1-81E8-8AD2526A7AF1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Evidence Vault project
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} installer
; Per-user unless an administrator overrides it: {autopf} is {userpf} in that mode.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\evidence-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=EvidenceVault-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must not be running while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller onedir bundle: evidence-app.exe (windowed), evidence-app-cli.exe (console,
; for the command line and --self-test) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's library folder wholesale, so no stale module from an older
; version can be loaded next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
