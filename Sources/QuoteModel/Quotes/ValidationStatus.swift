/// How healthy a line, alternative or version is (SuperOffice's QuoteStatus), worst last.
public enum ValidationStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Nothing to report.
    case ok
    /// Fine, with information for the user.
    case okWithInfo
    /// The version needs approval before it can be sent.
    case warning
    /// The version cannot be sent until this is fixed.
    case error

    public static func < (lhs: ValidationStatus, rhs: ValidationStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
