/// The rules validation checks (reference §2.2 and §5.3).
public enum ValidationRule: String, Sendable, Hashable, Codable, CaseIterable {
    case notInAssortment
    case removedFromPriceList
    case priceListInactive
    case priceListNotValid
    case priceListCurrency
    case belowMinimumPrice
    case belowCost
    case zeroTotal
    case negativeTotal
    case emptyAlternative
    case discountOverLimit
    case earningUnderLimit
}

/// One problem validation found on a line or an alternative.
public struct ValidationIssue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious it is: a warning needs approval before sending, an error blocks sending.
    public var status: ValidationStatus
    public var rule: ValidationRule
    /// What is wrong, in words a salesperson understands.
    public var message: String

    public init(_ status: ValidationStatus, _ rule: ValidationRule, _ message: String) {
        self.status = status
        self.rule = rule
        self.message = message
    }

    public var description: String { "\(status.rawValue): \(message)" }
}

extension Array where Element == ValidationIssue {
    /// The worst status among the issues (`ok` when there are none).
    var worstStatus: ValidationStatus { map(\.status).max() ?? .ok }

    /// The issues as one reason text, one per line.
    var reason: String { map(\.description).joined(separator: "\n") }
}
