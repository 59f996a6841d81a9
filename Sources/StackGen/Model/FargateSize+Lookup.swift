extension FargateSize {
    /// The size with exactly these CPU units and MiB, or `nil` when Fargate has no such pair.
    public init?(cpuUnits: Int, memoryMiB: Int) {
        guard let size = Self.allCases.first(where: { $0.cpuUnits == cpuUnits && $0.memoryMiB == memoryMiB }) else {
            return nil
        }
        self = size
    }

    /// The memory values (MiB) Fargate accepts with `cpuUnits`, empty when the CPU value itself is invalid.
    public static func validMemory(forCPUUnits cpuUnits: Int) -> [Int] {
        allCases.filter { $0.cpuUnits == cpuUnits }.map(\.memoryMiB)
    }

    /// The CPU values (units) Fargate accepts, smallest first.
    public static var validCPUUnits: [Int] {
        var seen: [Int] = []
        for size in allCases where !seen.contains(size.cpuUnits) { seen.append(size.cpuUnits) }
        return seen
    }

    /// The size as a CPU and memory amount. Every Fargate CPU value is a multiple of 256 units (a quarter vCPU),
    /// so the millicores are exact.
    public var resources: Resources {
        Resources(cpu: .cpu(millicores: cpuUnits * 1000 / 1024), memory: .mebibytes(memoryMiB))
    }
}
