import Foundation
import Testing

@testable import StackGen

/// stackgen composes environment files itself, from libyaml's events; these tests hold it to what Yams composed
/// before, text by text: the same node trees (text, style, tag, line:column), the same errors, and, for whole
/// environment files, the same diagnostics and the same decoded `Environment`.
@Suite("YAML composer")
struct YAMLComposerTests {
    /// Texts that compose, covering what YAML allows in a file.
    static let valid: [String] = [
        "a: 1\n",
        "# only a comment\n",
        "# one\n\n# two\n",
        "---\n",
        "--- # empty document\n...\n",
        "--- |\n  literal\n  text\n",
        "%YAML 1.1\n---\na: b\n",
        "%TAG !e! tag:example.com,2000:\n---\na: !e!thing b\n",
        "a: !!str 1\nb: !custom x\nc: ! y\nd: !<tag:yaml.org,2002:int> 2\ne: !!map {x: 1}\nf: !!seq [1]\ng: !s [1]\n",
        "plain: x\nsingle: 'it''s'\ndouble: \"tab\\there \\u00e9 \\x41 \\0 end\"\nliteral: |\n  one\n  two\nfolded: >-\n  one\n  two\n",
        "empty:\ntilde: ~\nnull: null\nnum: 1.10\nhex: 0x1F\ninf: .inf\nyes: yes\nstamp: 2001-12-14t21:59:43.10-05:00\n",
        "bom inside: \"\\uFEFFx\"\ntwo: \"\\uFEFF\\uFEFFx\"\nlater: \"x\\uFEFF\"\nkey: \"\\uFEFF\"\nline separator: \"a\\u2028b\"\nnbsp: \"a\\u00a0b\"\n",
        "é: ü\n日本語: 値 # comment\n\"emoji 🚀\": [\"🚀\", x]\nafter: {ключ: значение, k: v}\n",
        "e\u{301}: decomposed\n",
        "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  l1\r\n  l2\r\n",
        "a:\tvalue with\ttabs\nb: \"\t\"\n",
        "anchors: &base {x: 1, y: [a, b]}\ncopy: *base\nscalar: &s text\nagain: *s\nlist: [&i item, *i]\n",
        "a: &x one\nb: &x two\nc: *x\n",
        "&k key: 1\nother: *k\n",
        "? [a, b]\n: list key\n? {x: 1}\n: map key\n? |\n  block key\n: v\n",
        "- a\n- - b\n  - c\n- {d: e}\n-\n- ''\n",
        "flow: [a, {b: c}, [d, [e]], 'q', \"dq\"]\nempty flow: [{}, []]\n",
        String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n",
        (0..<60).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " leaf\n",
        "multi: this is\n  a folded\n  plain scalar\nquoted: \"line one\n  line two\"\n",
        "key with spaces: value\nurl: http://example.com:8080/a#b\n",
        "a: 1\n\u{85}b: 2\n",
        (0..<40).map { "key\($0): \($0)" }.joined(separator: "\n") + "\n",
        "a: 1\n'b': 2\n\"c\": 3\n!!str d: 4\n!custom a: 5\n",
        "1: x\n1.0: y\ntrue: z\n",
        "a: [1, 1, 1]\nb: {x: 1, y: 1}\n",
        "! a: 1\n!custom a: 2\n",
    ]

    /// Texts that Yams refused, one for each kind of mistake.
    static let invalid: [String] = [
        "a:\n\tb: 1\n",
        "a: [1, 2\n",
        "a: {x: 1\n",
        "a: \"unclosed\n",
        "a: 'unclosed\n",
        "a: 1\n b: 2\n",
        "a: b: c\n",
        "key: value: with colon?\n",
        "- a\nb: c\n",
        "a: 1\n- b\n",
        "a: *missing\n",
        "a: *later\nb: &later 1\n",
        "a: &self [1, *self]\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n---\nb: 2\n",
        "---\na: 1\n--- \n",
        "%YAML 2.0\n---\na: 1\n",
        "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",
        "%TAG ! !a\n%TAG ! !b\n---\na: 1\n",
        "a: !undefined!x 1\n",
        "a: \"bad \\q escape\"\n",
        "a: \"\\uD800\"\n",
        "a: \u{01}\n",
        "a: \u{7F}\n",
        "a: |\n  x\n y\n",
        "a: @reserved\n",
        "a: `reserved\n",
        "key: [a, b]: c\n",
        "? a\n? b\n: c\n? a\n",
        "&a &b x: 1\n",
        "a: !t !u x\n",
        String(repeating: "[", count: 2_000) + "\n",
        String(repeating: "[", count: 200) + "\n",
        (0..<1_100).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n",
        "a: 1\na: 2\n",
        "1: x\n\"1\": y\n",
        "a: 1\n'a': 2\n",
        "!!str a: 1\na: 2\n",
        "! a: 1\n'a': 2\n",
        "b: 1\na: 1\nb: 2\na: 2\n",
        "z: 0\nb: 1\nb: 2\na: 1\na: 2\na: 3\n",
        "outer:\n  inner: 1\n  inner: 2\nlater: [\n",
        "? [a, b]\n: 1\n? [a, b]\n: 2\n",
        "? {x: 1}\n: 1\n? {x: 1}\n: 2\n",
        "? [a]\n: 1\n? !!seq [a]\n: 2\n",
        "&k a: 1\n*k : 2\n",
        "é: 1\ne\u{301}: 2\n",
        (0..<20).map { "key\($0): 1" }.joined(separator: "\n") + "\nkey7: again\nkey3: again\n",
        "? {!!value v: inner}\n: 1\n? {!!value v: inner}\n: 2\n",
        "svc:\n  api: {tag: 1}\n  api: {tag: 2}\n",
        "a: 1\r\na: 2\r\n",
        "日本: 1\n日本: 2\n",
        "x: [a, b, {c: 1, c: 2}]\n",
    ]

