import StackGen

extension GitHubDashboard {
    /// A nightly logical backup of the PostgreSQL database to S3, beside RDS's own snapshots: a dump survives
    /// the loss of the database instance and its snapshots, and restores into any PostgreSQL. The image holds
    /// the PostgreSQL 16 client tools and the AWS CLI; its entrypoint streams `pg_dump --format=custom` to
    /// `s3://$BACKUP_BUCKET/$BACKUP_PREFIX<date>.dump` (nothing on disk, so no extra storage).
    static func databaseBackup(_ environment: Environment) -> ScheduledJob {
        ScheduledJob(
            "db-backup",
            // 02:30 in New York: after the evening's collection, before the first users of the (US) morning.
            schedule: CronSchedule("30 2 * * *", timeZone: "America/New_York"),
            image: "ghcr.io/acme/github-dashboard-db-backup",
            environment: [
                "BACKUP_BUCKET": "acme-github-dashboard-backups",
                "BACKUP_PREFIX": "\(environment.name)/",
            ],
            secrets: [
                "DATABASE_URL": .secretsManager(secret(environment), key: "database-url"),
            ],
            size: .vcpu0_5_mem1gb,
            egress: [.to("postgres", port: 5432), .https],  // .https: S3
            // A failed dump is tried once more; one that has not finished in two hours is stuck, not slow (the
            // database is a few GB).
            retries: 1,
            activeDeadlineSeconds: 2 * 3600,
            security: .restricted(runAsUser: appUser),
            needsAWSRole: true,  // writes to the bucket: each environment gives `jobs.db-backup.roleArn`
            policyExceptions: [secretsAsEnvironment]
        )
    }
}
