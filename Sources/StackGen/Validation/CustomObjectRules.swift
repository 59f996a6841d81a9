/// The structure and names of an object stackgen does not model (a `CustomResource` or a document of an
/// `Include`d file), checked before it is rendered: what can be checked without its schema (which conformance
/// checks where `Schemas/crds/` or Kubernetes has one). Its labels may not replace the cost-allocation tags, and
/// its namespace is the environment's.
enum CustomObjectRules {
    /// One problem: what is wrong and what to do.
    typealias Problem = (message: String, fix: String)

    private static let metadataKeys: Set<String> = ["name", "labels", "annotations", "namespace"]

    /// The problems of `document`, an object to be rendered with `scope` in `environment`; `subject` names it.
    static func problems(
        _ document: [String: Value], scope: ResourceScope, in environment: Environment
    ) -> [Problem] {
        var problems: [Problem] = []
        let apiVersion = document["apiVersion"]?.text ?? "", kind = document["kind"]?.text ?? ""
        if !isAPIVersion(apiVersion) {
            problems.append((
                "apiVersion `\(apiVersion)` is not `group/version`",
                "write the group and version the resource's CRD serves, such as `keda.sh/v1alpha1` (`v1` for the core group)"))
        }
        if !isKind(kind) {
            problems.append((
                "kind `\(kind)` is not a Kubernetes kind name",
                "write the kind as its CRD names it: letters and digits, starting with a capital, such as `ScaledObject`"))
        }
        let metadata = document["metadata"]
        let name = metadata?.member("name")?.text ?? ""
        if let problem = name.isEmpty ? "is empty" : Naming.subdomainProblem(name) {
            problems.append(("the name `\(name)` \(problem)", "use lowercase letters, digits, `-` and `.`"))
        }
        if document["status"] != nil {
            problems.append(("the object declares `status`, which the cluster writes", "remove `status`"))
        }
        if case .object(let members) = metadata {
            for key in members.keys.sorted() where !metadataKeys.contains(key) {
                problems.append((
                    "`metadata.\(key)` is not something a manifest sets", "keep only name, labels, annotations"))
            }
        }
        if let namespace = metadata?.member("namespace")?.text {
            switch scope {
            case .cluster:
                problems.append(("the \(kind) is cluster-scoped but names namespace `\(namespace)`", "remove `metadata.namespace`"))
            case .namespaced where namespace != environment.kubernetes?.namespace:
                problems.append((
                    "the object names namespace `\(namespace)`, but stackgen renders into the environment's "
                        + "namespace `\(environment.kubernetes?.namespace ?? "")`",
                    "remove `metadata.namespace` (or declare `scope: .cluster` for a cluster-scoped kind)"))
            case .namespaced: break
            }
        }
        problems += labelProblems(metadata?.member("labels"), environment: environment)
        for key in metadata?.member("annotations")?.objectKeys ?? [] {
            if let problem = Naming.labelKeyProblem(key) {
                problems.append(("annotation key `\(key)` \(problem)", "use a key such as `example.com/name`"))
            }
        }
        return problems
    }

    private static func labelProblems(_ labels: Value?, environment: Environment) -> [Problem] {
        var problems: [Problem] = []
        for key in labels?.objectKeys ?? [] {
            let value = labels?.member(key)?.text
            if let problem = Naming.labelKeyProblem(key) {
                problems.append(("label key `\(key)` \(problem)", "use a key such as `example.com/name`"))
            }
            guard let value else {
                problems.append(("label `\(key)` is not a string", "quote it"))
                continue
            }
            if let problem = Naming.labelValueProblem(value) {
                problems.append(("label `\(key)` value `\(value)` \(problem)", "use a value such as `platform-team`"))
            }
            if let tag = environment.tags[key], tag != value {
                problems.append((
                    "label `\(key): \(value)` would replace the cost-allocation tag `\(key): \(tag)`",
                    "remove the label: stackgen adds the environment's tags (`tags:` in \(environment.file)) to every object"))
            }
            if key == "app.kubernetes.io/managed-by", value != "stackgen" {
                problems.append(("label `\(key): \(value)` would replace stackgen's", "remove the label"))
            }
        }
        return problems
    }

    /// `v1`, `keda.sh/v1alpha1`, `argoproj.io/v1alpha1`, `scheduling.k8s.io/v1`.
    static func isAPIVersion(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let version = parts.last, isVersion(String(version)) else { return false }
        guard parts.count == 2 else { return true }
        let group = String(parts[0])
        return group.contains(".") && Naming.subdomainProblem(group) == nil
    }

    /// `v1`, `v2beta1`, `v1alpha3`.
    private static func isVersion(_ text: String) -> Bool {
        var rest = Substring(text)
        guard rest.first == "v" else { return false }
        rest = rest.dropFirst()
        let major = rest.prefix { $0.isASCII && $0.isNumber }
        guard !major.isEmpty, major.first != "0" else { return false }
        rest = rest.dropFirst(major.count)
        if rest.isEmpty { return true }
        for stage in ["alpha", "beta"] where rest.hasPrefix(stage) {
            let minor = rest.dropFirst(stage.count)
            return !minor.isEmpty && minor.first != "0" && minor.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return false
    }

    /// `ScaledObject`: ASCII letters and digits, starting with a capital, at most 63.
    static func isKind(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isUppercase, text.count <= 63 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

extension CustomResource: ValidatedComponent {
    /// The structure rules, and a body that leaves `apiVersion`, `kind` and `metadata` to their parameters.
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        let reserved = ["apiVersion", "kind", "metadata"].filter { body[$0] != nil }.map { "`\($0)`" }
        let bodyProblems: [CustomObjectRules.Problem] = reserved.isEmpty ? [] : [(
            "the body holds \(reserved.joined(separator: ", ")), which the parameters set",
            "pass `apiVersion:`, `kind:`, `name:`, `labels:` and `annotations:` instead"
        )]
        return (bodyProblems + CustomObjectRules.problems(document, scope: scope, in: resolved.environment)).map {
            .error($0.message, at: source, path: resolved.path, fix: $0.fix)
        }
    }
}

extension Include: ValidatedComponent {
    /// The file reads, and each document passes the structure rules, reported at its line in the file.
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        switch IncludedFile.documents(self, in: resolved.environment) {
        case .failure(let error): return error.diagnostics
        case .success(let documents):
            return documents.flatMap { document in
                CustomObjectRules.problems(document.members, scope: scope(of: document), in: resolved.environment).map {
                    .error($0.message, at: SourceLocation(file: path, line: document.line), path: resolved.path, fix: $0.fix)
                }
            }
        }
    }
}
