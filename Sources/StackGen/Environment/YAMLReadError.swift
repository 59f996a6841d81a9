/// Why a YAML text could not be composed into nodes.
package enum YAMLReadError: Error, Equatable {
    /// libyaml's scanner or parser refused the text, or composing did (an undefined alias, a second document):
    /// what it was reading (`while parsing a block mapping`), the problem, and where the problem is.
    case syntax(context: String?, problem: String, mark: YAMLMark)
    /// A mapping has keys that are the same (see `YAMLKeyIdentity`): their texts, in key order, and where the first
    /// of them first appears.
    case duplicateKeys([String], mark: YAMLMark)
    /// libyaml's reader refused the bytes (a control character, for example).
    case reader(problem: String)
    /// libyaml ran out of memory.
    case memory
}
