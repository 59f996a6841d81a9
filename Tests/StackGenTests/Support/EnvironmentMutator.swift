import Foundation

/// Seeded mutations of an environment file, the kinds of damage a hand edit, a merge or a hostile file does:
/// deleted, duplicated, swapped and re-indented lines, values of another type, control and non-ASCII characters,
/// huge and negative numbers, anchors and aliases, unusual tags, truncation and invalid bytes.
struct EnvironmentMutator {
    var generator: SplitMix

    init(seed: UInt64) { generator = SplitMix(seed: seed) }

    static let values = [
        "true", "false", "yes", "no", "on", "off", "y", "~", "null", "''", "\"\"", "[]", "{}", "[1, 2]", "{a: 1}",
        "0", "-1", "-0", "0x1F", "0o17", "0755", "1e3", "1e400", "-1e400", ".inf", "-.inf", ".nan", "1.5", "-2.75",
        "99999999999999999999", "-9223372036854775809", "9223372036854775807", "2147483648", "4294967296",
        "12:30", "2026-11-29", "\"1.0\"", "latest", "sha256:0000", "|\n  block", ">-\n  folded", "\"\\u0000\"",
        "\"\\e[31m\"", "x".padding(toLength: 300, withPad: "x", startingAt: 0), "*undefined", "&anchor value",
        "!!str 5", "!!int \"5\"", "!!float 1", "!!bool yes", "!!binary aGVsbG8=", "!!timestamp 2026-01-01",
        "!custom value", "!!set {a, b}", "!!omap [a: 1]", "!<tag:example.com,2026:x> y", "? complex\n: key",
    ]

    static let characters: [String] = [
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\r", "\u{1B}", "\u{1B}[2J", "\u{7F}", "\u{85}", "\u{A0}", "é",
        "日本", "🚀", "\u{202E}", "\u{2028}", "\u{FEFF}", "\u{200B}", ":", "#", "&", "*", "!", "|", ">", "%", "@",
        "`", "'", "\"", "{", "}", "[", "]", ",", "-", "?", "\\",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(generator.next() % UInt64(bound)) }

    /// One to three mutations of `text`, as bytes (a few are not valid UTF-8).
    mutating func mutate(_ text: String) -> Data {
        var lines = text.components(separatedBy: "\n")
        for _ in 0..<(1 + below(3)) {
            let index = below(lines.count)
            switch below(12) {
            case 0: lines.remove(at: index)
            case 1: lines.insert(lines[index], at: index)
            case 2:
                let other = below(lines.count)
                lines.swapAt(index, other)
            case 3: lines[index] = String(repeating: " ", count: 1 + below(4)) + lines[index]
            case 4: lines[index] = String(lines[index].drop { $0 == " " }.prefix(1000))
                + (below(2) == 0 ? "" : String(repeating: " ", count: below(6)))
            case 5, 6: lines[index] = replacingValue(lines[index], with: pick(Self.values))
            case 7:
                var line = Array(lines[index])
                line.insert(contentsOf: pick(Self.characters), at: below(line.count + 1))
                lines[index] = String(line)
            case 8: lines[index] = replacingNumber(lines[index])
            case 9:
                // An anchor on one value and an alias to it elsewhere (or to itself).
                lines[index] = replacingValue(lines[index], with: "&a " + (value(of: lines[index]) ?? "x"))
                let other = below(lines.count)
                lines[other] = replacingValue(lines[other], with: "*a")
            case 10: lines[index] = replacingValue(lines[index], with: pick(["!!str", "!!int", "!!float", "!!null", "!!map", "!!seq", "!x", "!!python/object"]) + " " + (value(of: lines[index]) ?? ""))
            default:
                if below(2) == 0 {
                    lines = Array(lines.prefix(index))
                } else {
                    var bytes = Data(lines.joined(separator: "\n").utf8)
                    if !bytes.isEmpty {
                        bytes[below(bytes.count)] = pick([0xFF, 0xC3, 0x80, 0xE2, 0x00, 0xFE])
                    }
                    return bytes
                }
            }
            if lines.isEmpty { lines = [""] }
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    private func value(of line: String) -> String? {
        guard let colon = line.range(of: ": ") else { return nil }
        return String(line[colon.upperBound...])
    }

    private func replacingValue(_ line: String, with value: String) -> String {
        guard let colon = line.range(of: ": ") else { return line + ": " + value }
        return String(line[..<colon.upperBound]) + value
    }

    private mutating func replacingNumber(_ line: String) -> String {
        guard let range = line.range(of: "[0-9]+", options: .regularExpression) else { return line }
        let number = pick(["-1", "-512", "0", "99999999999999999999999", "2147483648", "-9223372036854775808", "1e9", "65536", "007"])
        return line.replacingCharacters(in: range, with: number)
    }
}
