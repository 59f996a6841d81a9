import StackGen

extension FixtureApp {
    /// The escape hatches, in a stack of their own beside `shop`: a custom resource with a strict schema in
    /// `Schemas/crds/`, an included file of two documents (one cluster-scoped), a merge patch and a JSON Patch.
    static let escapeHatches = Stack("shop-platform") { environment in
        CustomResource(
            apiVersion: "monitoring.coreos.com/v1", kind: "PodMonitor", name: "mailer-pods",
            labels: ["release": "prometheus"],
            body: [
                "spec": [
                    "selector": ["matchLabels": ["app.kubernetes.io/name": "mailer"]],
                    "podMetricsEndpoints": [["port": "metrics", "path": "/stats/prometheus", "interval": "1m"]],
                ]
            ])
        if environment.isProduction {
            Include("kubernetes/scheduling.yaml")
            Patch.merge(.deployment("checkout"), because: "checkout must preempt batch pods when nodes are short", [
                "spec": ["minReadySeconds": 15, "template": ["spec": ["priorityClassName": "shop-critical"]]],
            ])
            Patch(.deployment("mailer"), because: "the mailer may run on the tainted Spot node group", [
                .add("/spec/template/spec/tolerations", [["key": "spot", "operator": "Exists", "effect": "NoSchedule"]]),
                .test("/spec/template/spec/containers/0/name", "mailer"),
            ])
        }
    }
}
