/// A `ServiceAccount` (v1) per service, so no pod runs as the namespace's `default` account. It carries the
/// IRSA annotation `eks.amazonaws.com/role-arn` when the environment gives the service a role, and mounts no API
/// token unless the service needs the Kubernetes API. (The EKS pod identity webhook projects the AWS token
/// whatever `automountServiceAccountToken` says.)
package enum ServiceAccountTranslator: KubernetesTranslator {
    package static func translate(_ service: ResolvedService) -> [KubernetesObject] {
        var metadata = service.kubernetesMetadata
        if let role = service.roleArn(on: .kubernetes), case .object(var members) = metadata {
            members["annotations"] = ["eks.amazonaws.com/role-arn": .string(role)]
            metadata = .object(members)
        }
        return [KubernetesObject(
            apiVersion: "v1", kind: "ServiceAccount", metadata: metadata,
            body: ["automountServiceAccountToken": .bool(service.service.needsKubernetesAPI)])]
    }
}
