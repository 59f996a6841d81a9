/// CPU on ECS, in ECS CPU units (1024 per vCPU). The task has its size's units; a sidecar its millicores rounded to
/// the nearest unit; the main container what the sidecars leave of the task. Converting only here, once per sidecar,
/// keeps the containers' units adding up to the task's (ECS refuses a task whose containers ask for more).
enum ECSCPUUnits {
    /// `cpu` in ECS CPU units, rounded to the nearest unit.
    static func units(_ cpu: CPU) -> Int { (cpu.millicores * 1024 + 500) / 1000 }

    /// The units `container` of `service` gets on ECS.
    static func units(of container: Container, in service: ResolvedService) -> Int {
        if let resources = container.resources { return units(resources.cpu) }
        return service.size.cpuUnits - sidecarUnits(of: service)
    }

    /// The units the sidecars of `service` take together.
    static func sidecarUnits(of service: ResolvedService) -> Int {
        service.service.sidecars.compactMap(\.resources).map { units($0.cpu) }.reduce(0, +)
    }
}
