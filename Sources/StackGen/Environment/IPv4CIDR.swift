/// An IPv4 CIDR block such as `10.0.0.0/16`, as NetworkPolicy `ipBlock`s take them.
public struct IPv4CIDR: Sendable, Hashable, CustomStringConvertible {
    /// The network address as a 32-bit number.
    public let address: UInt32
    public let prefixLength: Int

    /// Parses `a.b.c.d/n`; `nil` when the text is not one, or has host bits set (Kubernetes would accept
    /// `10.0.0.1/16` but it usually hides a typo).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let length = Int(parts[1]), (0...32).contains(length), parts[1].allSatisfy(\.isASCIIDigit)
        else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var address: UInt32 = 0
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy(\.isASCIIDigit), let value = UInt32(octet), value <= 255,
                octet.count == 1 || octet.first != "0"
            else { return nil }
            address = address << 8 | value
        }
        guard address & ~Self.mask(length) == 0 else { return nil }
        self.address = address
        self.prefixLength = length
    }

    private static func mask(_ length: Int) -> UInt32 { length == 0 ? 0 : UInt32.max << (32 - length) }

    /// Whether every address of `other` lies in this block.
    public func contains(_ other: IPv4CIDR) -> Bool {
        other.prefixLength >= prefixLength && other.address & Self.mask(prefixLength) == address
    }

    public var description: String {
        let octets = [24, 16, 8, 0].map { String(address >> UInt32($0) & 0xff) }
        return octets.joined(separator: ".") + "/\(prefixLength)"
    }

    /// Every IPv4 address.
    public static let everywhere = IPv4CIDR("0.0.0.0/0")!
    /// The EC2 instance metadata endpoint.
    public static let instanceMetadata = IPv4CIDR(instanceMetadataCIDR)!
}
