/// Shapes of the AWS identifiers an environment file names, checked before anything reaches AWS.
package enum AWSIdentifiers {
    /// `us-east-1`, `eu-central-2`, `us-gov-west-1`, `ap-southeast-4`.
    package static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (3...4).contains(parts.count), let number = parts.last, Int(number) != nil else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    /// `subnet-0a1b2c3d` or `sg-0a1b2c3d4e5f60001`: a prefix and 8 or 17 lowercase hex digits.
    package static func isResourceID(_ text: String, prefix: String) -> Bool {
        guard text.hasPrefix(prefix + "-") else { return false }
        let hex = text.dropFirst(prefix.count + 1)
        return (hex.count == 8 || hex.count == 17) && hex.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// `arn:aws:iam::<account>:role/<path/name>`.
    package static func isRoleARN(_ text: String, account: String) -> Bool {
        let prefix = "arn:aws:iam::\(account):role/"
        guard text.hasPrefix(prefix), text.count <= 2048 else { return false }
        let name = text.dropFirst(prefix.count)
        return !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-/".contains($0)) }
    }

    /// `arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<16 hex>`.
    package static func isTargetGroupARN(_ text: String, region: String, account: String) -> Bool {
        let prefix = "arn:aws:elasticloadbalancing:\(region):\(account):targetgroup/"
        guard text.hasPrefix(prefix) else { return false }
        let parts = text.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...32).contains(parts[0].count), parts[1].count == 16 else { return false }
        return parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            && parts[1].allSatisfy(\.isHexDigit)
    }

    /// ECS cluster names: up to 255 letters, digits, `-` and `_`.
    package static func isClusterName(_ text: String) -> Bool {
        (1...255).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }
    }

    /// CloudWatch Logs group names: up to 512 letters, digits and `._-/#`.
    package static func isLogGroup(_ text: String) -> Bool {
        (1...512).contains(text.count) && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-/#".contains($0)) }
    }
}
