/// An amount of CPU, stored in millicores (1000 = one vCPU = 1024 ECS CPU units).
public struct CPU: Sendable, Hashable, Comparable {
    /// Thousandths of a vCPU.
    public let millicores: Int

    /// `millicores` thousandths of a vCPU: `.cpu(millicores: 250)` is a quarter vCPU.
    public static func cpu(millicores: Int) -> CPU { CPU(millicores: millicores) }

    /// ECS CPU units (1024 per vCPU), rounded to the nearest millicore.
    public static func ecsUnits(_ units: Int) -> CPU { CPU(millicores: (units * 1000 + 512) / 1024) }

    /// The amount in ECS CPU units (1024 per vCPU), rounded to the nearest unit.
    public var ecsUnits: Int { (millicores * 1024 + 500) / 1000 }

    /// The Kubernetes quantity: `250m`, or `2` for whole cores.
    public var kubernetesQuantity: String {
        millicores % 1000 == 0 ? String(millicores / 1000) : "\(millicores)m"
    }

    public static func < (lhs: CPU, rhs: CPU) -> Bool { lhs.millicores < rhs.millicores }
}

/// An amount of memory, stored in MiB.
public struct Memory: Sendable, Hashable, Comparable {
    /// Mebibytes (2^20 bytes).
    public let mebibytes: Int

    /// `.mebibytes(512)`.
    public static func mebibytes(_ value: Int) -> Memory { Memory(mebibytes: value) }

    /// `.gibibytes(2)` is 2048 MiB.
    public static func gibibytes(_ value: Int) -> Memory { Memory(mebibytes: value * 1024) }

    /// The Kubernetes quantity: `512Mi`, or `2Gi` for whole GiB.
    public var kubernetesQuantity: String {
        mebibytes % 1024 == 0 ? "\(mebibytes / 1024)Gi" : "\(mebibytes)Mi"
    }

    public static func < (lhs: Memory, rhs: Memory) -> Bool { lhs.mebibytes < rhs.mebibytes }
}

/// CPU and memory a container (or a whole task or pod) is given.
public struct Resources: Sendable, Hashable {
    public var cpu: CPU
    public var memory: Memory

    public init(cpu: CPU, memory: Memory) {
        self.cpu = cpu
        self.memory = memory
    }
}
