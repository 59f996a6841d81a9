import Dispatch

/// Frees a large value on another core: the CloudFormation template of 1,000 services is tens of thousands of
/// nodes, and freeing them on the thread that goes on to compare and write the files would hold that thread up.
enum BackgroundRelease {
    /// Takes the last reference to `value` (if the caller keeps none) and drops it on a background queue.
    static func release(_ value: consuming Value) {
        DispatchQueue.global(qos: .utility).async { [value] in _ = value }
    }
}
