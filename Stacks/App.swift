import StackGen

/// Every stack this repository renders. `stackgen` (Sources/stackgen/main.swift) runs the CLI on it.
public let repositoryApp = App(stacks: [GitHubDashboard.stack])
