import Foundation

/// The folder `synth` writes into, found before anything is written: a symbolic link to a folder is followed, and
/// anything else that is not a folder is refused.
enum OutputFolder {
    /// The output folder with every link resolved; created when missing and `creating`, else nil when missing.
    static func resolve(_ workspace: Workspace, creating: Bool) throws(DiagnosticsError) -> URL? {
        let output = workspace.output
        let shown = workspace.displayPath(output)
        switch FileEntry(output).kind {
        case .missing:
            guard creating else { return nil }
            do {
                try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            } catch {
                throw failure(workspace, error, written: [])
            }
        case .file, .other:
            throw DiagnosticsError([.error(
                "\(shown) exists and is not a folder; stackgen writes only into a folder and never replaces a file",
                fix: "give --out a folder or a path that does not exist yet, or move \(shown) away")])
        case .symbolicLink, .directory:
            break
        }
        guard let real = FileEntry.resolvedFolder(output) else {
            throw DiagnosticsError([.error(
                "\(shown) is a symbolic link to something that is not a folder (or to nothing)",
                fix: "point the link at a folder, or give --out a folder")])
        }
        return real
    }

    /// The error for a write that failed on the way (permissions, space), naming the environments already written.
    static func failure(_ workspace: Workspace, _ error: Error, written: [String]) -> DiagnosticsError {
        let state = written.isEmpty ? "it was left as it was"
            : "\(written.joined(separator: ", ")) were written; every other environment was left as it was"
        return DiagnosticsError([.error(
            "cannot write \(workspace.displayPath(workspace.output)): \(describe(error, in: workspace)); \(state)",
            fix: "check the folder's permissions and free space, then run the command again")])
    }

    /// A short reason: the file and the system's words.
    private static func describe(_ error: Error, in workspace: Workspace) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error, let path = nsError.userInfo[NSFilePathErrorKey] as? String {
            return "\(workspace.displayPath(URL(fileURLWithPath: path))): \(underlying.localizedDescription)"
        }
        return Diagnostic.escaped(error.localizedDescription)
    }
}
