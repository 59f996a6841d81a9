#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock (`flock`) on a lock file, held until `release()`; waits for another holder.
///
/// A lock file rather than the folder itself: while a folder is `flock`ed, creating files in it and below costs
/// several times more on Linux (measured: ~1 ms instead of ~50 µs per file on ext4).
struct FileLock {
    private let descriptor: Int32

    init(_ file: URL) throws {
        descriptor = open(file.path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: file.path]) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            _ = close(descriptor)
            throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: file.path])
        }
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
    }
}
