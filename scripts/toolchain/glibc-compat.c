/* Linked into the prebuilt addon by zig-link.sh.
 *
 * The libstdc++.a linked into the addon is Debian's, built against glibc 2.36,
 * and reads glibc's __libc_single_threaded (a variable glibc 2.32 added) to
 * skip atomic operations while a process has only one thread. glibc 2.28 does
 * not have it, so the addon carries its own, hidden (exports.map keeps it out
 * of the dynamic symbol table) and always 0, "other threads may exist": then
 * libstdc++ always uses its atomic operations, which is what it does in any
 * Node.js process anyway, since Node.js starts its threads before it loads an
 * addon. */
__attribute__((visibility("hidden"))) char __libc_single_threaded = 0;
