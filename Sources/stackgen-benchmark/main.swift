// A stackgen command line over a generated app of many services, for measuring speed at scale.
//
//   stackgen-benchmark prepare <root> <services> [platforms]
//       writes <root>/Environments/bench.yaml for that many services; platforms is `kubernetes`, `ecs` or
//       `kubernetes,ecs` (the default)
//   stackgen-benchmark <command> … --root <root>   runs a stackgen command on the generated app
//
// The number of services comes from STACKGEN_BENCHMARK_SERVICES (default 1000). scripts/benchmark drives it.
import Foundation
import StackGen
import StackGenCLI

let arguments = Array(CommandLine.arguments.dropFirst())
let count = Int(ProcessInfo.processInfo.environment["STACKGEN_BENCHMARK_SERVICES"] ?? "") ?? 1000

if arguments.first == "prepare", (3...4).contains(arguments.count), let services = Int(arguments[2]) {
    let platforms = arguments.count == 4 ? arguments[3].split(separator: ",").map(String.init) : ["kubernetes", "ecs"]
    let environments = URL(fileURLWithPath: arguments[1]).appendingPathComponent("Environments")
    try FileManager.default.createDirectory(at: environments, withIntermediateDirectories: true)
    try BenchmarkApp.environmentFile(services: services, platforms: platforms)
        .write(to: environments.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
    exit(0)
}
StackGenCLI.main(app: BenchmarkApp.app(services: count))
