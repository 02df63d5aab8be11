extension Sequence<Diagnostic> {
    /// The diagnostics with every repeat left out: the first of each problem (same severity,
    /// file:line:col and message) in its place. A partial that two templates include, or that
    /// one template includes twice, is checked each time, but each problem is reported once.
    public func distinctProblems() -> [Diagnostic] {
        var seen: Set<ProblemKey> = []
        return filter { seen.insert(ProblemKey($0)).inserted }
    }
}

/// What makes two diagnostics the same problem.
private struct ProblemKey: Hashable {
    let severity: Diagnostic.Severity
    let location: SourceLocation
    let message: String

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity
        location = diagnostic.location
        message = diagnostic.message
    }
}
