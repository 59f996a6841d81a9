#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// System calls whose names Foundation types shadow inside methods (`write`, `link`, `umask`), named once.
#if canImport(Glibc)
let systemWrite = Glibc.write
let systemLink = Glibc.link
let systemUmask = Glibc.umask
#elseif canImport(Darwin)
let systemWrite = Darwin.write
let systemLink = Darwin.link
let systemUmask = Darwin.umask
#endif
