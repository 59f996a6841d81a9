import Foundation

/// An RFC 6901 JSON Pointer such as `/spec/template/spec/containers/0/env/-`: each `/` starts a token, `~1` in a
/// token stands for `/` and `~0` for `~`; `""` is the whole document.
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible {
    /// The unescaped tokens, outermost first.
    public let tokens: [String]

    /// The pointer made of `tokens` (unescaped).
    /// - Parameter tokens: Member names or array indices, outermost first.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses `text`, or says why it is not a pointer.
    /// - Parameter text: `""` or a string starting with `/`.
    public init(parsing text: String) throws(JSONPointerSyntaxError) {
        guard !text.isEmpty else {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else {
            throw JSONPointerSyntaxError(pointer: text, reason: "does not start with `/`")
        }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var escaping = false
            for character in raw {
                if escaping {
                    switch character {
                    case "0": token.append("~")
                    case "1": token.append("/")
                    default:
                        throw JSONPointerSyntaxError(
                            pointer: text, reason: "has `~\(character)`; only `~0` (for `~`) and `~1` (for `/`) are escapes")
                    }
                    escaping = false
                } else if character == "~" {
                    escaping = true
                } else {
                    token.append(character)
                }
            }
            if escaping { throw JSONPointerSyntaxError(pointer: text, reason: "ends a token with a lone `~`") }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// The pointer as RFC 6901 writes it (`~` as `~0`, `/` as `~1`).
    public var description: String {
        tokens.map { "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1") }
            .joined()
    }

    /// The pointer to the first `count` tokens.
    func prefix(_ count: Int) -> JSONPointer { JSONPointer(tokens: Array(tokens.prefix(count))) }

    /// Whether `self` points strictly inside `other`'s value.
    func isStrictlyInside(_ other: JSONPointer) -> Bool {
        tokens.count > other.tokens.count && Array(tokens.prefix(other.tokens.count)) == other.tokens
    }

    /// The array index `token` names in an array of `count` items: digits without a leading zero, below `count`
    /// (or equal to it, or `-`, when `appending` is allowed).
    static func index(_ token: String, count: Int, appending: Bool) -> Int? {
        if token == "-" { return appending ? count : nil }
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), token == "0" || !token.hasPrefix("0"),
            token.count <= 18, let index = Int(token)
        else { return nil }
        return index < count || (appending && index == count) ? index : nil
    }
}

/// Why a string is not an RFC 6901 JSON Pointer.
public struct JSONPointerSyntaxError: Error, Sendable, Hashable {
    /// The text given.
    public let pointer: String
    /// What is wrong with it.
    public let reason: String
    /// What to write instead.
    public var fix: String { "write `/member/0/member`, with `~1` for `/` and `~0` for `~` inside a name" }
}
