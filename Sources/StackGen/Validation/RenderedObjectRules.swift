/// Rules over the rendered Kubernetes objects, after patches: what the model guarantees must still hold in the
/// output, whatever a patch, a custom resource or an included file says. Every object carries the environment's
/// cost-allocation labels and lives in its namespace (unless cluster-scoped); every pod template carries the
/// labels too and keeps restricted pod security; no container reads a credential from a plain variable.
///
/// They run on every object of every `synth`, `check` and `validate`, so each is a few dictionary lookups.
package enum RenderedObjectRules {
    /// What every object of one environment is checked against, worked out once.
    package struct Context: Sendable {
        let environmentName: String
        let file: String
        let tags: [(key: String, value: String)]
        let namespace: String?

        /// - Parameter environment: The environment rendered.
        package init(_ environment: Environment) {
            environmentName = environment.name
            file = environment.file
            tags = environment.tags.sorted { $0.key < $1.key }
            namespace = environment.kubernetes?.namespace
        }
    }

    /// Every finding about `object`.
    /// - Parameters:
    ///   - object: The rendered (and perhaps patched) object.
    ///   - context: The environment's labels and namespace.
    package static func check(_ object: RenderedKubernetesObject, in context: Context) -> [Diagnostic] {
        var findings = Findings(object: object, context: context)
        let metadata = object.value.member("metadata")
        labels(metadata, of: subject(object), pointer: "/metadata/labels", into: &findings)
        namespace(object, metadata, into: &findings)
        for (pointer, template) in podTemplates(object) {
            if pointer != "" {
                labels(template.member("metadata"), of: "the pod template of \(subject(object))",
                       pointer: pointer + "/metadata/labels", into: &findings)
            }
            RenderedPodRules.check(template.member("spec"), at: pointer + "/spec", into: &findings)
        }
        return findings.list
    }

    /// Where one object was written, for `duplicates`.
    package struct File: Sendable {
        /// The path inside `kubernetes/`.
        package let path: String
        /// `Deployment/api`.
        package let object: String
        /// Where it was declared (or last patched).
        package let source: SourceLocation?

        package init(path: String, object: String, source: SourceLocation?) {
            self.path = path
            self.object = object
            self.source = source
        }
    }

    /// An error for each object that renders to the same file as one before it (a custom resource and an included
    /// document of the same kind and name).
    package static func duplicates(_ files: [File], environment: String) -> [Diagnostic] {
        var seen: Set<String> = []
        return files.compactMap { file in
            guard seen.insert(file.path).inserted else {
                return .error(
                    "`\(file.object)` is declared twice (both render `kubernetes/\(file.path)`)",
                    at: file.source, path: "\(environment)/\(file.object)",
                    fix: "keep one: a custom resource or an included file, not both")
            }
            return nil
        }
    }

    /// ``Deployment `api` ``, for a finding's message.
    static func subject(_ object: RenderedKubernetesObject) -> String { "\(object.kind) `\(object.name)`" }

    /// The pod templates of an object, by pointer: a Pod itself, `spec.template` of a Deployment, StatefulSet,
    /// DaemonSet, ReplicaSet, Job or any custom resource shaped like them (an Argo Rollout), and a CronJob's
    /// `spec.jobTemplate.spec.template`.
    static func podTemplates(_ object: RenderedKubernetesObject) -> [(String, Value)] {
        if object.kind == "Pod" { return [("", object.value)] }
        let spec = object.value.member("spec")
        if let template = spec?.member("template"), template.member("spec")?.member("containers") != nil {
            return [("/spec/template", template)]
        }
        if let template = spec?.member("jobTemplate")?.member("spec")?.member("template") {
            return [("/spec/jobTemplate/spec/template", template)]
        }
        return []
    }

    /// `subject` and `pointer` are worked out only for a finding: these run on every object.
    private static func labels(
        _ metadata: Value?, of subject: @autoclosure () -> String, pointer: @autoclosure () -> String,
        into findings: inout Findings
    ) {
        let labels = metadata?.member("labels")
        for (key, tag) in findings.context.tags {
            switch labels?.member(key)?.text {
            case tag: continue
            case nil:
                findings.add(
                    "\(subject()) lacks the cost-allocation label `\(key): \(tag)` at `\(pointer())`",
                    fix: "every object and pod template carries the tags of `tags:` in \(findings.context.file); "
                        + "add labels beside them, never remove them")
            case let other?:
                findings.add(
                    "\(subject()) has the label `\(key): \(other)`, not the environment's cost-allocation tag `\(key): \(tag)`",
                    fix: "tags come from `tags:` in \(findings.context.file); change them there, not in a patch")
            }
        }
    }

    private static func namespace(_ object: RenderedKubernetesObject, _ metadata: Value?, into findings: inout Findings) {
        let subject = subject(object)
        let given = metadata?.member("namespace")?.text
        if object.isClusterScoped {
            if let given {
                findings.add("\(subject) is cluster-scoped but names namespace `\(given)`", fix: "remove `metadata.namespace`")
            }
            if object.kind == "Namespace", object.name == findings.context.namespace,
                metadata?.member("labels")?.member("pod-security.kubernetes.io/enforce")?.text != "restricted"
            {
                findings.add(
                    "\(subject) no longer enforces restricted pod security", fix: "keep the label "
                        + "`pod-security.kubernetes.io/enforce: restricted`: it is what refuses a pod that loosens it")
            }
            return
        }
        guard let expected = findings.context.namespace, given != expected else { return }
        findings.add(
            given.map { "\(subject) is in namespace `\($0)`, not the environment's namespace `\(expected)`" }
                ?? "\(subject) names no namespace; it belongs in the environment's namespace `\(expected)`",
            fix: "stackgen sets `metadata.namespace` to `kubernetes.namespace` of \(findings.context.file); "
                + "leave it as it is (declare a cluster-scoped object with `scope: .cluster`)")
    }
}

/// The findings about one object, located at the patch that made it what it is, or else where it was declared.
struct Findings {
    let object: RenderedKubernetesObject
    let context: RenderedObjectRules.Context
    private(set) var list: [Diagnostic] = []

    /// The workload's declared security and credential exceptions (the restricted profile, none, for objects
    /// that are not a service's or a job's), looked up once per object.
    let security: PodSecurity
    let notSecrets: Set<String>

    init(object: RenderedKubernetesObject, context: RenderedObjectRules.Context) {
        self.object = object
        self.context = context
        let service = object.owner?.workload?.service
        security = service?.security ?? .restricted
        notSecrets = service?.notSecrets ?? []
    }

    mutating func add(_ message: String, fix: String) {
        let location = object.source ?? SourceLocation(file: context.file)
        let patched = object.patches.isEmpty
            ? "" : " (after the patch on \(object.reference), which may add and change but not loosen these)"
        list.append(.error(message, at: location, path: "\(context.environmentName)/\(object.reference)", fix: fix + patched))
    }
}
