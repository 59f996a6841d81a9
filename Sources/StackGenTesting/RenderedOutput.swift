import Foundation
import StackGen
import Yams

/// One environment's rendered files read back as plain data (YAML through Yams, JSON through Foundation), the way
/// a cluster or the AWS CLI would see them, for tests that check properties of the output of any app.
package struct RenderedOutput {
    /// Every Kubernetes object the kustomization lists, in its order.
    package let kubernetesObjects: [[String: Any]]
    /// `ecs/<service>/<file>` → the parsed JSON document.
    package let ecsDocuments: [String: [String: Any]]

    /// Reads `files` (paths relative to the environment's folder, as `RenderedEnvironment` has them).
    package init(files: [String: String]) throws {
        var objects: [[String: Any]] = []
        if let kustomization = files["kubernetes/kustomization.yaml"],
            let listed = (try Yams.load(yaml: kustomization) as? [String: Any])?["resources"] as? [String]
        {
            for path in listed {
                guard let text = files["kubernetes/\(path)"] else { throw Missing(path: path) }
                if let object = try Yams.load(yaml: text) as? [String: Any] { objects.append(object) }
            }
        }
        kubernetesObjects = objects
        var documents: [String: [String: Any]] = [:]
        for (path, text) in files where path.hasPrefix("ecs/") && path.hasSuffix(".json") {
            documents[path] = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        }
        ecsDocuments = documents
    }

    /// Reads a folder on disk such as `Manifests/production`.
    package init(directory: URL) throws {
        try self.init(files: FileTree.read(directory).compactMapValues { String(data: $0, encoding: .utf8) })
    }

    package struct Missing: Error, CustomStringConvertible {
        package let path: String
        package var description: String { "the kustomization lists \(path), which was not rendered" }
    }

    /// The objects of `kind`.
    package func objects(_ kind: String) -> [[String: Any]] { kubernetesObjects.filter { $0["kind"] as? String == kind } }

    /// The object of `kind` named `name`.
    package func object(_ kind: String, named name: String) -> [String: Any]? {
        objects(kind).first { ($0["metadata"] as? [String: Any])?["name"] as? String == name }
    }

    /// The ECS services rendered: the folder names under `ecs/`.
    package var ecsServices: [String] {
        Set(ecsDocuments.keys.map { $0.split(separator: "/")[1] }).map(String.init).sorted()
    }
}

/// Small accessors for parsed YAML and JSON.
package func member(_ value: Any?, _ path: String...) -> Any? {
    var current = value
    for key in path {
        if let index = Int(key), let array = current as? [Any] {
            current = array.indices.contains(index) ? array[index] : nil
        } else {
            current = (current as? [String: Any])?[key]
        }
    }
    return current
}

package func objectName(_ object: [String: Any]) -> String { member(object, "metadata", "name") as? String ?? "" }
