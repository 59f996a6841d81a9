/// Cost-allocation tags become Kubernetes labels, so their keys and values must be valid labels there.
enum TagRules {
    static func check(_ environment: Environment, _ services: [ResolvedService]) -> [Diagnostic] {
        guard environment.renders(.kubernetes) else { return [] }
        let file = SourceLocation(file: environment.file)
        var findings: [Diagnostic] = []
        for (key, value) in environment.tags.sorted(by: { $0.key < $1.key }) {
            if let problem = Naming.labelKeyProblem(key) {
                findings.append(.error("tag key `\(key)` \(problem), so it cannot be a Kubernetes label", at: file,
                                       path: environment.name, fix: "rename the tag"))
            }
            if let problem = Naming.labelValueProblem(value) {
                findings.append(.error("tag `\(key)` value `\(value)` \(problem), so it cannot be a Kubernetes label",
                                       at: file, path: environment.name, fix: "use a value such as `platform-team`"))
            }
        }
        return findings
    }
}
