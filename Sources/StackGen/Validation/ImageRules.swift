/// Image versions: well-formed, and pinned (a version tag or a digest, never `latest`) in production.
enum ImageRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        switch service.settings.image {
        case .tag(let tag):
            if !isValidTag(tag) {
                findings.append(service.settingsError(
                    "image tag `\(tag)` is not valid",
                    fix: "a tag is up to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`"))
            } else if service.environment.isProduction, tag.lowercased() == "latest" {
                findings.append(service.settingsError(
                    "production runs `latest`, which moves under you", fix: "pin a version tag or a digest"))
            }
        case .digest(let digest):
            if !isValidDigest(digest) {
                findings.append(service.settingsError(
                    "image digest `\(digest)` is not valid", fix: "use `sha256:` followed by 64 lowercase hex digits"))
            }
        }
        return findings
    }

    static func isValidTag(_ tag: String) -> Bool {
        guard let first = tag.first, tag.count <= 128, first != ".", first != "-" else { return false }
        return tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
    }

    static func isValidDigest(_ digest: String) -> Bool {
        guard digest.hasPrefix("sha256:") else { return false }
        let hex = digest.dropFirst("sha256:".count)
        return hex.count == 64 && hex.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
