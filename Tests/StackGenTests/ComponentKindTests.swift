import Foundation
import StackGenTesting
import Testing

@testable import StackGen

/// A kind of component the library does not know, declared here the way a new kind is added: a model type and
/// its platform and validation hooks, nothing else. The pipeline must resolve, validate, render and list it.
private struct Notice: Component, KubernetesComponent, ValidatedComponent {
    let name: String
    let text: String
    /// Renders without the environment's tags, as a careless new kind would.
    var forgetsLabels = false
    let source: StackGen.SourceLocation
    var platforms: Set<Platform> { [.kubernetes] }
    var kind: String { "notice" }
    var workload: Service? { nil }
    var settingsSource: ComponentSettingsSource { .none }

    init(_ name: String, text: String, line: Int = #line) {
        self.name = name
        self.text = text
        self.source = StackGen.SourceLocation(file: #filePath, line: line)
    }

    func kubernetesFiles(_ resolved: ResolvedComponent) -> [KubernetesEnvironmentFile] {
        let object = KubernetesObject(
            apiVersion: "v1", kind: "ConfigMap",
            // Every object carries the environment's cost-allocation tags; the rendered-object rules refuse it otherwise.
            metadata: [
                "name": .string(name), "namespace": .string(resolved.environment.kubernetes?.namespace ?? ""),
                "labels": .stringMap(forgetsLabels ? [:] : resolved.environment.tags),
            ],
            body: ["data": ["text": .string(text)]])
        return [KubernetesEnvironmentFile(path: "\(name)/\(object.fileName)", object: object)]
    }

    func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        text.isEmpty ? [resolved.error("notice `\(name)` says nothing", fix: "give it a text")] : []
    }
}

@Suite("Component kinds")
struct ComponentKindTests {
    @Test("a kind declared outside the library renders, is listed in the kustomization and needs no settings")
    func newKind() throws {
        let (files, read) = try JobTestSupport.files(JobTestSupport.yaml(jobs: "")) { _ in
            JobTestSupport.api
            Notice("maintenance", text: "read-only on Sunday")
        }
        #expect(files["kubernetes/maintenance/configmap.yaml"] != nil)
        // RenderedOutput reads only what the kustomization lists.
        #expect(member(read.object("ConfigMap", named: "maintenance"), "data", "text") as? String == "read-only on Sunday")
        #expect(!files.keys.contains { $0.hasPrefix("ecs/maintenance") }, "it renders only where it runs")
    }

    @Test("its own rules run, located at its declaration")
    func ownRules() throws {
        let notice = Notice("maintenance", text: "")
        let line = #line - 1
        let (output, diagnostics) = try JobTestSupport.render(JobTestSupport.yaml(jobs: "")) { _ in
            JobTestSupport.api
            notice
        }
        #expect(output == nil)
        #expect(diagnostics.map(\.description).contains(
            "\(#filePath):\(line): error: [test/maintenance] notice `maintenance` says nothing; give it a text"))
    }

    @Test("a kind whose objects lack the cost-allocation tags is refused by the rules over rendered objects")
    func newKindMustLabel() throws {
        var careless = Notice("maintenance", text: "read-only on Sunday")
        careless.forgetsLabels = true
        let notice = careless
        let (output, diagnostics) = try JobTestSupport.render(JobTestSupport.yaml(jobs: "")) { _ in
            JobTestSupport.api
            notice
        }
        #expect(output == nil)
        #expect(diagnostics.contains {
            $0.message.hasPrefix("ConfigMap `maintenance` lacks the cost-allocation label `cost-allocation: demo`")
        })
    }

    @Test("names are unique across kinds, and a stack still lists its services apart")
    func namesAcrossKinds() throws {
        let stack = Stack("demo") { _ in
            JobTestSupport.api
            Notice("api", text: "x")
        }
        let environment = try TestSupport.environment(JobTestSupport.yaml(jobs: ""))
        #expect(stack.components(in: environment).map(\.kind) == ["service", "notice"])
        #expect(stack.services(in: environment).map(\.name) == ["api"])
        let (_, diagnostics) = Synthesizer(app: App(stacks: [stack])).render(environment)
        #expect(diagnostics.map(\.message).contains("notice `api` is declared twice"))
    }
}
