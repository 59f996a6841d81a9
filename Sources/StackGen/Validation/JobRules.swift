/// A scheduled job's pod or task is checked by every service rule; its schedule must translate for each platform
/// it renders on, in an IANA time zone, and ECS needs a role for the scheduler.
extension ScheduledJob: ValidatedComponent {
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        guard let workload = resolved.workload else { return [] }
        var findings = JobRules.check(resolved, limits: [
            ("startingDeadlineSeconds", startingDeadlineSeconds, 10...86_400),
            ("retries", retries, 0...185),
            ("activeDeadlineSeconds", activeDeadlineSeconds, 1...604_800),
            ("successfulRunsKept", successfulRunsKept, 0...100),
            ("failedRunsKept", failedRunsKept, 0...100),
        ])
        let environment = resolved.environment
        let renders = { (platform: Platform) in environment.renders(platform) && resolved.runs(on: platform) }
        let written = "`\(schedule.expression)`"
        var invalidOnKubernetes = false
        if renders(.kubernetes), case .failure(let problem) = schedule.kubernetes() {
            invalidOnKubernetes = true
            findings.append(resolved.error("the schedule \(written) is not valid on Kubernetes: \(problem.reason)", fix: problem.fix))
        }
        // One finding for an expression neither platform reads; the ECS one when only EventBridge cannot.
        if renders(.ecs), !invalidOnKubernetes, case .failure(let problem) = schedule.eventBridge() {
            findings.append(resolved.error(
                "the schedule \(written) cannot be translated for EventBridge Scheduler (ECS): \(problem.reason)",
                fix: problem.fix))
        }
        if let problem = schedule.timeZoneProblem {
            findings.append(resolved.error("the schedule's time zone: \(problem.reason)", fix: problem.fix))
        }
        if renders(.ecs), let ecs = environment.ecs {
            if ecs.schedulerRoleArn == nil {
                findings.append(.error(
                    "scheduled job `\(name)` runs on ECS, but `ecs:` in \(environment.file) has no `schedulerRoleArn`",
                    at: workload.settings.location ?? SourceLocation(file: environment.file), path: resolved.path,
                    fix: "add `schedulerRoleArn: arn:aws:iam::\(ecs.account):role/NAME`, a role EventBridge Scheduler "
                        + "may assume that allows `ecs:RunTask` on the job's task definition, `ecs:TagResource` and "
                        + "`iam:PassRole` for its execution and task roles"))
            }
            if workload.ecsName.count > 64 {
                findings.append(resolved.error(
                    "the schedule's name `\(workload.ecsName)` is \(workload.ecsName.count) characters; "
                        + "EventBridge Scheduler allows 64",
                    fix: "shorten the job's or the stack's name"))
            }
        }
        return findings
    }
}

/// A job before a rollout: every service rule on its pod or task, its limits, and a name that leaves room for
/// the version hash.
extension Job: ValidatedComponent {
    package func validate(_ resolved: ResolvedComponent) -> [Diagnostic] {
        var findings = JobRules.check(resolved, limits: [
            ("retries", retries, 0...100),
            ("activeDeadlineSeconds", activeDeadlineSeconds, 1...604_800),
            ("keepFinishedSeconds", keepFinishedSeconds, 0...2_592_000),
        ])
        if name.count > 54 {
            findings.append(resolved.error(
                "job name `\(name)` is \(name.count) characters; with the version hash (`-` and 8 hex digits) the "
                    + "Kubernetes Job's name would pass 63",
                fix: "use a name of at most 54 characters"))
        }
        return findings
    }
}

/// What every job is checked for: every service rule on its pod or task, and numbers that must lie in a range.
enum JobRules {
    static func check(_ resolved: ResolvedComponent, limits: [(String, Int, ClosedRange<Int>)]) -> [Diagnostic] {
        (resolved.workload.map { workload in Validator.serviceRules.flatMap { $0(workload) } } ?? []) + limits.compactMap { name, value, range in
            range.contains(value) ? nil : resolved.error(
                "`\(name)` is \(value), outside \(range.lowerBound)…\(range.upperBound)",
                fix: "give `\(name):` a value in \(range.lowerBound)…\(range.upperBound)")
        }
    }
}
