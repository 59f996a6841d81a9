/// The services' secret references as Kubernetes Secrets: what the External Secrets translator renders and the
/// secret-store rules check.
enum SecretGroups {
    /// Every distinct reference of the services' containers, grouped by the Kubernetes Secret it lands in, sorted by
    /// Secret name and then key.
    static func bySecretName(_ services: [ResolvedService]) -> [(String, [SecretReference])] {
        var groups: [String: Set<SecretReference>] = [:]
        for service in services {
            for container in service.service.allContainers {
                for reference in container.secrets.values {
                    var plain = reference
                    plain.isShared = false
                    groups[reference.kubernetesSecretName, default: []].insert(plain)
                }
            }
        }
        return groups.sorted { $0.key < $1.key }.map { name, references in
            (name, references.sorted { ($0.key, $0.name) < ($1.key, $1.name) })
        }
    }
}
