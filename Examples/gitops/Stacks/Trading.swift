import StackGen

/// The trading desk's services: a quotes API and a market-data collector.
public enum Trading {
    public static let stack = Stack("trading") { environment in
        quotes(environment)
        collector(environment)
    }

    /// The user the images run as.
    static let appUser = 10001
}
