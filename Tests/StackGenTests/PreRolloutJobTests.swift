import Foundation
import StackGenTesting
import Testing

@testable import StackGen

private typealias Support = JobTestSupport

@Suite("Jobs before a rollout")
struct PreRolloutJobTests {
    static let migrate = Job("migrate", before: Support.api, arguments: ["migrate", "--up"], environment: ["LOCK": "60s"])

    @Test("a Job named after its version and spec, an Argo CD PreSync hook, with the service's image, secrets and configuration")
    func kubernetesJob() throws {
        let (_, read) = try Support.files(Support.yaml(jobs: "")) { _ in Support.api; Self.migrate }
        let jobs = read.objects("Job")
        #expect(jobs.count == 1)
        let job = try #require(jobs.first)
        // `migrate-` and 8 hex digits of its spec's hash (the next test shows what changes it).
        #expect(objectName(job).wholeMatch(of: /migrate-[0-9a-f]{8}/) != nil)
        let annotations = member(job, "metadata", "annotations") as? [String: String] ?? [:]
        #expect(annotations["argocd.argoproj.io/hook"] == "PreSync")
        #expect(annotations["argocd.argoproj.io/hook-delete-policy"] == "BeforeHookCreation")
        #expect(annotations["argocd.argoproj.io/sync-wave"] == "0")
        #expect(member(job, "spec", "backoffLimit") as? Int == 0)
        #expect(member(job, "spec", "activeDeadlineSeconds") as? Int == 900)
        #expect(member(job, "spec", "ttlSecondsAfterFinished") as? Int == 86_400)
        let pod = member(job, "spec", "template", "spec")
        #expect(member(pod, "restartPolicy") as? String == "Never")
        #expect(member(pod, "serviceAccountName") as? String == "migrate")
        #expect(member(pod, "securityContext", "runAsNonRoot") as? Bool == true)
        let container = member(pod, "containers", "0")
        #expect(member(container, "image") as? String == "ghcr.io/acme/api:1.0.0")
        #expect(member(container, "args") as? [String] == ["migrate", "--up"])
        #expect(member(container, "ports") == nil)
        #expect(member(container, "readinessProbe") == nil)
        let variables = (member(container, "env") as? [Any] ?? []).compactMap { member($0, "name") as? String }
        #expect(variables == ["DATABASE_URL", "LOCK"])
        // Its ServiceAccount, ConfigMap and NetworkPolicy exist before it starts: PreSync hooks in an earlier wave.
        for kind in ["ServiceAccount", "ConfigMap", "NetworkPolicy"] {
            let object = try #require(read.objects(kind).first { member($0, "metadata", "labels", "app.kubernetes.io/name") as? String == "migrate" }, "\(kind)")
            #expect(member(object, "metadata", "annotations", "argocd.argoproj.io/hook") as? String == "PreSync")
            #expect(member(object, "metadata", "annotations", "argocd.argoproj.io/sync-wave") as? String == "-1")
        }
        let configMap = try #require(read.objects("ConfigMap").first { objectName($0).hasPrefix("migrate-config-") })
        #expect(member(configMap, "data", "MODE") as? String == "fast")
        // The service's own objects are not hooks.
        let deployment = try #require(read.object("Deployment", named: "api"))
        #expect(member(deployment, "metadata", "annotations", "argocd.argoproj.io/hook") == nil)
    }

    @Test("a new version is a new Job name, and so is any other change to its pod; the same version and settings keep it")
    func namePerVersion() throws {
        func jobName(_ tag: String, config: String = "") throws -> String {
            let yaml = Support.yaml(apiTag: tag, jobs: "")
                .replacingOccurrences(of: "    replicas: 2", with: "    replicas: 2" + config)
            let (_, read) = try Support.files(yaml) { _ in Support.api; Self.migrate }
            return objectName(try #require(read.objects("Job").first))
        }
        #expect(try jobName("1.0.0") == jobName("1.0.0"))
        #expect(try jobName("1.0.0") != jobName("1.0.1"))
        #expect(try jobName("1.0.0") != jobName("1.0.0", config: "\n    config:\n      MODE: slow"))
    }

    @Test("run-task.json is the run-task input: the family's latest revision, one task, the service's network and capacity, tags")
    func runTask() throws {
        let (files, read) = try Support.files(Support.yaml(jobs: "")) { _ in Support.api; Self.migrate }
        let runTask = try #require(read.ecsDocuments["ecs/migrate/run-task.json"])
        #expect(member(runTask, "cluster") as? String == "demo")
        #expect(member(runTask, "taskDefinition") as? String == "demo-test-migrate")
        #expect(member(runTask, "count") as? Int == 1)
        #expect(member(runTask, "capacityProviderStrategy", "0", "capacityProvider") as? String == "FARGATE")
        #expect(member(runTask, "networkConfiguration", "awsvpcConfiguration", "assignPublicIp") as? String == "DISABLED")
        #expect(member(runTask, "propagateTags") as? String == "TASK_DEFINITION")
        let task = try #require(read.ecsDocuments["ecs/migrate/task-definition.json"])
        #expect(member(task, "family") as? String == "demo-test-migrate")
        #expect(member(task, "containerDefinitions", "0", "image") as? String == "ghcr.io/acme/api:1.0.0")
        #expect(member(task, "containerDefinitions", "0", "command") as? [String] == ["migrate", "--up"])
        #expect(read.ecsDocuments["ecs/migrate/iam-policy.json"] != nil)
        // Not in the template: a stack update would roll the service out beside it.
        #expect(files["ecs/stack.template.json"]?.contains("Migrate") == false)
    }

    @Test("a job before a service the stack does not declare here, a name taken twice, a name too long: errors with the fix")
    func mistakes() throws {
        // The stack declares the job but not the service (here, in this environment).
        let job = Job("migrate", before: Support.api)
        let line = #line - 1
        let (_, missing) = try Support.render(Support.yaml(jobs: "")) { _ in job }
        #expect(missing.map(\.description).contains(
            "\(#filePath):\(line): error: [test/migrate] job `migrate` runs with service `api`, which this environment does not render; declare `api` for this environment, or declare the job only where `api` is"))

        let (_, twice) = try Support.render(Support.yaml(jobs: "")) { _ in Support.api; Job("api", before: Support.api) }
        #expect(twice.map(\.message).contains("job `api` is declared twice"))

        let long = String(repeating: "m", count: 55)
        let (_, tooLong) = try Support.render(Support.yaml(jobs: "")) { _ in Support.api; Job(long, before: Support.api) }
        #expect(tooLong.map(\.message).contains(
            "job name `\(long)` is 55 characters; with the version hash (`-` and 8 hex digits) the Kubernetes Job's name would pass 63"))
    }
}
