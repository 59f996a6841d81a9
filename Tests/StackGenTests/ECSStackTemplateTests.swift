import Foundation
import StackGenTesting
import Testing

@testable import StackGen

/// The CloudFormation template and the per-service AWS CLI files are two ways to deliver the same ECS services:
/// these tests read both back from the committed trees and require that they describe the same thing.
@Suite("ECS CloudFormation template")
struct ECSStackTemplateTests {
    /// Every environment folder with a template: the golden fixture trees and the committed Manifests/.
    static var environmentFolders: [URL] {
        let root = TestSupport.repositoryRoot
        let trees = ["Tests/Golden/fixtures", "Tests/Golden/hostile-strings", "Manifests"].map(root.appendingPathComponent)
        return trees.flatMap { tree in
            ((try? FileManager.default.contentsOfDirectory(atPath: tree.path)) ?? []).sorted()
                .map { tree.appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0.appendingPathComponent(ECSStackTemplate.fileName).path) }
        }
    }

    @Test("the trees hold templates for the production, staging and fixture environments")
    func templatesExist() {
        let names = Set(Self.environmentFolders.map { $0.lastPathComponent })
        #expect(names.isSuperset(of: ["production", "staging", "prod", "ecs"]))
    }

    @Test("the template and the CLI files describe the same services", arguments: environmentFolders)
    func sameServices(folder: URL) throws {
        let template = try json(folder.appendingPathComponent(ECSStackTemplate.fileName))
        let resources = try #require(template["Resources"] as? [String: [String: Any]])
        let ecs = folder.appendingPathComponent("ecs")
        let folders = try FileManager.default.contentsOfDirectory(atPath: ecs.path).sorted()
            .filter { !$0.hasSuffix(".json") }
        func holding(_ file: String) -> [String] {
            folders.filter { FileManager.default.fileExists(atPath: ecs.appendingPathComponent("\($0)/\(file)").path) }
        }
        // Services (service.json), scheduled jobs (schedule.json) and jobs before a rollout (run-task.json).
        let (serviceFolders, scheduleFolders, runTaskFolders) = (holding("service.json"), holding("schedule.json"), holding("run-task.json"))
        #expect(serviceFolders.count + scheduleFolders.count + runTaskFolders.count == folders.count)
        let count = { (type: String) in resources.values.filter { $0["Type"] as? String == type }.count }
        #expect(count("AWS::ECS::Service") == serviceFolders.count)
        #expect(count("AWS::ECS::TaskDefinition") == serviceFolders.count + scheduleFolders.count)
        #expect(count("AWS::Scheduler::Schedule") == scheduleFolders.count)
        for name in serviceFolders {
            let files = ecs.appendingPathComponent(name)
            try compare(files: files, resources: resources, service: name)
        }
        for name in scheduleFolders {
            try compareSchedule(files: ecs.appendingPathComponent(name), resources: resources, job: name)
        }
        for name in runTaskFolders {
            // Run before the service's update, by the deployer: nothing of it is in the template.
            let base = ECSLogicalID.base(name)
            #expect(!resources.keys.contains { $0.hasPrefix(base) && !base.isEmpty }, "\(name) has resources in the template")
        }
    }

    /// A scheduled job: its task definition and secrets policy as a service's, and the schedule as schedule.json
    /// but for the task definition, which is the template's.
    private func compareSchedule(files: URL, resources: [String: [String: Any]], job name: String) throws {
        let taskID = try compareTaskDefinition(files: files, resources: resources, name: name)
        try comparePolicy(files: files, resources: resources, name: name)
        let schedule = try json(files.appendingPathComponent("schedule.json"))
        let resource = try #require(resources[ECSLogicalID.base(name) + "Schedule"])
        var properties = try #require(resource["Properties"] as? [String: Any])
        var target = try #require(properties["Target"] as? [String: Any])
        var ecsParameters = try #require(target["EcsParameters"] as? [String: Any])
        #expect(member(ecsParameters, "TaskDefinitionArn", "Ref") as? String == taskID)
        // CloudFormation names the nested ECS members in PascalCase.
        ecsParameters["TaskDefinitionArn"] = nil
        var expectedParameters = try #require(member(schedule, "Target", "EcsParameters") as? [String: Any])
        expectedParameters["TaskDefinitionArn"] = nil
        #expect(try canonical(apiFields(ecsParameters)) == canonical(apiFields(expectedParameters)))
        target["EcsParameters"] = nil
        properties["Target"] = target
        var expected = schedule
        var expectedTarget = try #require(expected["Target"] as? [String: Any])
        expectedTarget["EcsParameters"] = nil
        expected["Target"] = expectedTarget
        #expect(try canonical(properties) == canonical(expected), "\(files.path): the template's schedule differs from schedule.json")
    }

    /// The task definition in the template equals task-definition.json, every field; its logical ID.
    private func compareTaskDefinition(files: URL, resources: [String: [String: Any]], name: String) throws -> String {
        let task = try json(files.appendingPathComponent("task-definition.json"))
        // Task definition: every field, images, sizes, containers and tags included.
        let (taskID, taskResource) = try #require(resources.first {
            $0.value["Type"] as? String == "AWS::ECS::TaskDefinition" && member($0.value, "Properties", "Family") as? String == task["family"] as? String
        }, "\(name): no task definition for family \(task["family"] ?? "")")
        #expect(try canonical(apiFields(taskResource["Properties"])) == canonical(task),
                "\(files.path): the template's task definition differs from task-definition.json")
        #expect(taskID == ECSLogicalID.taskDefinition(name))
        return taskID
    }

    /// The execution role's policy, in the template exactly when iam-policy.json exists.
    private func comparePolicy(files: URL, resources: [String: [String: Any]], name: String) throws {
        let task = try json(files.appendingPathComponent("task-definition.json"))
        let policyFile = files.appendingPathComponent("iam-policy.json")
        let policy = resources[ECSLogicalID.secretsPolicy(name)]
        if FileManager.default.fileExists(atPath: policyFile.path) {
            let document = try json(policyFile)
            let resource = try #require(policy)
            #expect(try canonical(member(resource, "Properties", "PolicyDocument")) == canonical(document))
            let role = member(task, "executionRoleArn") as? String ?? ""
            #expect(role.hasSuffix("/" + (member(resource, "Properties", "RoleName") as? String ?? "?")))
        } else {
            #expect(policy == nil)
        }
    }

    private func compare(files: URL, resources: [String: [String: Any]], service name: String) throws {
        let service = try json(files.appendingPathComponent("service.json"))
        let taskID = try compareTaskDefinition(files: files, resources: resources, name: name)
        // Service: the same, on the template's task definition; the count is the scalable target's when autoscaled.
        let (serviceID, serviceResource) = try #require(resources.first {
            $0.value["Type"] as? String == "AWS::ECS::Service" && member($0.value, "Properties", "ServiceName") as? String == service["serviceName"] as? String
        })
        #expect(serviceID == ECSLogicalID.service(name) && taskID == ECSLogicalID.taskDefinition(name))
        var properties = try #require(serviceResource["Properties"] as? [String: Any])
        #expect(member(properties, "TaskDefinition", "Ref") as? String == taskID)
        properties["TaskDefinition"] = nil
        if var deployment = properties["DeploymentConfiguration"] as? [String: Any] {
            deployment["Alarms"] = nil  // alarms exist only in the template
            properties["DeploymentConfiguration"] = deployment
        }
        var expected = service
        expected["taskDefinition"] = nil
        let targetFile = files.appendingPathComponent("scalable-target.json")
        if FileManager.default.fileExists(atPath: targetFile.path) {
            let target = try json(targetFile)
            #expect(properties["DesiredCount"] == nil)
            #expect(target["MinCapacity"] as? Int == service["desiredCount"] as? Int)
            expected["desiredCount"] = nil
            try compareScaling(files: files, target: target, resources: resources, serviceID: serviceID)
        } else {
            #expect(!resources.values.contains { member($0, "Properties", "ResourceId") != nil && "\($0)".contains(serviceID) })
        }
        #expect(try canonical(apiFields(properties)) == canonical(expected),
                "\(files.path): the template's service differs from service.json")
        try comparePolicy(files: files, resources: resources, name: name)
    }

    private func compareScaling(files: URL, target: [String: Any], resources: [String: [String: Any]], serviceID: String) throws {
        let targetID = try #require(resources.first {
            $0.value["Type"] as? String == "AWS::ApplicationAutoScaling::ScalableTarget" && "\(member($0.value, "Properties", "ResourceId") ?? "")".contains(serviceID)
        }).key
        let properties = try #require(resources[targetID]?["Properties"] as? [String: Any])
        for key in ["MinCapacity", "MaxCapacity", "ServiceNamespace", "ScalableDimension"] {
            #expect(try canonical([properties[key]]) == canonical([target[key]]), "\(key)")
        }
        let cluster = (target["ResourceId"] as? String ?? "").split(separator: "/").dropFirst().first.map(String.init)
        #expect((member(properties, "ResourceId", "Fn::Join") as? [Any])?.last.map { "\($0)" }?.contains(cluster ?? "?") == true)
        let policyFiles = try FileManager.default.contentsOfDirectory(atPath: files.path).filter { $0.hasPrefix("scaling-policy-") }
        let templatePolicies = resources.values.filter {
            $0["Type"] as? String == "AWS::ApplicationAutoScaling::ScalingPolicy" && member($0, "Properties", "ScalingTargetId", "Ref") as? String == targetID
        }
        #expect(templatePolicies.count == policyFiles.count && !policyFiles.isEmpty)
        for file in policyFiles {
            let policy = try json(files.appendingPathComponent(file))
            let resource = try #require(templatePolicies.first { member($0, "Properties", "PolicyName") as? String == policy["PolicyName"] as? String })
            let configuration = member(resource, "Properties", "TargetTrackingScalingPolicyConfiguration") as? [String: Any] ?? [:]
            #expect(try canonical(configuration) == canonical(policy["TargetTrackingScalingPolicyConfiguration"]))
            #expect(member(resource, "Properties", "PolicyType") as? String == policy["PolicyType"] as? String)
        }
    }

    // MARK: - reading back

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any], "\(url.path)")
    }

    /// Sorted-key JSON text, so documents compare whatever types the reader chose for their numbers and booleans.
    private func canonical(_ value: Any?) throws -> String {
        guard let value else { return "null" }
        return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
    }

    private func member(_ value: Any?, _ keys: String...) -> Any? {
        keys.reduce(value) { ($0 as? [String: Any])?[$1] }
    }

    /// CloudFormation property names back to the ECS API's (`ContainerDefinitions` → `containerDefinitions`);
    /// the awslogs options and docker labels are data.
    private func apiFields(_ value: Any?) -> Any? {
        if let object = value as? [String: Any] {
            return Dictionary(uniqueKeysWithValues: object.map { key, member -> (String, Any) in
                let name = key.hasPrefix("ECS") ? key : key.prefix(1).lowercased() + key.dropFirst()
                return (name, ["options", "dockerLabels"].contains(name) ? member : apiFields(member) as Any)
            })
        }
        if let array = value as? [Any] { return array.map { apiFields($0) as Any } }
        return value
    }
}
