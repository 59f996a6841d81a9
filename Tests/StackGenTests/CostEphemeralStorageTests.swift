import Testing

@testable import StackGen
@testable import StackGenCost

/// A service's Fargate ephemeral storage: rendered into the task definition, checked against Fargate's
/// 21–200 GiB, and charged above the free 20 GB (see `CostFargateTests`).
@Suite("Cost: ephemeral storage")
struct CostEphemeralStorageTests {
    @Test("the task definition asks for the storage when the service declares it")
    func rendered() throws {
        let service = try TestSupport.resolved(CostTest.service("api", ephemeralStorageGiB: 50))
        let settings = try #require(service.environment.ecs)
        let task = try #require(TaskDefinitionTranslator.translate(service, settings: settings)).value
        #expect(task["ephemeralStorage"] == ["sizeInGiB": 50])
        let plain = try TestSupport.resolved(CostTest.service("api"))
        #expect(try #require(TaskDefinitionTranslator.translate(plain, settings: settings)).value["ephemeralStorage"] == nil)
    }

    @Test("a size outside 21…200 GiB is an error with a fix", arguments: [(20, "leave `ephemeralStorageGiB` out"), (201, "use at most 200 GiB")])
    func outOfRange(_ size: Int, _ fix: String) throws {
        let service = try TestSupport.resolved(CostTest.service("api", ephemeralStorageGiB: size))
        let findings = EphemeralStorageRules.check(service).map(\.description)
        #expect(findings.count == 1)
        #expect(findings.first?.contains("error: [test/api] `ephemeralStorageGiB` is \(size), outside Fargate's 21…200 GiB; \(fix)") == true)
        #expect(EphemeralStorageRules.check(try TestSupport.resolved(CostTest.service("api", ephemeralStorageGiB: 200))).isEmpty)
    }
}
