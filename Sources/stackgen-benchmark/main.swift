// A stackgen command line over a generated app of many services, for measuring speed at scale.
//
//   stackgen-benchmark prepare <root> <services>   writes <root>/Environments/bench.yaml for that many services
//   stackgen-benchmark <command> … --root <root>   runs a stackgen command on the generated app
//
// The number of services comes from STACKGEN_BENCHMARK_SERVICES (default 1000). scripts/benchmark drives it.
import Foundation
import StackGen
import StackGenCLI

let arguments = Array(CommandLine.arguments.dropFirst())
let count = Int(ProcessInfo.processInfo.environment["STACKGEN_BENCHMARK_SERVICES"] ?? "") ?? 1000

if arguments.first == "prepare", arguments.count == 3, let services = Int(arguments[2]) {
    let environments = URL(fileURLWithPath: arguments[1]).appendingPathComponent("Environments")
    try FileManager.default.createDirectory(at: environments, withIntermediateDirectories: true)
    try BenchmarkApp.environmentFile(services: services)
        .write(to: environments.appendingPathComponent("bench.yaml"), atomically: true, encoding: .utf8)
    exit(0)
}
StackGenCLI.main(app: BenchmarkApp.app(services: count))
