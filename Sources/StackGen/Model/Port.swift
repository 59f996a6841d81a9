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
    /// The port number the container listens on.
    public var number: Int
    /// TCP or UDP.
    public var transport: TransportProtocol

    /// A named port.
    /// - Parameters:
    ///   - name: An IANA service name, used by probes and Services.
    ///   - number: The port number.
    ///   - transport: TCP (the default) or UDP.
    public init(_ name: String, _ number: Int, transport: TransportProtocol = .tcp) {
        self.name = name
        self.number = number
        self.transport = transport
    }

    /// A TCP port named `http`.
    public static func http(_ number: Int) -> Port { Port("http", number) }
}
