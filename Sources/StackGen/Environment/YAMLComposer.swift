// libyaml as bundled with Yams (its parser; included files are still read through Yams itself).
import CYaml

/// Composes the one document of a YAML text into `YAMLNode`s straight from libyaml's parser events: aliases
/// resolve to the node their anchor names (the latest anchor of that name defined before the alias), a mapping
/// whose keys repeat is refused when it ends (see `YAMLKeyIdentity`), and a second document is refused where it
/// starts. Scalars are kept as written; no tag is resolved.
package enum YAMLComposer {
    /// The document in `text`, or `nil` when the text holds none (nothing, or only comments).
    package static func compose(_ text: String) throws(YAMLReadError) -> YAMLNode? {
        var text = text
        return try text.withUTF8 { bytes -> Result<YAMLNode?, YAMLReadError> in
            guard let start = bytes.baseAddress, !bytes.isEmpty else { return .success(nil) }
            return EventComposer(start, count: bytes.count).documentResult()
        }.get()
    }
}

/// One pass of libyaml's parser over a text, one event at a time.
private final class EventComposer {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    /// The node each anchor names so far; a later anchor of the same name replaces an earlier one.
    private var anchors: [String: YAMLNode] = [:]

    /// Reads `count` bytes of UTF-8 from `start`, which must stay valid while this composer is used.
    init(_ start: UnsafePointer<UInt8>, count: Int) {
        parser.initialize(to: yaml_parser_t())
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, count)
    }

    deinit {
        yaml_event_delete(event)
        yaml_parser_delete(parser)
        event.deallocate()
        parser.deallocate()
    }

    func documentResult() -> Result<YAMLNode?, YAMLReadError> {
        do {
            return .success(try document())
        } catch {
            return .failure(error)
        }
    }

    /// The stream's only document, or `nil` for an empty stream.
    private func document() throws(YAMLReadError) -> YAMLNode? {
        try next()  // stream start
        try next()
        guard event.pointee.type != YAML_STREAM_END_EVENT else { return nil }
        try next()  // past the document start
        let root = try node()
        try next()  // document end
        try next()
        guard event.pointee.type == YAML_STREAM_END_EVENT else {
            throw .syntax(context: "expected a single document in the stream", problem: "but found another document",
                          mark: startMark)
        }
        return root
    }

    /// Replaces the current event with the next one.
    private func next() throws(YAMLReadError) {
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw parserError() }
    }

    private var startMark: YAMLMark {
        YAMLMark(line: Int(event.pointee.start_mark.line) + 1, column: Int(event.pointee.start_mark.column) + 1)
    }

    /// The node that starts at the current event; the current event is then the node's last.
    private func node() throws(YAMLReadError) -> YAMLNode {
        let mark = startMark
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.pointee.data.scalar
            let text = scalarText(UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)))
            let tag = scalar.quoted_implicit == 1 ? YAMLKeyIdentity.stringTag : string(scalar.tag) ?? ""
            let style = YAMLScalar.Style(rawValue: scalar.style.rawValue) ?? .any
            return register(string(scalar.anchor), YAMLNode(.scalar(YAMLScalar(text, style: style)), tag: tag, mark: mark))
        case YAML_SEQUENCE_START_EVENT:
            let start = event.pointee.data.sequence_start
            let anchor = string(start.anchor)
            let tag = start.implicit != 0 ? "" : string(start.tag) ?? ""
            var items: [YAMLNode] = []
            try next()
            while event.pointee.type != YAML_SEQUENCE_END_EVENT {
                items.append(try node())
                try next()
            }
            return register(anchor, YAMLNode(.sequence(items), tag: tag, mark: mark))
        case YAML_MAPPING_START_EVENT:
            let start = event.pointee.data.mapping_start
            let anchor = string(start.anchor)
            let tag = start.implicit != 0 ? "" : string(start.tag) ?? ""
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            try next()
            while event.pointee.type != YAML_MAPPING_END_EVENT {
                let key = try node()
                try next()
                pairs.append((key, try node()))
                try next()
            }
            if let (texts, first) = YAMLKeyIdentity.duplicates(in: pairs) { throw .duplicateKeys(texts, mark: first) }
            return register(anchor, YAMLNode(.mapping(pairs), tag: tag, mark: mark))
        case YAML_ALIAS_EVENT:
            guard let name = string(event.pointee.data.alias.anchor), let node = anchors[name] else {
                throw .syntax(context: nil, problem: "found undefined alias", mark: mark)
            }
            return node
        default:
            throw .syntax(context: nil, problem: "found an unexpected event", mark: mark)
        }
    }

    /// A scalar's text; a byte-order mark that starts it (written as `"\uFEFF…"`) is dropped, as it always was.
    private func scalarText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func register(_ anchor: String?, _ node: YAMLNode) -> YAMLNode {
        if let anchor { anchors[anchor] = node }
        return node
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private func parserError() -> YAMLReadError {
        let state = parser.pointee
        switch state.error {
        case YAML_MEMORY_ERROR:
            return .memory
        case YAML_READER_ERROR:
            return .reader(problem: state.problem.map { String(cString: $0) } ?? "")
        default:
            return .syntax(
                context: state.context.map { String(cString: $0) }, problem: state.problem.map { String(cString: $0) } ?? "",
                mark: YAMLMark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1))
        }
    }
}
