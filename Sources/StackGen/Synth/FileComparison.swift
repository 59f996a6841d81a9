#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Compares a file on disk with rendered text byte for byte, reading the file straight into a buffer (no `Data`,
/// no copy of the rendered text), and keeps the file's text when it differs.
enum FileComparison {
    enum Outcome: Sendable {
        case same
        /// The file differs (or cannot be read); `previous` is its text when it could be read as UTF-8.
        case differs(previous: String?)
    }

    /// Compares the file at `path` with `text`; a symbolic link at `path` is followed only when `following`.
    static func compare(_ path: String, with text: String, following: Bool) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (following ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return .differs(previous: nil) }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return .differs(previous: nil) }
        var text = text
        let expected = text.utf8.count
        if Int(status.st_size) == expected {
            let same = text.withUTF8 { rendered -> Bool? in
                let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(expected, 1), alignment: 16)
                defer { buffer.deallocate() }
                guard readFully(descriptor, into: buffer, count: expected) == expected else { return nil }
                return expected == 0 || memcmp(buffer.baseAddress!, rendered.baseAddress!, expected) == 0
            }
            if same == true { return .same }
            if same == nil { return .differs(previous: nil) }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { return .differs(previous: nil) }
        }
        return .differs(previous: readText(descriptor, sizeHint: Int(status.st_size)))
    }

    /// The whole file as UTF-8 text, or nil when it cannot be read or is not UTF-8.
    fileprivate static func readText(_ descriptor: Int32, sizeHint: Int) -> String? {
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 4096)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            count += read
        }
        return String(bytes: bytes[..<count], encoding: .utf8)
    }

    /// Reads up to `count` bytes into `buffer`; the number read, or -1 on an error.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, count: Int) -> Int {
        var done = 0
        while done < count {
            let read = systemRead(descriptor, buffer.baseAddress! + done, count - done)
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { return read < 0 ? -1 : done }
            done += read
        }
        return done
    }
}

extension FileComparison {
    /// The whole file at `path` (a link followed) as UTF-8 text, or nil when it cannot be read or is not UTF-8.
    static func text(at path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { _ = close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        return readText(descriptor, sizeHint: Int(status.st_size))
    }
}
