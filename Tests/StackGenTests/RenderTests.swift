import Foundation
import Testing
import Yams

@testable import StackGen

@Suite("Rendering")
struct RenderTests {
    @Test("strings YAML 1.1 or 1.2 would read as something else are quoted", arguments: [
        "y", "Y", "yes", "No", "ON", "off", "true", "False", "null", "~", "0755", "0x1F", "1e3", "1_000", "12:30",
        ".inf", "-1", "", " padded", "a: b", "# comment", "key:", "*alias", "&anchor", "!tag", "@at", "`tick",
        "%percent", "line\nbreak", "100m", "2Gi", "=", "<<",
    ])
    func quotesAmbiguousStrings(_ string: String) {
        #expect(!YAMLScalarStyle.isPlainSafe(string))
        let yaml = YAMLRenderer.render(["value": .string(string)])
        #expect(yaml.hasPrefix("value: \""), "\(yaml)")
        let loaded = try? Yams.load(yaml: yaml) as? [String: Any]
        #expect(loaded?["value"] as? String == string)
    }

    @Test("ordinary identifiers stay plain", arguments: [
        "api", "ClusterIP", "apps/v1", "/health", "ghcr.io/acme/api:1.7.3", "app.kubernetes.io/name", "RuntimeDefault",
        "repo@sha256:abc", "_private",
    ])
    func keepsIdentifiersPlain(_ string: String) {
        #expect(YAMLScalarStyle.isPlainSafe(string))
        #expect(YAMLRenderer.render(["value": .string(string)]) == "value: \(string)\n")
    }

    @Test("YAML puts apiVersion, kind, metadata and name first, then sorts")
    func yamlKeyOrder() {
        let value: Value = ["spec": 1, "zeta": 2, "metadata": ["name": "x", "labels": [:]], "kind": "K", "apiVersion": "v1"]
        #expect(YAMLRenderer.render(value, header: ["generated"]) == """
            # generated
            apiVersion: v1
            kind: K
            metadata:
              name: x
              labels: {}
            spec: 1
            zeta: 2

            """)
    }

    @Test("keys sort by code point (upper case, lower case, then non-ASCII), after the leading keys")
    func codePointKeyOrder() {
        let value: Value = ["é": 1, "b": 2, "B": 3, "kind": "K", "ab": 4, "a": 5, "z": [:], "x": []]
        #expect(YAMLRenderer.render(value) == "kind: K\nB: 3\na: 5\nab: 4\nb: 2\nx: []\nz: {}\n\"é\": 1\n")
        #expect(JSONRenderer.render(["é": 1, "b": 2, "B": 3]) == "{\n  \"B\": 3,\n  \"b\": 2,\n  \"é\": 1\n}\n")
    }

    @Test("empty strings, control characters and nested lists read back exactly")
    func yamlRoundTrip() throws {
        let strings = ["", "nul \u{0} tab \t", "bell \u{7}", "line\nbreak", "YES", "nULL", "trailing:"]
        let yaml = YAMLRenderer.render(["list": .array(strings.map(Value.string) + [.array([.string("inner")])])])
        let loaded = try #require(try Yams.load(yaml: yaml) as? [String: [Any]])
        #expect(loaded["list"]?.dropLast().compactMap { $0 as? String } == strings)
        #expect(loaded["list"]?.last as? [String] == ["inner"])
    }

    @Test("non-ASCII text is written as UTF-8, not escapes")
    func yamlUnicode() {
        #expect(YAMLRenderer.render(["greeting": "héllo — wörld"]) == "greeting: \"héllo — wörld\"\n")
    }

    @Test("JSON sorts keys by code point, escapes control characters and ends with one newline")
    func jsonFormat() {
        let value: Value = ["b": [1, true], "a": "quote \" slash \\ tab \t nul \u{01} é", "B": [:], "c": .double(70), "d": []]
        #expect(JSONRenderer.render(value) == """
            {
              "B": {},
              "a": "quote \\" slash \\\\ tab \\t nul \\u0001 é",
              "b": [
                1,
                true
              ],
              "c": 70.0,
              "d": []
            }

            """)
    }

    @Test("rendering the same value twice gives the same bytes, whatever the dictionary order")
    func deterministic() {
        var members: [String: Value] = [:]
        for index in 0..<200 { members["key-\(index)"] = .int(index) }
        let shuffled = Dictionary(uniqueKeysWithValues: members.shuffled())
        #expect(YAMLRenderer.render(.object(members)) == YAMLRenderer.render(.object(shuffled)))
        #expect(JSONRenderer.render(.object(members)) == JSONRenderer.render(.object(shuffled)))
    }

    @Test("keys sharing long prefixes, prefixes of each other and non-ASCII keys sort by their UTF-8 bytes")
    func longKeyOrder() {
        let keys = [
            "ServiceNumber1TaskDefinition", "ServiceNumber1Task", "ServiceNumber1", "ServiceNumber10",
            "ServiceNumber1\u{0}", "ServiceNumber1TaskDefinitionZ", "ServiceNumber1Tasé", "ServiceNumber1TasZ",
            "a", "", "é", "ServiceNumber2",
        ]
        let value = Value.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, Value.int(0)) }))
        let byBytes = keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let json = JSONRenderer.render(value)
        let written = json.split(separator: "\n").dropFirst().dropLast().map { line in
            String(line.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(written.map { $0.replacingOccurrences(of: "\\u0000", with: "\u{0}") } == byBytes)
    }

    @Test("a large object written on every core is the same text as its members written one after another")
    func largeObject() {
        var members: [String: Value] = [:]
        for index in 0..<1000 { members["resource-\(index)"] = ["Type": "T", "Index": .int(index)] }
        let expected = "{\n" + members.keys.sorted().map { key in
            "  \"\(key)\": {\n    \"Index\": \(key.dropFirst("resource-".count)),\n    \"Type\": \"T\"\n  }"
        }.joined(separator: ",\n") + "\n}\n"
        #expect(members.count >= JSONRenderer.parallelMembers)
        #expect(JSONRenderer.render(.object(members)) == expected)
        #expect(JSONRenderer.render(["Resources": .object(members)]).hasSuffix("    }\n  }\n}\n"))
    }
}
