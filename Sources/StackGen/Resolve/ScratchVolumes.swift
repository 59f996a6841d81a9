/// The empty, writable volumes a service's containers get for their `writablePaths`, since the root
/// filesystem is read-only. Kubernetes mounts `emptyDir` volumes; ECS mounts task-scoped bind volumes.
public struct ScratchVolume: Sendable, Hashable {
    /// `<container>-<path>`, such as `api-tmp`: unique within the pod or task.
    public let name: String
    public let container: String
    public let path: String
}

enum ScratchVolumes {
    static func of(_ service: Service) -> [ScratchVolume] {
        service.allContainers.flatMap { container in
            container.writablePaths.map { path in
                ScratchVolume(name: "\(container.name)-\(slug(path))", container: container.name, path: path)
            }
        }
    }

    /// The volumes `container` mounts.
    static func of(_ service: Service, container: Container) -> [ScratchVolume] {
        of(service).filter { $0.container == container.name }
    }

    /// `/var/cache/nginx` → `var-cache-nginx`.
    private static func slug(_ path: String) -> String {
        let words = path.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "root" : words.joined(separator: "-")
    }
}
