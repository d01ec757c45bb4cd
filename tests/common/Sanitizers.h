#pragma once

//! Whether this build (and so the keyward-server and keyward-cli it starts) runs under
//! AddressSanitizer: freed memory then waits in its quarantine and every allocation has
//! red zones, so a process's resident memory says nothing about what our code holds.
constexpr bool underAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}
