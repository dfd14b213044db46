; Attaché's Windows installer, built by packaging/dist with NSIS (makensis):
;   makensis -DGENERATED=<folder of app.nsh> -DEXE=<attache.exe> -DICON=<attache.ico>
;            -DROOT=<source checkout> -DOUTFILE=<installer.exe> installer.nsi
; It installs for the current user only (no administrator rights) under
; %LOCALAPPDATA%\Programs\Attache, adds a Start-menu entry and "Open with Attaché" for plans,
; and registers an uninstaller that removes what it installed and nothing else: plans and the
; settings under %APPDATA% stay.

; A 64-bit installer for a 64-bit program, in Unicode.
Target amd64-unicode
!include /CHARSET=UTF8 "${GENERATED}/app.nsh"
!include "MUI2.nsh"

!define PROG_ID "Attache.Plan"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Attache"
!define CLASSES "Software\Classes"

Name "${DISPLAY_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Attache"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${DISPLAY_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${DISPLAY_NAME} installer"
VIAddVersionKey "CompanyName" "${DEVELOPER}"
VIAddVersionKey "LegalCopyright" "© ${DEVELOPER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_NAME}.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}/LICENSE-MIT"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
    SetOutPath "$INSTDIR"
    File "/oname=${APP_NAME}.exe" "${EXE}"
    File "/oname=LICENSE-MIT.txt" "${ROOT}/LICENSE-MIT"
    File "/oname=LICENSE-APACHE.txt" "${ROOT}/LICENSE-APACHE"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${DISPLAY_NAME}.lnk" "$INSTDIR\${APP_NAME}.exe"

    ; "Open with Attaché" for plans. Windows knows files by their extension, which other
    ; programs' files share, so Attaché is offered for them and never made their default.
    WriteRegStr HKCU "${CLASSES}\${PROG_ID}" "" "${PLAN_DESCRIPTION}"
    WriteRegStr HKCU "${CLASSES}\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_NAME}.exe,0"
    WriteRegStr HKCU "${CLASSES}\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_NAME}.exe" "%1"'
    WriteRegStr HKCU "${CLASSES}\.${PLAN_EXTENSION}\OpenWithProgids" "${PROG_ID}" ""
    WriteRegStr HKCU "${CLASSES}\Applications\${APP_NAME}.exe" "FriendlyAppName" "${DISPLAY_NAME}"
    WriteRegStr HKCU "${CLASSES}\Applications\${APP_NAME}.exe\SupportedTypes" ".${PLAN_EXTENSION}" ""
    WriteRegStr HKCU "${CLASSES}\Applications\${APP_NAME}.exe\shell\open\command" "" '"$INSTDIR\${APP_NAME}.exe" "%1"'

    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${DISPLAY_NAME}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${DEVELOPER}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "${HOMEPAGE}"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_NAME}.exe,0"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1

    ; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
    ; Only the files the installer put there: a plan someone saved into this folder stays, and
    ; so does the folder then (RMDir without /r removes it only when empty).
    Delete "$INSTDIR\${APP_NAME}.exe"
    Delete "$INSTDIR\LICENSE-MIT.txt"
    Delete "$INSTDIR\LICENSE-APACHE.txt"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${DISPLAY_NAME}.lnk"

    DeleteRegValue HKCU "${CLASSES}\.${PLAN_EXTENSION}\OpenWithProgids" "${PROG_ID}"
    DeleteRegKey /ifempty HKCU "${CLASSES}\.${PLAN_EXTENSION}\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "${CLASSES}\.${PLAN_EXTENSION}"
    DeleteRegKey HKCU "${CLASSES}\${PROG_ID}"
    DeleteRegKey HKCU "${CLASSES}\Applications\${APP_NAME}.exe"
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
