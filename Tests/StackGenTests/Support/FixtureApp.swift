import StackGen

/// A stack that exercises every part of the model the repository's own stacks do not: sidecars, init steps (one
/// with the service's image, its own resources and a secret it shares with the main container; one pinned, with
/// writable paths, a Parameter Store secret and the whole size), Parameter Store secrets (with a leading `/`), a
/// secret shared across environments, typed configuration overridden per
/// environment, an AWS role, command health checks, several writable paths, a writable root filesystem, a non-`http`
/// exposed port, a service only some environments declare, and environment values that YAML readers would
/// take for something else if they were not quoted. Traffic: a routed service with a separate readiness path,
/// metrics on a port of its own and every kind of egress; an internal-only service; a worker with metrics (a
/// headless Service) that may reach the instance metadata endpoint and stops slowly.
enum FixtureApp {
    static let app = App(stacks: [shop, escapeHatches])

    static let shop = Stack("shop") { environment in
        let checkout = Service(
            "checkout",
            image: "registry.example.com/shop/checkout",
            ports: [.http(8080), Port("metrics", 9090)],
            environment: [
                "FEATURE_FLAG": "yes",
                "UMASK": "0755",
                "LISTEN": "on",
                "WINDOW": "12:30",
                "EMPTY": "",
                "GREETING": "héllo wörld — ünïcode",
                "MOTD": "line one\nline two",
                "HASH": "# not a comment",
                "PADDED": " padded ",
                "RATIO": "1e3",
                "NULLISH": "~",
                "TOKEN_TTL_SECONDS": "3600",
            ],
            secrets: [
                "DATABASE_URL": .secretsManager("shop/\(environment.name)/checkout", key: "database-url"),
                // A leading `/`, as SSM hierarchies are usually written: rendered `parameter/shop/…`, not `parameter//…`.
                "STRIPE_KEY": .parameter("/shop/\(environment.name)", key: "stripe-key"),
                // One read-only license every environment uses, shared on purpose.
                "FONT_LICENSE": .secretsManager("shop-font-license", key: "license").sharedAcrossEnvironments(),
            ],
            healthCheck: .http(
                "/health", readinessPath: "/ready", containerCommand: ["/app/healthcheck", "--port", "8080"]),
            size: .vcpu1_mem2gb,
            scaling: .utilization(cpu: 60, memory: 75),
            exposure: .http(port: 80),
            route: .path("/shop/checkout"),
            metrics: .prometheus(port: "metrics", intervalSeconds: 15),
            egress: [
                .to("postgres", port: 5432), .cidr("10.20.0.0/16", port: 8443), .https,
                .to("smtp", port: 587),
            ] + (environment.isProduction ? [.service("docs", port: 8000)] : []),
            sidecars: [
                .sidecar(
                    "otel-collector", image: "otel/opentelemetry-collector:0.98.0",
                    resources: Resources(cpu: .cpu(millicores: 125), memory: .mebibytes(256)),
                    ports: [Port("otlp", 4317)], arguments: ["--config", "/etc/otel/config.yaml"])
            ],
            initSteps: [
                // Waits until the database accepts connections, with the service's image and credentials.
                InitStep(
                    "wait-for-database", image: .repository("registry.example.com/shop/checkout"),
                    command: ["/app/wait-for-database"], arguments: ["--timeout", "120s"],
                    environment: ["LOG_LEVEL": "info"],
                    secrets: ["DATABASE_URL": .secretsManager("shop/\(environment.name)/checkout", key: "database-url")],
                    resources: Resources(cpu: .cpu(millicores: 250), memory: .mebibytes(256))),
                // Checks the schema registry knows the version this release expects; caches in a path of its own.
                InitStep(
                    "check-schema", image: .pinned("registry.example.com/tools/schema-check:1.4.2"),
                    arguments: ["--subject", "orders", "--expect", "42"],
                    secrets: ["REGISTRY_TOKEN": .parameter("/shop/\(environment.name)", key: "schema-registry-token")],
                    writablePaths: ["/tmp", "/var/cache/schema"]),
            ],
            security: .restricted(runAsUser: 10001),
            configuration: ["CURRENCY": "EUR", "CART_TTL_MINUTES": 30, "EXPRESS_CHECKOUT": false],
            needsAWSRole: true,
            annotations: ["prometheus.io/scrape": "true", "prometheus.io/port": "9090"],
            notSecrets: ["TOKEN_TTL_SECONDS"]
        )
        checkout
        // Runs checkout's version and settings with its own entrypoint and one more variable.
        Job("migrate", before: checkout, command: ["/app/migrate"], environment: ["MIGRATION_LOCK_TIMEOUT": "60s"])
        // A weekly report: a Parameter Store secret no service reads (its key must reach the ExternalSecret), a
        // day-of-week schedule in a zone other than UTC (EventBridge numbers the days from 1), Spot capacity,
        // configuration overridden per environment, every run setting changed from its default.
        ScheduledJob(
            "weekly-report",
            schedule: CronSchedule("15 6 * * 1", timeZone: "Europe/Dublin"),
            image: "registry.example.com/shop/reports",
            command: ["/app/report"],
            arguments: ["--period", "week"],
            environment: ["REPORT_FORMAT": "csv"],
            secrets: ["SMTP_PASSWORD": .parameter("/shop/\(environment.name)", key: "smtp-password")],
            size: .vcpu0_5_mem1gb,
            egress: [.to("postgres", port: 5432), .to("smtp", port: 587)],
            concurrency: .replace,
            startingDeadlineSeconds: 600,
            retries: 3,
            activeDeadlineSeconds: 1800,
            successfulRunsKept: 1,
            failedRunsKept: 5,
            interruptible: true,
            security: .restricted(runAsUser: 10004),
            configuration: ["REPORT_DAYS": 7]
        )
        Service(
            "mailer",
            image: "registry.example.com/shop/mailer",
            ports: [Port("metrics", 9102)],
            command: ["/app/mailer"],
            arguments: ["--queue", "outbound"],
            healthCheck: .command(["/app/mailer", "health"]),
            metrics: .prometheus(path: "/stats/prometheus"),
            egress: [.to("smtp", port: 587), .instanceMetadata],
            shutdownSeconds: 90,
            interruptible: true,
            security: .restricted(runAsUser: 10003),
            writablePaths: ["/tmp", "/var/cache/mailer"]
        )
        if environment.isProduction {
            Service(
                "docs",
                image: "registry.example.com/shop/docs",
                ports: [Port("web", 8000)],
                exposure: .network(port: 8080, targetPort: "web"),
                route: .internalOnly,
                // The documentation server writes its search index next to its binary.
                security: .writableRootFilesystem(runAsUser: 10002)
            )
        }
    }
}
