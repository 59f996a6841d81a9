extension Service {
    /// How messages name one of the service's containers or init steps: "container `api`", "init step `migrate`".
    func label(ofContainer name: String) -> String {
        initSteps.contains { $0.name == name } ? "init step `\(name)`" : "container `\(name)`"
    }
}
