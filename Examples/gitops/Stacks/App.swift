import StackGen

/// Every stack this repository renders: `swift run stackgen synth --all` and the tests use it.
public let app = App(stacks: [Trading.stack])
