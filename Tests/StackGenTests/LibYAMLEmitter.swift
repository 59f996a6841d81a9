// libyaml as bundled with Yams, the emitter stackgen's YAML was written with before `YAMLWriter`.
import CYaml

@testable import StackGen

/// The reference `YAMLWriter` is compared with: streams a `Value` into libyaml's emitter as events (stream,
/// document, mapping, sequence, scalar), with the settings stackgen's YAML has always used: two-space indentation,
/// no line width limit, UTF-8 left readable, `\n` line breaks, implicit document start and end, block collections
/// (flow `[]` / `{}` when empty), scalars plain when `YAMLScalarStyle` finds them safe and double-quoted otherwise.
enum LibYAMLEmitter {
    /// Appends the YAML document for `value` to `output`.
    static func emitDocument(_ value: Value, appendingTo output: inout [UInt8]) {
        withUnsafeMutablePointer(to: &output) { outputPointer in
            var emitter = yaml_emitter_t()
            guard yaml_emitter_initialize(&emitter) == 1 else { fatalError("libyaml could not allocate an emitter") }
            defer { yaml_emitter_delete(&emitter) }
            yaml_emitter_set_output(&emitter, { context, buffer, size in
                guard let context, let buffer else { return 0 }
                context.assumingMemoryBound(to: [UInt8].self).pointee
                    .append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, outputPointer)
            yaml_emitter_set_canonical(&emitter, 0)
            yaml_emitter_set_indent(&emitter, 2)
            yaml_emitter_set_width(&emitter, -1)
            yaml_emitter_set_unicode(&emitter, 1)
            yaml_emitter_set_break(&emitter, YAML_LN_BREAK)
            yaml_emitter_set_encoding(&emitter, YAML_UTF8_ENCODING)

            var event = yaml_event_t()
            yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
            emit(&event, &emitter)
            yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
            emit(&event, &emitter)
            emitNode(value, &emitter)
            yaml_document_end_event_initialize(&event, 1)
            emit(&event, &emitter)
            yaml_stream_end_event_initialize(&event)
            emit(&event, &emitter)
        }
    }

    private static func emitNode(_ value: Value, _ emitter: inout yaml_emitter_t) {
        switch value {
        case .string(let string):
            emitScalar(string, plain: YAMLScalarStyle.isPlainSafe(string), emitter: &emitter)
        case .int(let number):
            emitScalar(String(number), plain: true, emitter: &emitter)
        case .double(let number):
            emitScalar(JSONRenderer.format(number), plain: true, emitter: &emitter)
        case .bool(let flag):
            emitScalar(flag ? "true" : "false", plain: true, emitter: &emitter)
        case .array(let items):
            var event = yaml_event_t()
            let style = items.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE
            yaml_sequence_start_event_initialize(&event, nil, nil, 1, style)
            emit(&event, &emitter)
            for item in items { emitNode(item, &emitter) }
            yaml_sequence_end_event_initialize(&event)
            emit(&event, &emitter)
        case .object(let members):
            var event = yaml_event_t()
            let style = members.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE
            yaml_mapping_start_event_initialize(&event, nil, nil, 1, style)
            emit(&event, &emitter)
            for member in KeyOrder.sortedMembers(members) {
                emitScalar(member.key, plain: YAMLScalarStyle.isPlainSafe(member.key), emitter: &emitter)
                emitNode(member.value, &emitter)
            }
            yaml_mapping_end_event_initialize(&event)
            emit(&event, &emitter)
        }
    }

    /// One scalar with an implicit tag: plain, or double-quoted when a reader could take it for something else.
    private static func emitScalar(_ text: String, plain: Bool, emitter: inout yaml_emitter_t) {
        var text = text
        let style = plain ? YAML_PLAIN_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
        text.withUTF8 { bytes in
            var event = yaml_event_t()
            // libyaml copies the value; an empty string still needs a valid pointer.
            let created = withUnsafePointer(to: UInt8(0)) { empty in
                yaml_scalar_event_initialize(
                    &event, nil, nil, bytes.baseAddress ?? empty, Int32(bytes.count), 1, 1, style)
            }
            guard created == 1 else { fatalError("libyaml could not allocate a scalar of \(bytes.count) bytes") }
            emit(&event, &emitter)
        }
    }

    private static func emit(_ event: inout yaml_event_t, _ emitter: inout yaml_emitter_t) {
        guard yaml_emitter_emit(&emitter, &event) == 1 else {
            // Only running out of memory can fail here: the events come from typed values and valid UTF-8.
            let problem = emitter.problem.map { String(cString: $0) } ?? "unknown error"
            fatalError("libyaml could not emit a document: \(problem)")
        }
    }
}
