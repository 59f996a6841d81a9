#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive advisory lock (`flock`) on a folder, held until `release()`; waits for another holder.
struct DirectoryLock {
    private let descriptor: Int32

    init(_ directory: URL) throws {
        descriptor = open(directory.path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: directory.path]) }
        guard flock(descriptor, LOCK_EX) == 0 else {
            _ = close(descriptor)
            throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: directory.path])
        }
    }

    func release() {
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
    }
}
