/*
 * A TEST FIXTURE, NEVER PART OF THE INSTALLER.
 *
 * Rust's standard library on Windows draws its random numbers from ProcessPrng in
 * bcryptprimitives.dll. Debian 12's Wine 8.0 has no such DLL, so every Rust program stops
 * before main there. packaging/check builds this stand-in with mingw-w64 and puts it beside the
 * installed attache.exe inside the throw-away Wine prefix of its smoke test only: ProcessPrng
 * forwards to advapi32's RtlGenRandom (SystemFunction036), which Wine has. Real Windows 10 and
 * later have the DLL, and the installer never carries this one.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
