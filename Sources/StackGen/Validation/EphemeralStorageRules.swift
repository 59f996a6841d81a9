/// Fargate ephemeral storage: every task gets 20 GiB free; a service may ask for 21–200 GiB.
enum EphemeralStorageRules {
    static let allowed = 21...200

    static func check(_ service: ResolvedService) -> [Diagnostic] {
        guard let size = service.service.ephemeralStorageGiB, !allowed.contains(size) else { return [] }
        let fix = size <= 20
            ? "leave `ephemeralStorageGiB` out: every Fargate task already gets 20 GiB"
            : "use at most 200 GiB (Fargate's limit), or keep large data in S3 or EFS"
        return [service.error("`ephemeralStorageGiB` is \(size), outside Fargate's 21…200 GiB", fix: fix)]
    }
}
