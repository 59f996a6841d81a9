#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Swaps two directories in one atomic step, so that a reader (or a crash) sees either both old or both new.
///
/// Linux has `renameat2(…, RENAME_EXCHANGE)` (since 3.15, glibc 2.28), macOS `renamex_np(…, RENAME_SWAP)`.
/// Glibc does not declare `renameat2` to Swift, so it is looked up at run time.
enum DirectoryExchange {
    /// Exchanges `first` and `second`; `false` when the system or file system cannot do it atomically.
    static func exchange(_ first: URL, _ second: URL) -> Bool {
        #if canImport(Glibc)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameAt2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameAt2(AT_FDCWD, first.path, AT_FDCWD, second.path, exchangeFlag) == 0
        #elseif canImport(Darwin)
        return renamex_np(first.path, second.path, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }

    /// Flushes a directory's entries (new names, renames) to disk.
    static func synchronize(_ directory: URL) {
        let descriptor = open(directory.path, O_RDONLY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }
}
