#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock (`flock`) on the output folder itself, held until `release()`; waits for another
/// holder. Locking the folder rather than a lock file leaves nothing behind in a folder stackgen does not own.
struct FileLock {
    private let descriptor: Int32

    init(_ folder: URL) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { throw POSIXError.current(folder) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            _ = close(descriptor)
            throw POSIXError.current(folder)
        }
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
    }
}
