extension CPU {
    /// The Kubernetes quantity: `250m`, or `2` for whole cores.
    package var kubernetesQuantity: String {
        millicores % 1000 == 0 ? String(millicores / 1000) : "\(millicores)m"
    }
}

extension Memory {
    /// The Kubernetes quantity: `512Mi`, or `2Gi` for whole GiB.
    package var kubernetesQuantity: String {
        mebibytes % 1024 == 0 ? "\(mebibytes / 1024)Gi" : "\(mebibytes)Mi"
    }
}
