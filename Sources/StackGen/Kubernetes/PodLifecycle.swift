/// How a service's pods stop and where they are placed: the `preStop` delay and grace period of a pod behind
/// the load balancer, and the zone spread of a multi-zone environment.
///
/// The delay is Kubernetes' own `preStop.sleep` action, which needs no `sleep` binary in the image (restricted
/// images often have none). It is beta and on by default from Kubernetes 1.30; on 1.29 the API accepts it but
/// drops it unless the `PodLifecycleSleepAction` feature gate is on.
enum PodLifecycle {
    /// `lifecycle` for each container of a pod behind the load balancer: keep serving while it is deregistered.
    static func lifecycle(of service: ResolvedService) -> Value? {
        guard service.isBehindLoadBalancer else { return nil }
        return ["preStop": ["sleep": ["seconds": .int(Shutdown.preStopDelaySeconds)]]]
    }

    /// The pod's `terminationGracePeriodSeconds`: the preStop delay, if any, plus the time the process needs.
    static func terminationGracePeriod(of service: ResolvedService) -> Int {
        service.service.shutdownSeconds + (service.isBehindLoadBalancer ? Shutdown.preStopDelaySeconds : 0)
    }

    /// Spread across zones and nodes. In an environment that declares two or more zones, an even spread across
    /// zones is a requirement (`DoNotSchedule`, at least `zones` domains, counted per rollout revision);
    /// otherwise it is a preference.
    static func topologySpread(of service: ResolvedService) -> Value? {
        guard service.replicas.maximum >= 2 else { return nil }
        let selector: Value = ["matchLabels": .stringMap(service.selectorLabels)]
        guard let zones = service.environment.kubernetes?.traffic.zones, zones >= 2 else {
            return .array(["topology.kubernetes.io/zone", "kubernetes.io/hostname"].map { key in
                ["maxSkew": 1, "topologyKey": .string(key), "whenUnsatisfiable": "ScheduleAnyway", "labelSelector": selector]
            })
        }
        return [
            [
                "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule",
                "minDomains": .int(zones), "labelSelector": selector, "matchLabelKeys": ["pod-template-hash"],
            ],
            [
                "maxSkew": 1, "topologyKey": "kubernetes.io/hostname", "whenUnsatisfiable": "ScheduleAnyway",
                "labelSelector": selector, "matchLabelKeys": ["pod-template-hash"],
            ],
        ]
    }
}

extension ResolvedService {
    /// Whether the service's pods receive traffic from the environment's load balancer on Kubernetes.
    package var isBehindLoadBalancer: Bool {
        service.isRouted && environment.kubernetes?.traffic.ingress != nil
    }
}
