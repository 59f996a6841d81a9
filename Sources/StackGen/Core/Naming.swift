/// Kubernetes naming rules, shared by every check that names something.
public enum Naming {
    /// Why `name` is not a DNS-1123 label (lowercase alphanumerics and `-`, starting and ending alphanumeric,
    /// at most `maximumLength` characters), or `nil` when it is.
    public static func dnsLabelProblem(_ name: String, maximumLength: Int = 63) -> String? {
        if name.isEmpty { return "is empty" }
        if name.count > maximumLength { return "is \(name.count) characters long, more than \(maximumLength)" }
        let allowed = name.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
        if !allowed { return "may hold only lowercase letters, digits and `-`" }
        if name.first == "-" || name.last == "-" { return "must start and end with a letter or digit" }
        return nil
    }

    /// Why `value` is not a valid Kubernetes label value (at most 63 characters of alphanumerics, `-`, `_`, `.`,
    /// starting and ending alphanumeric; empty is allowed), or `nil` when it is.
    public static func labelValueProblem(_ value: String) -> String? {
        if value.isEmpty { return nil }
        if value.count > 63 { return "is \(value.count) characters long, more than 63" }
        let allowed = value.unicodeScalars.allSatisfy { isAlphanumeric($0) || "-_.".unicodeScalars.contains($0) }
        if !allowed { return "may hold only letters, digits, `-`, `_` and `.`" }
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            isAlphanumeric(first), isAlphanumeric(last)
        else { return "must start and end with a letter or digit" }
        return nil
    }

    /// Why `key` is not a valid Kubernetes label key (`[prefix/]name`), or `nil` when it is.
    public static func labelKeyProblem(_ key: String) -> String? {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return "may contain at most one `/`" }
        let name = String(parts.last!)
        if name.isEmpty { return "has an empty name part" }
        if let problem = labelValueProblem(name) { return "name part \(problem)" }
        if parts.count == 2 {
            let prefix = String(parts[0])
            if prefix.count > 253 { return "prefix is longer than 253 characters" }
            let labels = prefix.split(separator: ".", omittingEmptySubsequences: false)
            if labels.contains(where: { dnsLabelProblem(String($0)) != nil }) {
                return "prefix must be a DNS subdomain such as `example.com`"
            }
        }
        return nil
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLowerAlphanumeric(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Why `name` is not a DNS-1123 subdomain (what Kubernetes Secret names must be), or `nil`.
    static func subdomainProblem(_ name: String) -> String? {
        if name.count > 253 { return "is longer than 253 characters" }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        return labels.lazy.compactMap { Naming.dnsLabelProblem(String($0)) }.first
    }
}
