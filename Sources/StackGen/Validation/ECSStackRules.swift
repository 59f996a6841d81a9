/// Rules for the ECS output that only the whole environment shows: two services whose CloudFormation logical
/// IDs would be the same (`web-app` and `webapp` are fine, `api-2` and `api2` both give `Api2…`).
enum ECSStackRules {
    static func check(_ environment: Environment, _ services: [ResolvedService]) -> [Diagnostic] {
        guard environment.renders(.ecs) else { return [] }
        let ecsServices = services.filter { $0.service.platforms.contains(.ecs) }
        let byID = Dictionary(grouping: ecsServices) { ECSLogicalID.base($0.name) }
        return byID.keys.sorted().flatMap { id -> [Diagnostic] in
            let clashing = byID[id] ?? []
            guard clashing.count > 1 else { return [] }
            let names = clashing.map { "`\($0.name)`" }.joined(separator: " and ")
            return clashing.dropFirst().map {
                $0.error(
                    "services \(names) get the same CloudFormation logical IDs (\(id)Service, \(id)TaskDefinition, …) "
                        + "in \(ECSStackTemplate.fileName)",
                    fix: "rename one so the names differ in more than dashes, for example `\($0.name)-worker`")
            }
        }
    }
}

/// Writable scratch paths for a non-root user on Fargate.
///
/// Kubernetes mounts an `emptyDir` (mode 0777) at each of a service's `writablePaths`. Fargate (platform 1.4)
/// offers no equivalent a task definition can ask for: `linuxParameters.tmpfs` is not supported on Fargate
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html, "The devices,
/// sharedMemorySize, and tmpfs parameters are not supported"), and Docker volumes are not available. A bind mount
/// (a task volume without `host`) is what remains, and it is created owned by root with mode 0755
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html), so a non-root user cannot write
/// to it, unless the image declares `VOLUME` at the same path: ECS then copies the image's directory, with its
/// contents, owner and mode, into the volume (same page, "To expose a path and its contents from a Dockerfile").
/// `/tmp` is mode 1777 in the usual base images, so `VOLUME /tmp` is enough; another path must be made writable
/// for the user (`chown`) before its `VOLUME` line. stackgen cannot see the image, so it warns until the
/// environment states `ecs.imagesDeclareVolumes: true`.
enum ScratchVolumeRules {
    static func check(_ service: ResolvedService) -> [Diagnostic] {
        guard let ecs = service.environment.ecs, service.environment.renders(.ecs),
            service.service.platforms.contains(.ecs), !ecs.imagesDeclareVolumes
        else { return [] }
        let paths = service.service.allContainers.flatMap { container in container.writablePaths.map { "\(container.name):\($0)" } }
        guard !paths.isEmpty else { return [] }
        let user = service.service.security.runAsUser.map { "user \($0)" } ?? "a non-root user"
        return [service.warning(
            "on Fargate the scratch volumes \(paths.joined(separator: ", ")) are bind mounts owned by root (mode 0755): "
                + "\(user) cannot write to them unless the image declares `VOLUME` at each path (Fargate does not "
                + "support tmpfs mounts)",
            fix: "add `VOLUME [\"/tmp\"]` (each writable path, made writable for the user first) to each image's "
                + "Dockerfile, then set `imagesDeclareVolumes: true` under `ecs:` in \(service.environment.file)")]
    }
}
