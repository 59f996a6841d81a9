/// Image references: well-formed, and pinned (a version tag or a digest, never `latest`) in production.
enum ImageRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let version = service.settings.image
        if let tag = version.tag {
            if !isValidTag(tag) {
                findings.append(service.settingsError(
                    "image tag `\(tag)` is not valid",
                    fix: "a tag is up to 128 letters, digits, `_`, `.` and `-`, not starting with `.` or `-`"))
            } else if service.environment.isProduction, tag.lowercased() == "latest", version.digest == nil {
                findings.append(service.settingsError(
                    "production runs `latest`, which moves under you", fix: "pin a version tag or a digest"))
            }
        }
        if let digest = version.digest, !isValidDigest(digest) {
            findings.append(service.settingsError(
                "image digest `\(digest)` is not valid", fix: "use `sha256:` followed by 64 lowercase hex digits"))
        }
        for container in service.service.allContainers {
            switch container.image {
            case .repository(let repository):
                if !isValidRepository(repository) {
                    findings.append(service.error(
                        "image repository `\(repository)` of `\(container.name)` is not valid",
                        fix: "use a reference such as `ghcr.io/acme/api`, without a tag (the environment gives it)"))
                }
            case .pinned(let reference):
                let kind = service.service.initSteps.contains { $0.name == container.name } ? "init step" : "sidecar"
                findings += pinnedProblems(reference, container: "\(kind) `\(container.name)`", in: service)
            }
        }
        return findings
    }

    /// `container` names it in messages: "sidecar `otel`" or "init step `wait-for-db`".
    private static func pinnedProblems(_ reference: String, container: String, in service: ResolvedService) -> [Diagnostic] {
        let (repository, version) = split(reference)
        let tagValid = version?.tag.map(isValidTag) ?? true
        let digestValid = version?.digest.map(isValidDigest) ?? true
        guard isValidRepository(repository), version != nil, tagValid, digestValid else {
            return [service.error(
                "image `\(reference)` of \(container) is not a pinned reference",
                fix: "use `repository:tag`, `repository@sha256:…` or `repository:tag@sha256:…`")]
        }
        if service.environment.isProduction, version?.tag == "latest", version?.digest == nil {
            return [service.error("\(container) runs `latest` in production", fix: "pin a version tag or a digest")]
        }
        return []
    }

    /// Splits `repo:tag`, `repo@digest` or `repo:tag@digest`; a `:` before the last `/` belongs to a registry port.
    static func split(_ reference: String) -> (repository: String, version: ImageVersion?) {
        var name = Substring(reference)
        var digest: String?
        if let at = reference.firstIndex(of: "@") {
            digest = String(reference[reference.index(after: at)...])
            name = reference[..<at]
        }
        let lastSlash = name.lastIndex(of: "/") ?? name.startIndex
        var tag: String?
        if let colon = name[lastSlash...].lastIndex(of: ":") {
            tag = String(name[name.index(after: colon)...])
            name = name[..<colon]
        }
        switch (tag, digest) {
        case (let tag?, let digest?): return (String(name), .tagAndDigest(tag: tag, digest: digest))
        case (let tag?, nil): return (String(name), .tag(tag))
        case (nil, let digest?): return (String(name), .digest(digest))
        case (nil, nil): return (String(name), nil)
        }
    }

    /// `[registry[:port]/]path` where path components are lowercase alphanumerics joined by `.`, `_`, `__` or `-`.
    static func isValidRepository(_ repository: String) -> Bool {
        var components = repository.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, repository.count <= 255 else { return false }
        if components.count > 1, components[0].contains(".") || components[0].contains(":") || components[0] == "localhost" {
            let host = components.removeFirst()
            let parts = host.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2, let name = parts.first, !name.isEmpty,
                name.utf8.allSatisfy({ isASCIIAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
                parts.count == 1 || (Int(parts[1]).map { (1...65535).contains($0) } ?? false)
            else { return false }
        }
        return components.allSatisfy(isValidPathComponent)
    }

    // The checks below read bytes: every character they accept is ASCII, so a string is valid by its bytes exactly
    // when it is by its characters.

    private static func isValidPathComponent(_ component: String) -> Bool {
        let bytes = component.utf8
        guard let first = bytes.first, let last = bytes.last, isLowercaseOrDigit(first), isLowercaseOrDigit(last)
        else { return false }
        return bytes.allSatisfy {
            isLowercaseOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    static func isValidTag(_ tag: String) -> Bool {
        let bytes = tag.utf8
        guard let first = bytes.first, bytes.count <= 128, first != UInt8(ascii: "."), first != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy {
            isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
    }

    private static func isLowercaseOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        isLowercaseOrDigit(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isValidDigest(_ digest: String) -> Bool {
        guard digest.hasPrefix("sha256:") else { return false }
        let hex = digest.dropFirst("sha256:".count)
        return hex.count == 64 && hex.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
