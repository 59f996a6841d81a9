import Testing

@testable import StackGen

/// RFC 6902 JSON Patch, RFC 6901 JSON Pointer and RFC 7386 merge patch on `Value`, with the RFCs' own examples.
@Suite("JSON Patch and merge patch")
struct JSONPatchTests {
    @Test("RFC 6901 pointers: `~0`, `~1`, the empty pointer and malformed escapes")
    func pointers() throws {
        #expect(try JSONPointer(parsing: "").tokens == [])
        #expect(try JSONPointer(parsing: "/").tokens == [""])
        #expect(try JSONPointer(parsing: "/a~1b/m~0n/~01").tokens == ["a/b", "m~n", "~1"])
        #expect(JSONPointer(tokens: ["a/b", "m~n"]).description == "/a~1b/m~0n")
        #expect(throws: JSONPointerSyntaxError.self) { try JSONPointer(parsing: "spec/replicas") }
        #expect(throws: JSONPointerSyntaxError.self) { try JSONPointer(parsing: "/a~2") }
        #expect(throws: JSONPointerSyntaxError.self) { try JSONPointer(parsing: "/a~") }
        // RFC 6901 section 5's document.
        let document: Value = [
            "foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8,
        ]
        let expected: [(String, Value)] = [
            ("", document), ("/foo", ["bar", "baz"]), ("/foo/0", "bar"), ("/", 0), ("/a~1b", 1), ("/c%d", 2),
            ("/e^f", 3), ("/g|h", 4), ("/i\\j", 5), ("/k\"l", 6), ("/ ", 7), ("/m~0n", 8),
        ]
        for (pointer, value) in expected { #expect(try document.value(at: JSONPointer(parsing: pointer)) == value) }
        #expect(try document.value(at: JSONPointer(parsing: "/foo/01")) == nil)
        #expect(try document.value(at: JSONPointer(parsing: "/foo/-")) == nil)
    }

    @Test("RFC 6902 appendix A: add, remove, replace, move, copy, test")
    func operations() throws {
        let object: Value = ["foo": "bar"]
        #expect(try object.applying([.add("/baz", "qux")]) == ["baz": "qux", "foo": "bar"])  // A.1
        let list: Value = ["foo": ["bar", "baz"]]
        #expect(try list.applying([.add("/foo/1", "qux")]) == ["foo": ["bar", "qux", "baz"]])  // A.2
        #expect(try list.applying([.add("/foo/-", "qux")]) == ["foo": ["bar", "baz", "qux"]])  // A.16
        #expect(try list.applying([.add("/foo/2", "qux")]) == ["foo": ["bar", "baz", "qux"]])
        #expect(try (["baz": "qux", "foo": "bar"] as Value).applying([.remove("/baz")]) == ["foo": "bar"])  // A.3
        #expect(try (["foo": ["bar", "qux", "baz"]] as Value).applying([.remove("/foo/1")]) == ["foo": ["bar", "baz"]])  // A.4
        #expect(try (["baz": "qux", "foo": "bar"] as Value).applying([.replace("/baz", "boo")]) == ["baz": "boo", "foo": "bar"])  // A.5
        let nested: Value = ["foo": ["bar": "baz", "waldo": "fred"], "qux": ["corge": "grault"]]
        #expect(try nested.applying([.move(from: "/foo/waldo", to: "/qux/thud")])
            == ["foo": ["bar": "baz"], "qux": ["corge": "grault", "thud": "fred"]])  // A.6
        #expect(try (["foo": ["all", "grass", "cows", "eat"]] as Value).applying([.move(from: "/foo/1", to: "/foo/3")])
            == ["foo": ["all", "cows", "eat", "grass"]])  // A.7
        #expect(try object.applying([.copy(from: "/foo", to: "/copy")]) == ["foo": "bar", "copy": "bar"])
        let tested: Value = ["baz": "qux", "foo": ["a", 2, "c"]]
        #expect(try tested.applying([.test("/baz", "qux"), .test("/foo/1", 2)]) == tested)  // A.8
        #expect(try tested.applying([.test("/foo/1", .double(2.0))]) == tested)
        #expect(try (["/": 9, "~1": 10] as Value).applying([.test("/~01", 10)]) == ["/": 9, "~1": 10])  // A.14
        #expect(try object.applying([.add("", ["whole": true])]) == ["whole": true])
    }

    @Test("failures say where and what exists there, and leave the document alone")
    func failures() {
        let document: Value = ["spec": ["replicas": 2, "template": ["spec": ["containers": [["name": "api"]]]]]]
        func failure(_ operations: [JSONPatchOperation]) -> JSONPatchFailure? {
            do { _ = try document.applying(operations) } catch { return error }
            return nil
        }
        #expect(failure([.remove("/spec/replica")]) == JSONPatchFailure(
            operation: "remove", pointer: "/spec/replica",
            reason: "`/spec/replica` does not exist: `/spec` has no member `replica`",
            fix: "did you mean `replicas`? its members: replicas, template"))
        #expect(failure([.add("/spec/selector/matchLabels", [:])])?.reason
            == "`/spec/selector/matchLabels` does not exist: `/spec` has no member `selector`")
        #expect(failure([.add("/spec/template/spec/containers/3", [:])])?.fix == "use 0…0, 1, `-` to append")
        #expect(failure([.replace("/spec/template/spec/containers/-", [:])])?.reason
            == "`/spec/template/spec/containers/-` does not exist: `/spec/template/spec/containers` is an array of 1 item "
                + "and `-` is not one of its indices")
        #expect(failure([.add("/spec/replicas/x", 1)])?.reason
            == "`/spec/replicas/x` does not exist: `/spec/replicas` is the number 2, not an object or an array")
        #expect(failure([.test("/spec/replicas", 3)])?.reason == "`/spec/replicas` is the number 2, not the number 3")
        #expect(failure([.move(from: "/spec", to: "/spec/inner")])?.reason == "`/spec/inner` is inside `/spec`, which is moved")
        #expect(failure([.add("spec", 1)])?.reason == "`spec` is not a JSON Pointer: it does not start with `/`")
        #expect(failure([.remove("")])?.reason == "the whole object cannot be removed")
        // All or nothing: the first operation's change is not kept when the second fails.
        #expect(failure([.replace("/spec/replicas", 5), .remove("/nothing")])?.pointer == "/nothing")
    }

    @Test("RFC 7386 merge patch: members merge, `.remove` deletes, arrays and scalars replace")
    func mergePatch() throws {
        let target: Value = ["a": "b", "c": ["d": "e", "f": "g"], "list": [1, 2]]
        let patch: MergePatch = ["a": "z", "c": ["f": .remove], "list": [3], "new": ["deep": true]]
        #expect(try target.applying(patch) == ["a": "z", "c": ["d": "e"], "list": [3], "new": ["deep": true]])
        #expect(try ("scalar" as Value).applying(["a": 1]) == ["a": 1])
        #expect(throws: JSONPatchFailure(
            operation: "merge", pointer: "/c/unknown", reason: "`/c/unknown` does not exist: `/c` has no member `unknown`",
            fix: "its members: d, f")) { try target.applying(["c": ["unknown": .remove]]) }
    }
}
