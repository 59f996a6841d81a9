import Testing

@testable import StackGen

/// `YAMLWriter` writes YAML without libyaml; these tests hold it to libyaml's emitter (`LibYAMLEmitter`, with the
/// settings stackgen's YAML has always used) byte for byte. The golden trees and `Manifests/` were recorded through
/// libyaml, so the golden tests check the same on real output.
@Suite("YAML writer")
struct YAMLWriterTests {
    private func expectSameAsLibYAML(_ value: Value, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        var written: [UInt8] = [], emitted: [UInt8] = []
        YAMLWriter.writeDocument(value, to: &written)
        LibYAMLEmitter.emitDocument(value, appendingTo: &emitted)
        #expect(
            String(decoding: written, as: UTF8.self) == String(decoding: emitted, as: UTF8.self),
            "for \(value)", sourceLocation: sourceLocation)
    }

    /// Characters at the edges of libyaml's printable set and its line breaks, with ordinary ones.
    static let edgeCharacters: [Unicode.Scalar] = [
        "\u{0}", "\u{7}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{1F}", " ", "\"", "\\", "'", ":",
        "#", "-", "?", "{", "[", ",", "&", "*", "!", "|", ">", "%", "@", "`", "~", "\u{7F}", "\u{80}", "\u{85}",
        "\u{9F}", "\u{A0}", "\u{BF}", "é", "\u{301}", "\u{7FF}", "\u{800}", "\u{2028}", "\u{2029}", "\u{D7FF}",
        "\u{E000}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}", "😀", "\u{10FFFF}", "a", "Z", "0",
        "9", ".", "_", "/",
    ]

    @Test("every hostile string, as a value, a key and a list item, is written as libyaml writes it")
    func hostileStrings() {
        for string in HostileStringTests.corpus {
            expectSameAsLibYAML(.string(string))
            expectSameAsLibYAML(["key": .string(string), "list": [.string(string), "x"]])
            expectSameAsLibYAML([string: ["nested": .string(string)], "other": [[.string(string)]]])
        }
    }

    @Test("every edge character, alone and between others, in values and keys")
    func edgeCharacters() {
        for character in Self.edgeCharacters {
            for text in ["\(character)", "a\(character)b", "\(character)\(character)", "x: \(character)", " \(character) "] {
                expectSameAsLibYAML(["k": .string(text), text: 1, "s": [.string(text)]])
            }
        }
    }

    @Test("keys of 128 bytes are simple and longer ones or ones with a line break are not, whatever their value")
    func complexKeys() {
        let values: [Value] = ["v", "", 7, [], [:], ["a", ["b", "c"], [:]], ["m": ["n": 1], "l": ["x"]], [["p": "q"]]]
        for key in [String(repeating: "k", count: 128), String(repeating: "k", count: 129), "a\nb", "é" + String(repeating: "k", count: 127), "two\r\nlines"] {
            for value in values {
                expectSameAsLibYAML([key: value, "after": value])
                expectSameAsLibYAML([[key: value]])
            }
        }
    }

    @Test("3,000 generated documents of every shape are written as libyaml writes them")
    func generatedDocuments() {
        var generator = SplitMix(seed: 2026)
        for _ in 0..<3_000 {
            expectSameAsLibYAML(Self.randomValue(depth: 0, using: &generator))
        }
    }

    private static func randomValue(depth: Int, using generator: inout SplitMix) -> Value {
        let kind = Int.random(in: depth >= 5 ? 0...5 : 0...8, using: &generator)
        switch kind {
        case 0: return .string(randomString(using: &generator))
        case 1: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator) * (Bool.random(using: &generator) ? 1 : 1_000_000_000))
        case 2: return .double([0.5, -0.25, 1e-7, 1e21, 3.0, 123_456.789][Int.random(in: 0...5, using: &generator)])
        case 3: return .bool(Bool.random(using: &generator))
        case 4: return .array([])
        case 5: return .object([:])
        case 6:
            return .array((0..<Int.random(in: 1...4, using: &generator)).map { _ in randomValue(depth: depth + 1, using: &generator) })
        default:
            var members: [String: Value] = [:]
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                members[randomKey(using: &generator)] = randomValue(depth: depth + 1, using: &generator)
            }
            return .object(members)
        }
    }

    private static func randomKey(using generator: inout SplitMix) -> String {
        switch Int.random(in: 0...9, using: &generator) {
        case 0: return String(repeating: "k", count: Int.random(in: 120...140, using: &generator))
        case 1...3: return ["apiVersion", "kind", "metadata", "name", "namespace", "spec", "app.kubernetes.io/name"][Int.random(in: 0...6, using: &generator)]
        default: return randomString(using: &generator)
        }
    }

    private static func randomString(using generator: inout SplitMix) -> String {
        if Int.random(in: 0...3, using: &generator) == 0 {
            return HostileStringTests.corpus[Int.random(in: 0..<HostileStringTests.corpus.count, using: &generator)]
        }
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &generator) {
            scalars.append(edgeCharacters[Int.random(in: 0..<edgeCharacters.count, using: &generator)])
        }
        return String(scalars)
    }
}
