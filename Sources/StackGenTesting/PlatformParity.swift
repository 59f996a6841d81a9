import Foundation
import StackGen

/// Checks that a service runs the same thing on Kubernetes and ECS, independently of any test framework: the
/// assertions (`assertSameImageOnBothPlatforms`) turn its findings into test failures.
public enum PlatformParity {
    /// The containers of `service` whose image differs between its Deployment and its ECS task definition, in
    /// every environment of `environmentsFolder` that renders both platforms, one line each
    /// (`production/api: container api: kubernetes IMAGE, ecs IMAGE`); also a finding when the app does not
    /// render, or when no environment renders the service on both platforms (nothing would be compared).
    public static func imageDifferences(service: String, app: App, environmentsFolder: URL) throws -> [String] {
        let rendering = StackRendering(app: app, environmentsFolder: environmentsFolder, output: environmentsFolder)
        var findings: [String] = [], compared = 0
        for name in rendering.names {
            let environment = try rendering.workspace.loadEnvironment(name)
            guard environment.renders(.kubernetes), environment.renders(.ecs),
                let resolved = Resolver.resolve(app, in: environment).services.first(where: { $0.name == service }),
                resolved.service.platforms == Set(Platform.allCases)
            else { continue }
            let files: [String: String]
            switch rendering.render([name]) {
            case .failure(let failure): return [failure.description]
            case .success(let rendered): files = rendered.first?.files ?? [:]
            }
            findings += try imageDifferences(service: service, environment: name, files: files)
            compared += 1
        }
        if compared == 0 {
            findings.append("`\(service)` renders on both Kubernetes and ECS in no environment of \(environmentsFolder.path); nothing was compared")
        }
        return findings
    }

    /// The containers and init steps of `service` whose image differs between the Deployment and the ECS task definition among
    /// `files`, one environment's rendered files.
    package static func imageDifferences(service: String, environment: String, files: [String: String]) throws -> [String] {
        let output = try RenderedOutput(files: files)
        // ECS lists a service's init steps among its container definitions; Kubernetes as `initContainers`.
        let pod = member(output.object("Deployment", named: service), "spec", "template", "spec")
        let kubernetes = images(member(pod, "initContainers")).merging(images(member(pod, "containers"))) { step, _ in step }
        let ecs = images(member(output.ecsDocuments["ecs/\(service)/task-definition.json"], "containerDefinitions"))
        return Set(kubernetes.keys).union(ecs.keys).sorted().filter { kubernetes[$0] != ecs[$0] }.map { container in
            "\(environment)/\(service): container \(container): kubernetes \(kubernetes[container] ?? "none"), ecs \(ecs[container] ?? "none")"
        }
    }

    /// Container name → image, from a Kubernetes `containers` list or an ECS `containerDefinitions` list.
    private static func images(_ containers: Any?) -> [String: String] {
        var images: [String: String] = [:]
        for container in containers as? [Any] ?? [] {
            images[member(container, "name") as? String ?? ""] = member(container, "image") as? String ?? ""
        }
        return images
    }
}