    @Test("every valid text composes into the tree Yams composed", arguments: valid)
    func composesAsYams(_ text: String) throws {
        let yams = try YamsReferenceReader.compose(text).get()
        let ours = try YAMLComposer.compose(text)
        switch (ours, yams) {
        case (nil, nil): break
        case (let ours?, let yams?):
            #expect(YamsReferenceReader.difference(ours, yams) == nil)
        default:
            Issue.record("composer gave \(String(describing: ours)), Yams \(String(describing: yams))")
        }
    }

    @Test("every invalid text is refused with Yams' error, text and position", arguments: invalid)
    func refusesAsYams(_ text: String) {
        let yams = YamsReferenceReader.compose(text)
        guard case .failure(let expected) = yams else {
            Issue.record("Yams composed the text; the corpus entry is not an error")
            return
        }
        do {
            _ = try YAMLComposer.compose(text)
            Issue.record("the composer accepted a text Yams refused with \(expected)")
        } catch {
            #expect(error == expected)
            #expect(YAMLSyntaxError.diagnostic(for: error, file: "f.yaml", path: "p").description
                == YAMLSyntaxError.diagnostic(for: expected, file: "f.yaml", path: "p").description)
        }
    }

    @Test("the tree comparison notices a changed position, tag, style or text")
    func comparisonCanFail() throws {
        let tree = try #require(try YAMLComposer.compose("a: [x, 'y']\nb: !t z\n"))
        #expect(YamsReferenceReader.difference(tree, tree) == nil)
        var moved = tree
        moved.mark.column += 1
        var retagged = tree
        retagged.tag = "!other"
        var restyled = tree
        var edited = tree
        if case .mapping(var pairs) = tree.content, case .sequence(var items) = pairs[0].value.content {
            items[1].content = .scalar(YAMLScalar("y", style: .doubleQuoted))
            pairs[0].value.content = .sequence(items)
            restyled.content = .mapping(pairs)
            items[1].content = .scalar(YAMLScalar("Y", style: .singleQuoted))
            pairs[0].value.content = .sequence(items)
            edited.content = .mapping(pairs)
        }
        for changed in [moved, retagged, restyled, edited] {
            #expect(YamsReferenceReader.difference(changed, tree) != nil)
        }
    }

    /// Whole environment files: this repository's, the test fixtures', and every broken-file case.
    static var environmentTexts: [(String, String)] {
        let root = TestSupport.repositoryRoot
        let folders = [root.appendingPathComponent("Environments"), TestSupport.fixtures.appendingPathComponent("Environments")]
        var texts: [(String, String)] = []
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "yaml" {
                texts.append((file.lastPathComponent, (try? String(contentsOf: file, encoding: .utf8)) ?? ""))
            }
        }
        let base = (try? String(contentsOf: BrokenEnvironmentTests.base, encoding: .utf8)) ?? ""
        texts.append(("broken-base.yaml", base))
        // Yams' tree of the unbounded-alias case expands to billions of nodes when converted; the composer tests
        // cover aliases.
        for testCase in BrokenEnvironmentTests.cases where !testCase.name.contains("without bound") {
            let data = testCase.edit(base)
            guard data.count <= EnvironmentLoader.maximumFileSize, let text = String(data: data, encoding: .utf8),
                !data.contains(0)
            else { continue }
            texts.append((testCase.name, text))
        }
        return texts
    }

    @Test("whole environment files load with the same diagnostics and settings as through Yams")
    func environmentsAsYams() throws {
        let sections = PipelineExtensions.cost.sections
        let texts = Self.environmentTexts
        #expect(texts.count > 20)
        for (label, text) in texts {
            guard !text.allSatisfy(\.isWhitespace) else { continue }
            let expected = YamsReferenceReader.load(text, name: "production", sections: sections)
            let actual: Result<Environment, DiagnosticsError>
            do {
                actual = .success(try EnvironmentLoader.load(
                    data: Data(text.utf8), name: "production", displayPath: "Environments/production.yaml",
                    sections: sections))
            } catch {
                actual = .failure(error)
            }
            switch (actual, expected) {
            case (.success(let ours), .success(let yams)):
                #expect(CanonicalDescription.of(ours) == CanonicalDescription.of(yams), "\(label)")
            case (.failure(let ours), .failure(let yams)):
                #expect(ours.diagnostics.map(\.description) == yams.diagnostics.map(\.description), "\(label)")
            default:
                Issue.record("\(label): composer gave \(actual), Yams \(expected)")
            }
        }
    }
}
