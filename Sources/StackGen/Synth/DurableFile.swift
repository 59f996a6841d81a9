#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation


/// Writing files whose contents must be on disk before a rename publishes them.
enum DurableFile {
    /// Creates `url` (and its folders) with `text`: one `open`, one `write`. Not yet flushed: call `flush(_:)`
    /// once for the whole tree, or pass `flushed` for one file. (Foundation's writers add a temporary file, an `fsync` and a rename per file,
    /// which the staging folder makes unnecessary.)
    static func write(_ text: String, to url: URL, mode: mode_t = 0o644, flushed: Bool = false) throws {
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, mode)
        guard descriptor >= 0 else { throw POSIXError.current(url) }
        defer { _ = close(descriptor) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            guard written > 0 else { throw POSIXError.current(url) }
            offset += written
        }
        if flushed, fsync(descriptor) != 0 { throw POSIXError.current(url) }
    }

    /// Flushes every written file of the file system holding `folder` to disk: one `syncfs` call rather than an
    /// `fsync` per file (thousands of files at 1,000 services). Falls back to `sync` where `syncfs` is missing.
    static func flush(_ folder: URL) throws {
        #if canImport(Glibc)
        typealias SyncFS = @convention(c) (Int32) -> Int32
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: folder.path]) }
        defer { _ = close(descriptor) }
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            guard unsafeBitCast(symbol, to: SyncFS.self)(descriptor) == 0 else {
                throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: folder.path])
            }
            return
        }
        #endif
        sync()
    }
}
