#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// System calls whose names Foundation types shadow inside methods (`write`, `read`, `link`, `umask`), named once.
#if canImport(Glibc)
let systemWrite = Glibc.write
let systemRead = Glibc.read
let systemLink = Glibc.link
let systemUmask = Glibc.umask
#elseif canImport(Darwin)
let systemWrite = Darwin.write
let systemRead = Darwin.read
let systemLink = Darwin.link
let systemUmask = Darwin.umask
#endif
