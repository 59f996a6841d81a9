import Foundation
import Yams

@testable import StackGen

/// Environment files read the way they were read before stackgen composed them itself: Yams composes the
/// document (basic resolver, UTF-8), and its `Node` tree is converted to `YAMLNode`s for the same decoders. Tests
/// compare the two readers on the same texts.
enum YamsReferenceReader {
    /// What Yams composes from `text`: the document, `nil` for none, or the error it throws.
    static func compose(_ text: String) -> Result<YAMLNode?, YAMLReadError> {
        do {
            return .success(try Yams.compose(yaml: text, .basic, Constructor([:], [:], [:]), .utf8).map(convert))
        } catch let error as YamlError {
            guard let readError = YAMLReadError(error) else { fatalError("Yams threw \(error)") }
            return .failure(readError)
        } catch {
            fatalError("Yams threw \(error)")
        }
    }

    /// The diagnostics (or the environment) loading `text` through Yams gives.
    static func load(_ text: String, name: String, sections: [any EnvironmentSectionDecoder])
        -> Result<Environment, DiagnosticsError>
    {
        let displayPath = "Environments/\(name).yaml"
        switch compose(text) {
        case .failure(let error):
            return .failure(DiagnosticsError([YAMLSyntaxError.diagnostic(for: error, file: displayPath, path: name)]))
        case .success(nil):
            return .failure(DiagnosticsError([
                .error("the environment file is empty", at: SourceLocation(file: displayPath), path: name,
                       fix: "see README.md for its keys")
            ]))
        case .success(let root?):
            do {
                return .success(try EnvironmentLoader.decode(root, name: name, displayPath: displayPath, sections: sections))
            } catch {
                return .failure(error)
            }
        }
    }

    private static func convert(_ node: Node) -> YAMLNode {
        let mark = YAMLMark(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
        switch node {
        case .scalar(let scalar):
            let style = YAMLScalar.Style(rawValue: scalar.style.rawValue) ?? .any
            return YAMLNode(.scalar(YAMLScalar(scalar.string, style: style)), tag: scalar.tag.rawValue, mark: mark)
        case .sequence(let sequence):
            return YAMLNode(.sequence(sequence.map(convert)), tag: sequence.tag.rawValue, mark: mark)
        case .mapping(let mapping):
            return YAMLNode(.mapping(mapping.map { (convert($0.key), convert($0.value)) }), tag: mapping.tag.rawValue,
                            mark: mark)
        case .alias:
            fatalError("Yams' composer resolves aliases")
        }
    }

    /// Where `ours` and `yams` (converted) first differ, or `nil` when they are the same tree: same content, styles
    /// and positions, and the same tag. Yams resolves the tags of mapping keys in place while it looks for
    /// duplicates (an untagged key then reads `tag:yaml.org,2002:str`), so an untagged or `!` node matches its
    /// resolved tag too.
    static func difference(_ ours: YAMLNode, _ yams: YAMLNode, at path: String = "") -> String? {
        if ours.mark != yams.mark { return "\(path): mark \(ours.mark) ≠ \(yams.mark)" }
        let sameTag = ours.tag == yams.tag
            || ((ours.tag.isEmpty || ours.tag == "!") && YAMLKeyIdentity.resolvedTag(of: ours) == yams.tag)
        if !sameTag { return "\(path): tag `\(ours.tag)` ≠ `\(yams.tag)`" }
        switch (ours.content, yams.content) {
        case (.scalar(let left), .scalar(let right)):
            return left == right ? nil : "\(path): scalar \(left) ≠ \(right)"
        case (.sequence(let left), .sequence(let right)):
            if left.count != right.count { return "\(path): \(left.count) items ≠ \(right.count)" }
            return zip(left, right).enumerated().lazy
                .compactMap { difference($1.0, $1.1, at: "\(path)[\($0)]") }.first
        case (.mapping(let left), .mapping(let right)):
            if left.count != right.count { return "\(path): \(left.count) pairs ≠ \(right.count)" }
            return zip(left, right).enumerated().lazy.compactMap { index, pair in
                difference(pair.0.key, pair.1.key, at: "\(path){\(index)}")
                    ?? difference(pair.0.value, pair.1.value, at: "\(path).\(pair.0.key.scalar?.text ?? "{\(index)}")")
            }.first
        default:
            return "\(path): \(ours.content) ≠ \(yams.content)"
        }
    }
}
