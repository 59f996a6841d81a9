import Foundation

/// How the hints a command prints (`run … synth --all`) name the command the user runs, so that they can be
/// pasted as they are: `swift run stackgen` for the binary `swift run` or `swift build` made, `stackgen` for one
/// found on the `PATH`, or the app's own choice (`StackGenCLI.main(app:commandName:)`).
enum Invocation {
    /// The command that starts this program, from the path it was started as (`arguments[0]`):
    /// - a binary inside a package's `.build/` folder (what `swift run NAME` starts, or the commit hook's
    ///   `swift build`): `swift run NAME`;
    /// - a bare name, found on the `PATH`: that name;
    /// - any other path: that path as given.
    static func command(startedAs path: String) -> String {
        let name = URL(fileURLWithPath: path).lastPathComponent
        if path.hasPrefix(".build/") || path.contains("/.build/") { return "swift run \(name)" }
        return path.isEmpty ? "stackgen" : path
    }
}
