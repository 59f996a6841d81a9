import Foundation
import StackGenTesting
import Testing

@testable import StackGen

private typealias Support = JobTestSupport

@Suite("Scheduled jobs")
struct ScheduledJobTests {
    @Test("a CronJob with the schedule, time zone, Forbid by default, deadlines and history; the pod of a service")
    func cronJob() throws {
        let (_, read) = try Support.files(Support.yaml()) { _ in
            Support.api
            Support.report(CronSchedule("0 3 * * *", timeZone: "Europe/Berlin"))
        }
        let cronJob = try #require(read.object("CronJob", named: "report"))
        #expect(member(cronJob, "apiVersion") as? String == "batch/v1")
        #expect(member(cronJob, "spec", "schedule") as? String == "0 3 * * *")
        #expect(member(cronJob, "spec", "timeZone") as? String == "Europe/Berlin")
        #expect(member(cronJob, "spec", "concurrencyPolicy") as? String == "Forbid")
        #expect(member(cronJob, "spec", "startingDeadlineSeconds") as? Int == 300)
        #expect(member(cronJob, "spec", "jobTemplate", "spec", "backoffLimit") as? Int == 2)
        #expect(member(cronJob, "spec", "jobTemplate", "spec", "activeDeadlineSeconds") as? Int == 3600)
        #expect(member(cronJob, "spec", "successfulJobsHistoryLimit") as? Int == 3)
        #expect(member(cronJob, "spec", "failedJobsHistoryLimit") as? Int == 3)
        let labelled = [
            member(cronJob, "metadata"), member(cronJob, "spec", "jobTemplate", "metadata"),
            member(cronJob, "spec", "jobTemplate", "spec", "template", "metadata"),
        ]
        for metadata in labelled {
            #expect((member(metadata, "labels") as? [String: String])?["cost-allocation"] == "demo")
        }
        #expect(read.object("ServiceAccount", named: "report") != nil)
        #expect(read.object("NetworkPolicy", named: "report") != nil)

        // The pod is exactly what the same container gets as a service, but for never restarting in place.
        let asService = Service(
            "report", image: "ghcr.io/acme/report", arguments: ["report", "--daily"],
            secrets: ["SMTP_PASSWORD": .secretsManager("demo/test", key: "smtp-password")],
            size: .vcpu0_5_mem1gb, security: .restricted(runAsUser: 10001))
        let (_, service) = try Support.files(Support.yaml(apiTag: "2.0.0", jobs: "")
            .replacingOccurrences(of: "  api:", with: "  report:").replacingOccurrences(of: "replicas: 2", with: "replicas: 1")) { _ in
            asService
        }
        let deployment = try #require(service.object("Deployment", named: "report"))
        let deploymentPod = try #require(member(deployment, "spec", "template", "spec") as? [String: Any])
        var jobPod = try #require(member(cronJob, "spec", "jobTemplate", "spec", "template", "spec") as? [String: Any])
        #expect(jobPod.removeValue(forKey: "restartPolicy") as? String == "Never")
        #expect(NSDictionary(dictionary: jobPod) == NSDictionary(dictionary: deploymentPod))
    }

    @Test("schedule.json is the create-schedule input: cron(…) form, time zone, window off, cluster, Fargate, network, tags, retries")
    func schedule() throws {
        let (_, read) = try Support.files(Support.yaml()) { _ in
            Support.api
            Support.report(CronSchedule("0 3 * * 1-5", timeZone: "Europe/Berlin"))
        }
        let schedule = try #require(read.ecsDocuments["ecs/report/schedule.json"])
        #expect(member(schedule, "Name") as? String == "demo-test-report")
        #expect(member(schedule, "ScheduleExpression") as? String == "cron(0 3 ? * 2-6 *)")
        #expect(member(schedule, "ScheduleExpressionTimezone") as? String == "Europe/Berlin")
        #expect(member(schedule, "FlexibleTimeWindow", "Mode") as? String == "OFF")
        #expect(member(schedule, "Target", "Arn") as? String == "arn:aws:ecs:us-east-1:123456789012:cluster/demo")
        #expect(member(schedule, "Target", "RoleArn") as? String == "arn:aws:iam::123456789012:role/scheduler")
        let ecs = member(schedule, "Target", "EcsParameters")
        #expect(member(ecs, "TaskDefinitionArn") as? String == "arn:aws:ecs:us-east-1:123456789012:task-definition/demo-test-report")
        #expect(member(ecs, "CapacityProviderStrategy", "0", "capacityProvider") as? String == "FARGATE")
        #expect(member(ecs, "NetworkConfiguration", "awsvpcConfiguration", "AssignPublicIp") as? String == "DISABLED")
        #expect(member(ecs, "NetworkConfiguration", "awsvpcConfiguration", "Subnets") as? [String] == ["subnet-0123abcd"])
        #expect(member(ecs, "PropagateTags") as? String == "TASK_DEFINITION")
        #expect(member(ecs, "EnableECSManagedTags") as? Bool == true)
        #expect(member(ecs, "Tags") == nil, "the cost tags come from the task definition")
        let taskTags = member(read.ecsDocuments["ecs/report/task-definition.json"], "tags") as? [[String: String]]
        #expect(taskTags?.contains(["key": "cost-allocation", "value": "demo"]) == true)
        #expect(member(schedule, "Target", "RetryPolicy", "MaximumRetryAttempts") as? Int == 2)
        #expect(member(schedule, "Target", "RetryPolicy", "MaximumEventAgeInSeconds") as? Int == 300)
        #expect(read.ecsDocuments["ecs/report/task-definition.json"] != nil)
        #expect(read.ecsDocuments["ecs/report/iam-policy.json"] != nil, "it reads a secret")
        #expect(read.ecsDocuments["ecs/report/service.json"] == nil)
    }

