# Builds the Windows bundle and its per-user installer, on Windows x64:
#   dist\evidence-app\                                   PyInstaller onedir bundle
#   dist\EvidenceVault-<version>-windows-x64-setup.exe   Inno Setup installer (no admin needed)
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (python.org or the py launcher) and Inno Setup 6 (ISCC.exe; installed with
# Chocolatey if missing and choco is there). The version comes from evidence_app\__init__.py via
# packaging\version.py; nothing here hard-codes it.
#
# Optional Authenticode signing, only when both are set (otherwise the installer is unsigned and
# SmartScreen warns on first run):
#   WINDOWS_CERT_PFX_BASE64   code-signing certificate + key, base64 of a .pfx
#   WINDOWS_CERT_PASSWORD     its password
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# --- Python environment ---------------------------------------------------------------------------
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked $Python @("-m", "venv", ".venv") }
$VenvPython = (Resolve-Path ".venv\Scripts\python.exe").Path
# From the hashed lock only (requirements\lock.txt, as scripts/setup; CONTRIBUTING.md), then the
# project itself with nothing more (--no-deps), built with the locked setuptools.
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--require-hashes", "--only-binary", ":all:", "--no-deps", "-r", "requirements\lock.txt")
Invoke-Checked $VenvPython @("-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "-e", ".")

$Version = (& $VenvPython packaging\version.py).Trim()
$VersionNumeric = (& $VenvPython packaging\version.py --win).Trim()
Write-Host "build.ps1: Evidence Vault $Version"

# --- Tesseract (text recognition) -------------------------------------------------------------------
# The program: the UB Mannheim build from Chocolatey (package tesseract), a folder with tesseract.exe
# and its DLLs; the spec copies that folder's exe and DLLs into the bundle. Its six models come from
# EVIDENCE_TESSDATA_SOURCE (the release workflow hands over the Linux job's Debian files), checked
# against the pins of packaging\tessdata.py; a model that is not the pinned file stops the build.
$TesseractExe = Join-Path $env:ProgramFiles "Tesseract-OCR\tesseract.exe"
if (-not (Test-Path $TesseractExe) -and (Get-Command "choco" -ErrorAction SilentlyContinue)) {
    Invoke-Checked "choco" @("install", "tesseract", "-y", "--no-progress")
}
if (-not (Test-Path $TesseractExe)) { throw "Tesseract not found at $TesseractExe (choco install tesseract)" }
if (-not $env:EVIDENCE_TESSDATA_SOURCE) { throw "EVIDENCE_TESSDATA_SOURCE: a folder with the six models (docs\PACKAGING.md)" }
if (Test-Path "build\tessdata") { Remove-Item -Recurse -Force "build\tessdata" }
Invoke-Checked $VenvPython @("packaging\tessdata.py", $env:EVIDENCE_TESSDATA_SOURCE, "build\tessdata")
$env:EVIDENCE_TESSERACT = $TesseractExe
$env:EVIDENCE_TESSDATA = (Resolve-Path "build\tessdata").Path

# --- bundle ---------------------------------------------------------------------------------------
if (Test-Path "dist\evidence-app") { Remove-Item -Recurse -Force "dist\evidence-app" }
$Timer = [Diagnostics.Stopwatch]::StartNew()
Invoke-Checked ".venv\Scripts\pyinstaller.exe" @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\evidence-app.spec")
$Timer.Stop()

Invoke-Checked $VenvPython @("packaging\audit_bundle.py", "dist\evidence-app")
# The console twin prints; the windowed evidence-app.exe would only report through its exit code.
Invoke-Checked "dist\evidence-app\evidence-app-cli.exe" @("--self-test")

# --- optional signing -----------------------------------------------------------------------------
$Pfx = $null
if ($env:WINDOWS_CERT_PFX_BASE64 -and $env:WINDOWS_CERT_PASSWORD) {
    $Pfx = Join-Path ([IO.Path]::GetTempPath()) ("evidence-sign-" + [Guid]::NewGuid() + ".pfx")
    [IO.File]::WriteAllBytes($Pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
    $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $SignTool) { throw "signtool.exe not found (Windows SDK)" }
}
function Sign-File([string]$Path) {
    if (-not $Pfx) { return }
    Invoke-Checked $SignTool.FullName @("sign", "/f", $Pfx, "/p", $env:WINDOWS_CERT_PASSWORD,
        "/fd", "SHA256", "/tr", "http://timestamp.digicert.com", "/td", "SHA256", $Path)
}
try {
    Sign-File "dist\evidence-app\evidence-app.exe"
    Sign-File "dist\evidence-app\evidence-app-cli.exe"

    # --- installer ------------------------------------------------------------------------------------
    $Iscc = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source
    if (-not $Iscc) {
        $Candidates = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")
        $Iscc = $Candidates | Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $Iscc -and (Get-Command "choco" -ErrorAction SilentlyContinue)) {
        Invoke-Checked "choco" @("install", "innosetup", "-y", "--no-progress")
        $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
    }
    if (-not $Iscc -or -not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
    $Source = (Resolve-Path "dist\evidence-app").Path
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DAppVersionNumeric=$VersionNumeric",
        "/DBundleDir=$Source", "packaging\windows\evidence-app.iss")
    $Setup = "dist\EvidenceVault-$Version-windows-x64-setup.exe"
    Sign-File $Setup
} finally {
    if ($Pfx -and (Test-Path $Pfx)) { Remove-Item -Force $Pfx }
}
if (-not $env:WINDOWS_CERT_PFX_BASE64) {
    Write-Warning "The installer is UNSIGNED: SmartScreen will warn users. Set WINDOWS_CERT_PFX_BASE64 to sign."
}

$BundleMB = [math]::Round(((Get-ChildItem "dist\evidence-app" -Recurse -File | Measure-Object Length -Sum).Sum) / 1MB)
$SetupMB = [math]::Round((Get-Item $Setup).Length / 1MB)
Write-Host ("build.ps1: bundle {0} MiB, installer {1} MiB ({2}), PyInstaller {3:N0} s" -f `
    $BundleMB, $SetupMB, $Setup, $Timer.Elapsed.TotalSeconds)
