import Foundation
import StackGen
@testable import StackGenCost
import DashboardStacks
import StackGenTesting
import Testing

/// Properties that make the Kubernetes output run as it is, proved for any app: the fixture app in every fixture
/// environment, the repository's app as rendered, and the committed `Manifests/`.
@Suite("Runnable output")
struct RunnableOutputTests {
    /// Every Kubernetes rendering to check, with a name for messages.
    static func renderings() throws -> [(String, RenderedOutput)] {
        var outputs: [(String, RenderedOutput)] = []
        for (app, root, label) in [
            (FixtureApp.app, TestSupport.fixtures, "fixture"), (repositoryApp, TestSupport.repositoryRoot, "repository"),
        ] {
            let workspace = Workspace(root: root, output: root.appendingPathComponent("Manifests"), extensions: .cost)
            let run = SynthRun(app: app, workspace: workspace)
            let (rendered, diagnostics) = run.render(workspace.environmentNames())
            #expect(!diagnostics.containsErrors, "\(diagnostics)")
            for environment in rendered where environment.files["kubernetes/kustomization.yaml"] != nil {
                outputs.append(("\(label) \(environment.name)", try RenderedOutput(files: environment.files)))
            }
        }
        let committed = TestSupport.repositoryRoot.appendingPathComponent("Manifests/production")
        outputs.append(("committed Manifests/production", try RenderedOutput(directory: committed)))
        return outputs
    }

    @Test("every secretKeyRef names a Secret, and a key, that an ExternalSecret in the same kustomization creates")
    func secretsAreCreated() throws {
        var checked = 0
        for (label, output) in try Self.renderings() {
            var created: [String: Set<String>] = [:]
            for externalSecret in output.objects("ExternalSecret") {
                let target = member(externalSecret, "spec", "target", "name") as? String ?? objectName(externalSecret)
                #expect(member(externalSecret, "spec", "target", "creationPolicy") as? String == "Owner", "\(label): \(target)")
                #expect(member(externalSecret, "spec", "secretStoreRef", "name") is String, "\(label): \(target) has no store")
                let keys = (member(externalSecret, "spec", "data") as? [Any] ?? []).compactMap { member($0, "secretKey") as? String }
                #expect(created[target] == nil, "\(label): two ExternalSecrets create the Secret \(target)")
                created[target] = Set(keys)
            }
            for deployment in output.objects("Deployment") {
                let containers = member(deployment, "spec", "template", "spec", "containers") as? [Any] ?? []
                for container in containers {
                    for variable in member(container, "env") as? [Any] ?? [] {
                        guard let reference = member(variable, "valueFrom", "secretKeyRef") else { continue }
                        let name = member(reference, "name") as? String ?? ""
                        let key = member(reference, "key") as? String ?? ""
                        #expect(created[name]?.contains(key) == true,
                                "\(label): \(objectName(deployment)) reads key \(key) of Secret \(name), which no ExternalSecret creates")
                        checked += 1
                    }
                    #expect(member(container, "envFrom") as? [Any] == nil
                            || (member(container, "envFrom") as! [Any]).allSatisfy { member($0, "secretRef") == nil })
                }
            }
        }
        #expect(checked >= 8, "the apps read secrets, so references were checked")
    }

    @Test("every pod runs under a ServiceAccount of its own, rendered beside it, with the token only where asked for")
    func ownServiceAccount() throws {
        var pods = 0
        for (label, output) in try Self.renderings() {
            var users: [String: String] = [:]
            for deployment in output.objects("Deployment") {
                let pod = member(deployment, "spec", "template", "spec")
                let account = member(pod, "serviceAccountName") as? String
                let name = objectName(deployment)
                #expect(account != nil && account != "default", "\(label): \(name) runs as the default ServiceAccount")
                guard let account else { continue }
                #expect(users[account] == nil, "\(label): \(name) and \(users[account] ?? "") share ServiceAccount \(account)")
                users[account] = name
                let serviceAccount = output.object("ServiceAccount", named: account)
                #expect(serviceAccount != nil, "\(label): \(name) runs as ServiceAccount \(account), which is not rendered")
                let podToken = member(pod, "automountServiceAccountToken") as? Bool
                #expect(member(serviceAccount, "automountServiceAccountToken") as? Bool == podToken,
                        "\(label): \(name)'s pod and ServiceAccount disagree about the API token")
                pods += 1
            }
        }
        #expect(pods >= 8)
    }

    @Test("every ConfigMap a pod reads is rendered in the same kustomization")
    func configMapsExist() throws {
        var references = 0
        for (label, output) in try Self.renderings() {
            for deployment in output.objects("Deployment") {
                for container in member(deployment, "spec", "template", "spec", "containers") as? [Any] ?? [] {
                    for source in member(container, "envFrom") as? [Any] ?? [] {
                        guard let name = member(source, "configMapRef", "name") as? String else { continue }
                        #expect(output.object("ConfigMap", named: name) != nil, "\(label): ConfigMap \(name) is not rendered")
                        references += 1
                    }
                }
            }
        }
        #expect(references >= 3)
    }
}
