/// Writing a parsed expression back as text: the Kubernetes form, and the pieces the EventBridge form shares.
extension CronExpression {
    /// The expression for `spec.schedule`: the macro as written, or the five fields with single spaces, names in
    /// upper case and day-of-week 7 written as 0 (robfig/cron's day-of-week bounds are 0–6).
    var kubernetesForm: String {
        if let macro { return macro }
        return CronField.allCases.map { field in
            self[field].map { term in
                if field == .dayOfWeek, term.values(in: field).contains(7) {
                    return CronExpression.compressed(term.values(in: field).map { $0 % 7 })
                }
                return term.text(in: field)
            }.joined(separator: ",")
        }.joined(separator: " ")
    }

    /// Numbers as a comma-separated list, sorted, duplicates dropped, and runs of three or more written as ranges.
    static func compressed(_ numbers: [Int]) -> String {
        let sorted = Array(Set(numbers)).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            if end - index >= 2 {
                parts.append("\(sorted[index])-\(sorted[end])")
            } else {
                parts.append(contentsOf: sorted[index...end].map(String.init))
            }
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}

extension CronTerm {
    /// The item as written, with names in upper case and numbers without leading zeros.
    func text(in field: CronField) -> String {
        let base: String
        switch span {
        case .all: base = "*"
        case .single(let value): base = value.text
        case .range(let from, let to): base = "\(from.text)-\(to.text)"
        }
        return hasStep ? "\(base)/\(step)" : base
    }
}
