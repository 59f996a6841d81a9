import Foundation
import StackGen
import StackGenTesting
import Testing

/// Small stacks and environments with a service and jobs, rendered in memory.
enum JobTestSupport {
    /// A service with a secret and configuration, for jobs to run before.
    static let api = Service(
        "api", image: "ghcr.io/acme/api", ports: [.http(8080)],
        secrets: ["DATABASE_URL": .secretsManager("demo/test", key: "database-url")],
        security: .restricted(runAsUser: 10001), configuration: ["MODE": "fast"])

    /// A scheduled job at 03:00 UTC reading a key no service reads.
    static func report(
        _ schedule: CronSchedule = CronSchedule("0 3 * * *"), retries: Int = 2, filePath: String = #filePath,
        line: Int = #line
    ) -> ScheduledJob {
        ScheduledJob(
            "report", schedule: schedule, image: "ghcr.io/acme/report", arguments: ["report", "--daily"],
            secrets: ["SMTP_PASSWORD": .secretsManager("demo/test", key: "smtp-password")],
            size: .vcpu0_5_mem1gb, retries: retries, security: .restricted(runAsUser: 10001), filePath: filePath, line: line)
    }

    /// An environment file rendering `platforms` with `api` configured, `jobs` lines under `jobs:` (none when
    /// empty) and, unless `schedulerRole` is false, a scheduler role.
    static func yaml(
        platforms: String = "[kubernetes, ecs]", apiTag: String = "1.0.0",
        jobs: String = "  report:\n    tag: \"2.0.0\"", schedulerRole: Bool = true
    ) -> String {
        var text = TestSupport.environmentYAML(
            platforms: platforms,
            kubernetes: "  externalSecrets:\n    secretsManager: {kind: ClusterSecretStore, name: aws}",
            services: "  api:\n    tag: \"\(apiTag)\"\n    replicas: 2")
        if schedulerRole {
            text = text.replacingOccurrences(
                of: "  logGroup: /ecs/demo\n",
                with: "  logGroup: /ecs/demo\n  schedulerRoleArn: arn:aws:iam::123456789012:role/scheduler\n")
        }
        return jobs.isEmpty ? text : text + "\njobs:\n\(jobs)\n"
    }

    /// `components` rendered in the environment `yaml` describes.
    static func render(
        _ yaml: String, @ComponentBuilder _ components: @escaping @Sendable (Environment) -> [any Component]
    ) throws -> (output: RenderedEnvironment?, diagnostics: [Diagnostic]) {
        let environment = try TestSupport.environment(yaml)
        return Synthesizer(app: App(stacks: [Stack("demo", components: components)])).render(environment)
    }

    /// The files of a render that must succeed, read back.
    static func files(
        _ yaml: String, @ComponentBuilder _ components: @escaping @Sendable (Environment) -> [any Component]
    ) throws -> (files: [String: String], read: RenderedOutput) {
        let (output, diagnostics) = try render(yaml, components)
        #expect(!diagnostics.containsErrors, "\(diagnostics.map(\.description))")
        let files = try #require(output).files
        return (files, try RenderedOutput(files: files))
    }
}
