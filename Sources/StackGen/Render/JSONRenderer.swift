import Dispatch

/// Writes a `Value` as JSON: keys sorted by code point, two-space indentation, readable UTF-8, one trailing
/// newline. The same value gives the same bytes on every run and machine.
public enum JSONRenderer {
    public static func render(_ value: Value) -> String {
        var output = JSONOutput()
        write(value, depth: 0, to: &output)
        output.append(UInt8(ascii: "\n"))
        return output.text()
    }

    /// The bytes written so far: pieces written on other cores, in order, then the bytes being written.
    private struct JSONOutput {
        private var pieces: [[UInt8]] = []
        private var bytes: [UInt8]

        init(capacity: Int = 2048) {
            bytes = []
            bytes.reserveCapacity(capacity)
        }

        mutating func append(_ byte: UInt8) { bytes.append(byte) }

        mutating func append<Bytes: Sequence<UInt8>>(contentsOf newBytes: Bytes) { bytes.append(contentsOf: newBytes) }

        /// `other`'s bytes after these, kept as pieces rather than copied.
        mutating func append(_ other: JSONOutput) {
            if !bytes.isEmpty { pieces.append(bytes) }
            pieces += other.pieces
            pieces.append(other.bytes)
            bytes = []
        }

        /// The whole text, copied once from the pieces, on every core (each piece to its own place in the string,
        /// so the new string's pages are first touched on every core too).
        func text() -> String {
            guard !pieces.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            let all = pieces + [bytes]
            let offsets = all.reduce(into: [0]) { offsets, piece in offsets.append(offsets[offsets.count - 1] + piece.count) }
            let count = offsets[offsets.count - 1]
            return String(unsafeUninitializedCapacity: count) { buffer in
                nonisolated(unsafe) let target = buffer
                // Each iteration writes only its own range of the buffer.
                DispatchQueue.concurrentPerform(iterations: all.count) { index in
                    all[index].withUnsafeBufferPointer { source in
                        _ = UnsafeMutableBufferPointer(rebasing: target[offsets[index]..<offsets[index + 1]])
                            .initialize(from: source)
                    }
                }
                return count
            }
        }
    }

    /// Objects with at least this many members (an environment's CloudFormation resources) write their members
    /// on every core, in slices written in turn: their text does not depend on which core wrote it.
    static let parallelMembers = 256

    private static func write(_ value: Value, depth: Int, to output: inout JSONOutput) {
        switch value {
        case .string(let string): appendQuoted(string, to: &output)
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number): output.append(contentsOf: format(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .array(let items):
            guard !items.isEmpty else { return output.append(contentsOf: "[]".utf8) }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                indent(depth + 1, &output)
                write(item, depth: depth + 1, to: &output)
                endLine(last: index == items.count - 1, &output)
            }
            indent(depth, &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
            output.append(contentsOf: "{\n".utf8)
            let sorted = KeyOrder.codePointSorted(members)
            if sorted.count >= parallelMembers {
                writeInParallel(sorted, depth: depth + 1, to: &output)
            } else {
                writeMembers(sorted, sorted.indices, depth: depth + 1, to: &output)
            }
            indent(depth, &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `members[range]` at `depth`, each on its own line(s) and followed by a comma unless it is the last member.
    private static func writeMembers(
        _ members: [KeyOrder.Member], _ range: Range<Int>, depth: Int, to output: inout JSONOutput
    ) {
        for index in range {
            indent(depth, &output)
            appendQuoted(members[index].key, to: &output)
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
            write(members[index].value, depth: depth, to: &output)
            endLine(last: index == members.count - 1, &output)
        }
    }

    /// The members of a large object, slice by slice on every core, appended in order.
    private static func writeInParallel(
        _ members: [KeyOrder.Member], depth: Int, to output: inout JSONOutput
    ) {
        let sliceCount = 64
        let size = (members.count + sliceCount - 1) / sliceCount
        let slices = stride(from: 0, to: members.count, by: size).map { $0..<min($0 + size, members.count) }
        let parts = ParallelMap.map(slices) { range in
            var part = JSONOutput(capacity: 65536)
            writeMembers(members, range, depth: depth, to: &part)
            return part
        }
        for part in parts { output.append(part) }
    }

    private static func indent(_ depth: Int, _ output: inout JSONOutput) {
        if 2 * depth <= spaces.count {
            output.append(contentsOf: spaces[..<(2 * depth)])
        } else {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
    }

    /// Indentation for the first 32 levels, copied at once.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// `,` and a line break after every member or item but the last, which has the line break alone.
    private static func endLine(last: Bool, _ output: inout JSONOutput) {
        if !last { output.append(UInt8(ascii: ",")) }
        output.append(UInt8(ascii: "\n"))
    }

    /// A finite number in its shortest round-tripping form, always with a fraction or exponent (`70.0`).
    static func format(_ number: Double) -> String {
        precondition(number.isFinite, "JSON has no representation for \(number)")
        let text = "\(number)"
        return text.contains(".") || text.contains("e") ? text : text + ".0"
    }

    /// `string` as a JSON string literal: quotes, backslashes, control characters, DEL and the line and
    /// paragraph separators escaped; everything else as UTF-8.
    private static func appendQuoted(_ string: String, to output: inout JSONOutput) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy their bytes at once. (0xE2 starts U+2028 and U+2029.)
        var string = string
        let copied = string.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0xE2 {
                return false
            }
            output.append(contentsOf: bytes)
            return true
        }
        if copied { return output.append(UInt8(ascii: "\"")) }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{2028}": output.append(contentsOf: "\\u2028".utf8)
            case "\u{2029}": output.append(contentsOf: "\\u2029".utf8)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output.append(contentsOf: "\\u".utf8)
                    output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.count))
                    output.append(contentsOf: hex.utf8)
                } else {
                    output.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