    @Test("the template holds the job's task definition, secrets policy and an AWS::Scheduler::Schedule on them")
    func template() throws {
        let (files, _) = try Support.files(Support.yaml()) { _ in Support.api; Support.report() }
        let text = try #require(files["ecs/stack.template.json"])
        let template = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let schedule = try #require(member(template, "Resources", "ReportSchedule"))
        #expect(member(schedule, "Type") as? String == "AWS::Scheduler::Schedule")
        #expect(member(schedule, "DependsOn") as? [String] == ["ReportSecretsPolicy"])
        #expect(member(schedule, "Properties", "Target", "EcsParameters", "TaskDefinitionArn", "Ref") as? String == "ReportTaskDefinition")
        #expect(member(schedule, "Properties", "Target", "EcsParameters", "NetworkConfiguration", "AwsvpcConfiguration", "Subnets") as? [String] == ["subnet-0123abcd"])
        #expect(member(schedule, "Properties", "Target", "EcsParameters", "CapacityProviderStrategy", "0", "CapacityProvider") as? String == "FARGATE")
        #expect(member(template, "Resources", "ReportTaskDefinition", "Type") as? String == "AWS::ECS::TaskDefinition")
        #expect(member(template, "Resources", "ReportService") == nil)
    }

    @Test("in an environment whose only ECS component is a scheduled job, the template's log group carries the cost tags")
    func logGroupTaggedWithoutServices() throws {
        let kubernetesOnlyAPI = Service(
            "api", image: "ghcr.io/acme/api", ports: [.http(8080)], security: .restricted(runAsUser: 10001),
            platforms: [.kubernetes])
        let (files, _) = try Support.files(Support.yaml()) { _ in kubernetesOnlyAPI; Support.report() }
        let text = try #require(files["ecs/stack.template.json"])
        let template = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(member(template, "Resources", "ApiService") == nil, "api runs only on Kubernetes")
        let tags = member(template, "Resources", ECSStackTemplate.logGroupID, "Properties", "Tags") as? [[String: String]]
        #expect(tags?.contains(["Key": "cost-allocation", "Value": "demo"]) == true)
    }

    @Test("the CronJob and the schedule carry each platform's form of the expression")
    func forms() throws {
        let (_, read) = try Support.files(Support.yaml()) { _ in Support.api; Support.report(CronSchedule("*/15 9-17 * * 7")) }
        #expect(member(read.object("CronJob", named: "report"), "spec", "schedule") as? String == "*/15 9-17 * * 0")
        #expect(member(read.ecsDocuments["ecs/report/schedule.json"], "ScheduleExpression") as? String == "cron(0/15 9-17 ? * 1 *)")
    }

    /// The one finding about the job that contains `expected`, from rendering `job` in `yaml`.
    func finding(_ expected: String, yaml: String = Support.yaml(), job: ScheduledJob) throws -> Diagnostic {
        let (output, diagnostics) = try Support.render(yaml) { _ in Support.api; job }
        #expect(output == nil)
        let matching = diagnostics.filter { $0.description.contains(expected) }
        #expect(matching.count == 1, "\(diagnostics.map(\.description))")
        return try #require(matching.first)
    }

