import Foundation

/// A patch says why it is needed, changes something, and writes its pointers as RFC 6901 says.
extension Patch: ValidatedComponent {
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let path = "\(resolved.environment.name)/\(target)"
        if reason.trimmingCharacters(in: .whitespaces).isEmpty {
            findings.append(.error(
                "the patch on \(target.kind) `\(target.name)` gives no reason", at: source, path: path,
                fix: "say in `because:` why stackgen's output needs the change, for whoever reviews it"))
        }
        guard case .operations(let operations) = change else { return findings }
        if operations.isEmpty {
            findings.append(.error(
                "the patch on \(target.kind) `\(target.name)` has no operations", at: source, path: path,
                fix: "add an operation such as `.add(\"/spec/template/spec/priorityClassName\", \"high\")`, or remove the patch"))
        }
        for operation in operations {
            var pointers = [operation.path]
            if case .move(let from, _) = operation { pointers.append(from) }
            if case .copy(let from, _) = operation { pointers.append(from) }
            for pointer in pointers {
                do throws(JSONPointerSyntaxError) { _ = try JSONPointer(parsing: pointer) } catch {
                    findings.append(.error(
                        "the patch's `\(operation.name)` path `\(pointer)` is not a JSON Pointer: it \(error.reason)",
                        at: source, path: path, fix: error.fix))
                }
            }
        }
        return findings
    }
}
