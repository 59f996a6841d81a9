/// An amount of CPU in millicores, the one unit CPU has from a size to every container (1000 = one vCPU).
/// Only the ECS translator converts it, to ECS CPU units (1024 per vCPU).
public struct CPU: Sendable, Hashable, Comparable {
    /// Thousandths of a vCPU.
    public let millicores: Int

    /// `millicores` thousandths of a vCPU: `.cpu(millicores: 250)` is a quarter vCPU.
    public static func cpu(millicores: Int) -> CPU { CPU(millicores: millicores) }

    /// Whether `lhs` is less CPU than `rhs`.
    /// - Parameters:
    ///   - lhs: One amount.
    ///   - rhs: The other.
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

    /// Whether `lhs` is less memory than `rhs`.
    /// - Parameters:
    ///   - lhs: One amount.
    ///   - rhs: The other.
    public static func < (lhs: Memory, rhs: Memory) -> Bool { lhs.mebibytes < rhs.mebibytes }
}

/// CPU and memory a container (or a whole task or pod) is given.
public struct Resources: Sendable, Hashable {
    /// The CPU, in millicores.
    public var cpu: CPU
    /// The memory, in MiB.
    public var memory: Memory

    /// - Parameters:
    ///   - cpu: The CPU.
    ///   - memory: The memory.
    public init(cpu: CPU, memory: Memory) {
        self.cpu = cpu
        self.memory = memory
    }
}