    @Test("a schedule EventBridge cannot express is refused for ECS only, with the reason and the fix")
    func bothDayFields() throws {
        let job = Support.report(CronSchedule("0 3 1 * 1"))
        let line = #line - 1
        let error = try finding("cannot be translated", job: job)
        #expect(error.description == "\(#filePath):\(line): error: [test/report] the schedule `0 3 1 * 1` cannot be "
            + "translated for EventBridge Scheduler (ECS): day-of-month `1` and day-of-week `1` are both restricted: "
            + "Kubernetes runs on a day matching either, and EventBridge cannot restrict both; restrict one of them and "
            + "write `*` in the other, or declare two schedules")
        let (output, diagnostics) = try Support.render(Support.yaml(platforms: "[kubernetes]")) { _ in Support.api; job }
        #expect(output != nil, "\(diagnostics.map(\.description))")
    }

    @Test("schedule, time zone and limit mistakes name the job, the reason and the fix", arguments: [
        ("0 3 * * * *", "Etc/UTC", 2,
         "[test/report] the schedule `0 3 * * * *` is not valid on Kubernetes: expected five fields `minute hour day-of-month month day-of-week`, found 6 fields in `0 3 * * * *` (a seconds field is not supported); write exactly five fields"),
        ("0 25 * * *", "Etc/UTC", 2,
         "[test/report] the schedule `0 25 * * *` is not valid on Kubernetes: hour `25`: 25 is out of range; write 0-23"),
        ("0 3 * * *", "Mars/Olympus", 2,
         "[test/report] the schedule's time zone: time zone `Mars/Olympus` is not in the IANA time zone database; names are case-sensitive Area/Location pairs"),
        ("0 3 * * *", "Etc/UTC", -1,
         "[test/report] `retries` is -1, outside 0…185; give `retries:` a value in 0…185"),
    ])
    func mistakes(_ expression: String, _ zone: String, _ retries: Int, _ expected: String) throws {
        let error = try finding(expected, job: Support.report(CronSchedule(expression, timeZone: zone), retries: retries))
        #expect(error.location?.line != nil, "located at the declaration")
    }

    @Test("an expression neither platform reads is one finding, also where only ECS renders")
    func invalidEverywhere() throws {
        let job = Support.report(CronSchedule("0 3 * * * *"))
        let (_, both) = try Support.render(Support.yaml()) { _ in Support.api; job }
        #expect(both.filter { $0.message.contains("the schedule `0 3 * * * *`") }.map(\.message)
            == ["the schedule `0 3 * * * *` is not valid on Kubernetes: expected five fields `minute hour day-of-month month day-of-week`, found 6 fields in `0 3 * * * *` (a seconds field is not supported)"])
        let (output, ecsOnly) = try Support.render(Support.yaml(platforms: "[ecs]")) { _ in Support.api; job }
        #expect(output == nil)
        #expect(ecsOnly.filter { $0.message.contains("the schedule `0 3 * * * *`") }.map(\.message)
            == ["the schedule `0 3 * * * *` cannot be translated for EventBridge Scheduler (ECS): expected five fields `minute hour day-of-month month day-of-week`, found 6 fields in `0 3 * * * *` (a seconds field is not supported)"])
    }

    @Test("a scheduled job on ECS needs the environment's scheduler role: the error points at the job's settings")
    func schedulerRole() throws {
        let error = try finding("schedulerRoleArn", yaml: Support.yaml(schedulerRole: false), job: Support.report())
        #expect(error.description.hasPrefix("Environments/test.yaml:26:5: error: [test/report] scheduled job `report` runs on ECS, but `ecs:` in Environments/test.yaml has no `schedulerRoleArn`; add `schedulerRoleArn: arn:aws:iam::123456789012:role/NAME`"))
    }

    @Test("a job's settings live under `jobs:`: missing, misspelt, `replicas` and a job that takes none are errors with the fix")
    func settings() throws {
        let missing = try finding("has no settings", yaml: Support.yaml(jobs: "  reprot:\n    tag: \"1\""), job: Support.report())
        #expect(missing.message == "Environments/test.yaml has no settings for scheduled job `report` (is `reprot` a typo?)")
        #expect(missing.fix == "add `report:` with `tag:` under `jobs:` in Environments/test.yaml")
        let (_, diagnostics) = try Support.render(Support.yaml(jobs: "  reprot:\n    tag: \"1\"")) { _ in Support.api; Support.report() }
        #expect(diagnostics.map(\.description).contains(
            "Environments/test.yaml:27:5: error: [test/reprot] no stack declares a scheduled job named `reprot`; did you mean `report`?"))
        let replicas = TestSupport.loadDiagnostics(Support.yaml(jobs: "  report:\n    tag: \"1\"\n    replicas: 2"))
        #expect(replicas.map(\.description) == [
            "Environments/test.yaml:28:15: error: [test/report] `replicas` is not a job setting; remove it: each run of a job is one pod or task, not behind a load balancer",
        ])
        let (_, jobEntry) = try Support.render(Support.yaml(jobs: "  report:\n    tag: \"1\"\n  migrate:\n    tag: \"1\"")) { _ in
            Support.api
            Support.report()
            Job("migrate", before: Support.api)
        }
        #expect(jobEntry.map(\.description).contains(
            "Environments/test.yaml:29:5: error: [test/migrate] job `migrate` takes no settings from `jobs:`; remove them; it runs with the settings of the service it runs before"))
    }

    @Test("a scheduled job's secret keys reach the ExternalSecret even when no service reads them")
    func externalSecret() throws {
        let (_, read) = try Support.files(Support.yaml()) { _ in Support.api; Support.report() }
        let externalSecret = try #require(read.objects("ExternalSecret").first)
        let keys = (member(externalSecret, "spec", "data") as? [Any] ?? []).compactMap { member($0, "secretKey") as? String }
        #expect(keys == ["database-url", "smtp-password"])
    }

    @Test("a scheduled job that runs only on some platforms renders only there")
    func platforms() throws {
        var job = Support.report()
        job.pod.platforms = [.kubernetes]
        let (files, _) = try Support.files(Support.yaml()) { [job] _ in Support.api; job }
        #expect(files["kubernetes/report/cronjob.yaml"] != nil)
        #expect(!files.keys.contains { $0.hasPrefix("ecs/report/") })
    }
}
