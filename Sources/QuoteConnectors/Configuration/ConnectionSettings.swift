import QuoteModel

/// A connection's configuration checked against its connector's fields: every value has the
/// field's type, every required field is there, nothing unknown is set. Values are kept as the
/// text they were given; secrets are read through ``secret(_:environment:)`` only and shown as
/// `••••` by ``displayed``.
public struct ConnectionSettings: Sendable, Hashable {
    /// How a secret is shown wherever it would be printed.
    public static let maskedSecret = "••••"

    public let descriptor: ConnectorDescriptor
    /// The values as stored, one per field set (a secret's `FIELD-env` key names its variable).
    public let values: [String: String]

    /// Checks `values` against `descriptor`, reporting every problem at once.
    public init(_ values: [String: String], for descriptor: ConnectorDescriptor) throws(QuoteError) {
        var problems: [String] = []
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            if let field = descriptor.field(key) {
                if let problem = Self.problem(with: value, for: field) { problems.append(problem) }
            } else if let field = descriptor.fields.first(where: { $0.kind == .secret && $0.environmentKey == key }) {
                if values[field.key] != nil {
                    problems.append("'\(field.key)' and '\(key)' are both set: give the secret or the variable that holds it, not both")
                } else if !Self.isVariableName(value) {
                    problems.append("'\(key)' names an environment variable: '\(value)' is not a variable name")
                }
            } else {
                let known = descriptor.fields.map(\.key).joined(separator: ", ")
                problems.append("connector \(descriptor.name) has no field '\(key)' (its fields: \(known))")
            }
        }
        for field in descriptor.fields where field.isRequired && field.defaultValue == nil {
            if values[field.key] == nil && (field.kind != .secret || values[field.environmentKey] == nil) {
                problems.append("'\(field.key)' is required (\(field.label))")
            }
        }
        guard problems.isEmpty else {
            throw QuoteError(.invalid, "the \(descriptor.name) connection's settings are not right:\n  " + problems.joined(separator: "\n  "),
                             value: problems.count == 1 ? problems[0] : nil)
        }
        self.descriptor = descriptor
        self.values = values
    }

    /// `existing` with `assignments` (`KEY=VALUE`) applied; `KEY=` removes a value. Setting a
    /// secret removes the variable it was read from, and the other way round.
    public static func applying(_ assignments: [String], to existing: [String: String], for descriptor: ConnectorDescriptor) throws(QuoteError) -> ConnectionSettings {
        var values = existing
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw QuoteError(.invalid, "a setting is KEY=VALUE; one was given without a key or '=' (not shown, in case it is a secret)")
            }
            let key = String(assignment[..<equals]).trimmingWhitespace
            let value = String(assignment[assignment.index(after: equals)...])
            if let secret = descriptor.fields.first(where: { $0.kind == .secret && ($0.key == key || $0.environmentKey == key) }) {
                values[secret.key] = nil
                values[secret.environmentKey] = nil
            }
            values[key] = value.isEmpty ? nil : value
        }
        return try ConnectionSettings(values, for: descriptor)
    }

    /// The value of a text, list or other field as text: the value set, else the default.
    public func text(_ key: String) -> String? {
        values[key] ?? descriptor.field(key)?.defaultValue
    }

    public func integer(_ key: String) -> Int? { text(key).flatMap { Int($0) } }

    public func decimal(_ key: String) -> ExactDecimal? { text(key).flatMap { ExactDecimal($0) } }

    public func boolean(_ key: String) -> Bool? { text(key).flatMap(Self.boolean) }

    /// The secret of field `key`: the value set, else the environment variable it names.
    public func secret(_ key: String, environment: [String: String]) throws(QuoteError) -> String {
        if let value = values[key] { return value }
        let variableKey = descriptor.field(key)?.environmentKey ?? key + "-env"
        guard let variable = values[variableKey] else {
            throw QuoteError(.invalid, "the connection has no '\(key)': set it with --set \(key)=… or --set \(variableKey)=VARIABLE")
        }
        guard let value = environment[variable], !value.isEmpty else {
            throw QuoteError(.invalid, "the environment variable \(variable) ('\(variableKey)') is not set")
        }
        return value
    }

    /// Every field in the connector's order with what is shown for it: the value, the default
    /// (marked), `••••` for a secret, or `$VARIABLE` for a secret read from the environment.
    public var displayed: [(key: String, value: String)] {
        descriptor.fields.compactMap { field in
            if field.kind == .secret {
                if values[field.key] != nil { return (field.key, Self.maskedSecret) }
                if let variable = values[field.environmentKey] { return (field.key, "$" + variable) }
                return nil
            }
            if let value = values[field.key] { return (field.key, value) }
            if let value = field.defaultValue { return (field.key, value + " (default)") }
            return nil
        }
    }

    private static func problem(with value: String, for field: ConfigurationField) -> String? {
        switch field.kind {
        case .text, .secret:
            return nil
        case .integer:
            return Int(value) == nil ? "'\(field.key)' is an integer: '\(value)' is not" : nil
        case .decimal:
            return ExactDecimal(value) == nil ? "'\(field.key)' is a decimal number: '\(value)' is not" : nil
        case .boolean:
            return boolean(value) == nil ? "'\(field.key)' is true or false: '\(value)' is neither" : nil
        case .list(let choices):
            return choices.contains(value) ? nil : "'\(field.key)' is one of \(choices.joined(separator: ", ")): '\(value)' is not"
        }
    }

    private static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1", "on": true
        case "false", "no", "0", "off": false
        default: nil
        }
    }

    private static func isVariableName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) || ("a"..."z").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
