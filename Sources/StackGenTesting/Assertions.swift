import Foundation
import StackGen
import Testing

/// Fails the current test unless the app renders, for every environment file in `environmentsFolder`, exactly the
/// files in `goldenFolder/<env>/` (for example the repository's committed `Manifests/`), with a unified diff of
/// each file that differs. Run with `STACKGEN_RECORD=1` to write the rendered files there instead (the test then
/// fails with "recorded new baseline", so a recording is always reviewed); a golden folder that does not exist is
/// recorded the same way.
///
/// ```swift
/// @Test func manifests() throws {
///     let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
///     try assertGoldenTree(app: myApp, environmentsFolder: root.appendingPathComponent("Environments"),
///                          goldenFolder: root.appendingPathComponent("Manifests"))
/// }
/// ```
/// - Parameters:
///   - app: The stacks to render.
///   - environmentsFolder: The folder of `<env>.yaml` files.
///   - goldenFolder: The folder holding one rendered folder per environment.
///   - fix: What to do next, the failure's last line; by default how to re-record.
///   - sourceLocation: Where a failure is reported (the caller).
public func assertGoldenTree(
    app: App, environmentsFolder: URL, goldenFolder: URL, fix: String = GoldenTree.recordHint,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    if let failure = try GoldenTree.failure(
        app: app, environmentsFolder: environmentsFolder, goldenFolder: goldenFolder, fix: fix)
    {
        Issue.record("\(failure)", sourceLocation: sourceLocation)
    }
}

/// Fails the current test unless the folder `rendered` holds exactly the files of `golden`; records `rendered` as
/// the new golden tree with `STACKGEN_RECORD=1` or when `golden` does not exist (and fails, saying so).
/// - Parameters:
///   - rendered: A folder of rendered output.
///   - golden: The committed golden folder.
///   - fix: What to do next, the failure's last line.
///   - sourceLocation: Where a failure is reported (the caller).
public func assertMatchesGoldenTree(
    rendered: URL, golden: URL, fix: String = GoldenTree.recordHint,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    if let failure = try GoldenTree.failure(rendered: rendered, golden: golden, fix: fix) {
        Issue.record("\(failure)", sourceLocation: sourceLocation)
    }
}

/// Fails the current test unless `service` runs the same image in every container on Kubernetes and on ECS, in
/// every environment of `environmentsFolder` that renders both platforms (and in at least one).
/// - Parameters:
///   - service: The service's name.
///   - app: The stacks to render.
///   - environmentsFolder: The folder of `<env>.yaml` files.
///   - sourceLocation: Where a failure is reported (the caller).
public func assertSameImageOnBothPlatforms(
    service: String, app: App, environmentsFolder: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    for finding in try PlatformParity.imageDifferences(service: service, app: app, environmentsFolder: environmentsFolder) {
        Issue.record("\(finding)", sourceLocation: sourceLocation)
    }
}
