/// What an autoscaler aims for when an environment gives a service a replica range.
///
/// The environment decides how many replicas run (`replicas: 2` or `replicas: {min: 3, max: 12}`); the service
/// decides what load it should scale on.
public struct ScalingTargets: Sendable, Hashable {
    /// Average CPU utilisation to hold, percent of requests (1–100).
    public var cpuPercent: Int?
    /// Average memory utilisation to hold, percent of requests (1–100).
    public var memoryPercent: Int?

    /// Autoscaling targets; at least one must be given.
    /// - Parameters:
    ///   - cpuPercent: Average CPU utilisation to keep, percent of the request.
    ///   - memoryPercent: Average memory utilisation to keep, percent of the request.
    public init(cpuPercent: Int? = 70, memoryPercent: Int? = nil) {
        self.cpuPercent = cpuPercent
        self.memoryPercent = memoryPercent
    }

    /// Scale on CPU and/or memory utilisation.
    public static func utilization(cpu: Int? = nil, memory: Int? = nil) -> ScalingTargets {
        ScalingTargets(cpuPercent: cpu, memoryPercent: memory)
    }

    /// 70 % CPU, the usual target for request-serving services.
    public static let `default` = ScalingTargets()
}

/// How many replicas an environment runs.
public enum Replicas: Sendable, Hashable {
    /// Always this many.
    case fixed(Int)
    /// An autoscaler keeps between `min` and `max`.
    case autoscaled(min: Int, max: Int)

    /// The smallest number that runs.
    public var minimum: Int {
        switch self {
        case .fixed(let count): count
        case .autoscaled(let min, _): min
        }
    }

    /// How many run, for people: `1 task`, `3 pods`, `3–12 replicas` (`noun` is pluralised with `s` unless at
    /// most one runs).
    public func counted(_ noun: String) -> String {
        let count = minimum == maximum ? "\(minimum)" : "\(minimum)–\(maximum)"
        return "\(count) \(noun)\(maximum == 1 ? "" : "s")"
    }

    /// The largest number that runs.
    public var maximum: Int {
        switch self {
        case .fixed(let count): count
        case .autoscaled(_, let max): max
        }
    }
}
