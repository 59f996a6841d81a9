/// A named port a container listens on.
public struct Port: Sendable, Hashable {
    /// Transport protocol.
    public enum TransportProtocol: String, Sendable, Hashable {
        case tcp, udp

        /// How Kubernetes spells it: `TCP`, `UDP` (ECS uses the raw value, `tcp`).
        public var kubernetesName: String { rawValue.uppercased() }
    }

    /// The port's name (an IANA service name: lowercase, at most 15 characters), used by probes and Services.
    public var name: String
    public var number: Int
    public var transport: TransportProtocol

    public init(_ name: String, _ number: Int, transport: TransportProtocol = .tcp) {
        self.name = name
        self.number = number
        self.transport = transport
    }

    /// A TCP port named `http`.
    public static func http(_ number: Int) -> Port { Port("http", number) }
}
