import Foundation

/// The settings of every product and quote-line field (SuperOffice's "Configure product"): which
/// are shown, mandatory or read-only, their order and their labels. A hidden field is left out of
/// columns and merges as blank in every document.
///
/// The rules: the name and the quantity cannot be hidden; the code and the name are always
/// mandatory; only a field a product can lack can be mandatory, only a field a line has can be
/// read-only; and a mandatory field must be editable, so making a read-only field mandatory, or
/// a mandatory field read-only, is refused (make it optional or editable first). Ranks run from
/// 1 without gaps.
public struct FieldConfiguration: Sendable, Hashable, Codable {
    /// Every field's setting, in rank order.
    public private(set) var settings: [FieldSetting]

    /// Every field with its default setting, ranked in declaration order.
    public static let standard = FieldConfiguration(checked: ProductField.allCases.enumerated().map { FieldSetting(default: $1, rank: $0 + 1) })

    private init(checked settings: [FieldSetting]) {
        self.settings = settings
    }

    /// The configuration of stored settings: a field without one has its default, ranks are
    /// renumbered from 1 in their stored order (ties in declaration order).
    /// - Throws: ``QuoteError/Code/invalid`` when a stored setting breaks a rule.
    public init(settings stored: [FieldSetting]) throws(QuoteError) {
        var byField: [ProductField: FieldSetting] = [:]
        for setting in stored { byField[setting.field] = setting }
        var merged = ProductField.allCases.enumerated().map { byField[$1] ?? FieldSetting(default: $1, rank: $0 + 1) }
        let order = Dictionary(uniqueKeysWithValues: ProductField.allCases.enumerated().map { ($1, $0) })
        merged.sort { ($0.rank, order[$0.field]!) < ($1.rank, order[$1.field]!) }
        for index in merged.indices {
            merged[index].rank = index + 1
            try Self.check(merged[index])
        }
        settings = merged
    }

    /// The setting of `field`.
    public subscript(field: ProductField) -> FieldSetting {
        settings[position(of: field)]
    }

    /// The hidden fields, in rank order.
    public var hiddenFields: [ProductField] {
        settings.filter { !$0.isShown }.map(\.field)
    }

    /// The fields, in rank order.
    public var fieldsByRank: [ProductField] {
        settings.map(\.field)
    }

    /// The settings that differ from the defaults: what a store must keep.
    public var changedSettings: [FieldSetting] {
        settings.filter { $0 != Self.standard[$0.field] }
    }

    /// Shows or hides `field`.
    /// - Throws: ``QuoteError/Code/invalid`` when hiding a field that cannot be hidden.
    public mutating func setShown(_ field: ProductField, _ shown: Bool) throws(QuoteError) {
        if !shown, !field.canBeHidden {
            throw QuoteError(.invalid, "field '\(field.name)' cannot be hidden: every product and line shows its name and quantity", value: field.name)
        }
        settings[position(of: field)].isShown = shown
    }

    /// Makes `field` mandatory or optional when a product is added.
    /// - Throws: ``QuoteError/Code/invalid`` when the field cannot be mandatory, is read-only,
    ///   or (making it optional) must always be given.
    public mutating func setMandatory(_ field: ProductField, _ mandatory: Bool) throws(QuoteError) {
        var setting = self[field]
        if mandatory {
            guard field.canBeMandatory || field.isAlwaysMandatory else {
                throw QuoteError(.invalid, "field '\(field.name)' cannot be mandatory: a product always has a value for it, or it is a quote line's own", value: field.name)
            }
            if setting.isReadOnly {
                throw QuoteError(.invalid, "field '\(field.name)' is read-only; a mandatory field must be editable, so make it editable first", value: field.name)
            }
        } else if field.isAlwaysMandatory {
            throw QuoteError(.invalid, "field '\(field.name)' is always mandatory: every product has a code and a name", value: field.name)
        }
        setting.isMandatory = mandatory
        settings[position(of: field)] = setting
    }

    /// Makes `field` read-only or editable on quote lines.
    /// - Throws: ``QuoteError/Code/invalid`` when the field is not a line's, or is mandatory.
    public mutating func setReadOnly(_ field: ProductField, _ readOnly: Bool) throws(QuoteError) {
        var setting = self[field]
        if readOnly {
            guard field.canBeReadOnly else {
                throw QuoteError(.invalid, "field '\(field.name)' is a product's only, not a quote line's, so it cannot be read-only", value: field.name)
            }
            if setting.isMandatory {
                throw QuoteError(.invalid, "field '\(field.name)' is mandatory; a mandatory field must be editable, so make it optional first", value: field.name)
            }
        }
        setting.isReadOnly = readOnly
        settings[position(of: field)] = setting
    }

    /// Sets the label of `field` in `language` (`sv`); a blank label restores the default.
    /// - Throws: ``QuoteError/Code/invalid`` when the language is not a language code.
    public mutating func setLabel(_ field: ProductField, _ label: String, language: String) throws(QuoteError) {
        let code = FieldSetting.languageCode(language)
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw QuoteError(.invalid, "'\(language)' is not a language code such as en or sv", value: language)
        }
        let text = label.trimmingCharacters(in: .whitespacesAndNewlines)
        settings[position(of: field)].labels[code] = text.isEmpty ? nil : text
    }

    /// Moves `field` to `rank` (from 1); the fields in between move one place to make room.
    /// - Throws: ``QuoteError/Code/invalid`` when the rank is outside 1 to the number of fields.
    public mutating func move(_ field: ProductField, toRank rank: Int) throws(QuoteError) {
        guard (1...settings.count).contains(rank) else {
            throw QuoteError(.invalid, "rank \(rank) is outside 1 to \(settings.count), the number of fields", value: String(rank))
        }
        let moved = settings.remove(at: position(of: field))
        settings.insert(moved, at: rank - 1)
        for index in settings.indices { settings[index].rank = index + 1 }
    }

    /// The mandatory fields `product` lacks, in rank order: blank text, an unknown number, no
    /// image, a blank extra field.
    public func missingMandatoryFields(of product: Product) -> [ProductField] {
        settings.filter { $0.isMandatory && product.lacks($0.field) }.map(\.field)
    }

    /// Refuses a product that lacks a mandatory field, naming every one it lacks.
    /// - Throws: ``QuoteError/Code/invalid`` naming the missing fields.
    public func checkMandatoryFields(of product: Product) throws(QuoteError) {
        let missing = missingMandatoryFields(of: product)
        guard !missing.isEmpty else { return }
        let names = missing.map { "'\($0.name)'" }.joined(separator: ", ")
        throw QuoteError(
            .invalid, "product \(product.code) lacks \(missing.count == 1 ? "a mandatory field" : "mandatory fields") of the field configuration: \(names)",
            value: missing.map(\.name).joined(separator: ","), remedy: .giveMandatoryFields(missing.map(\.name)))
    }

    /// Refuses a change of a quote line that alters a read-only field, naming the field.
    /// - Throws: ``QuoteError/Code/invalid`` naming the first read-only field changed.
    public func checkReadOnlyFields(changing original: QuoteLine, to changed: QuoteLine) throws(QuoteError) {
        for setting in settings where setting.isReadOnly && original.value(of: setting.field) != changed.value(of: setting.field) {
            throw QuoteError(
                .invalid, "field '\(setting.field.name)' of line \(original.rank) (\(original.name)) is read-only in the field configuration",
                value: setting.field.name, remedy: .makeFieldEditable(setting.field.name))
        }
    }

    private static func check(_ setting: FieldSetting) throws(QuoteError) {
        let field = setting.field
        if !setting.isShown, !field.canBeHidden { throw QuoteError(.invalid, "stored field configuration hides '\(field.name)', which cannot be hidden") }
        if setting.isMandatory, !(field.canBeMandatory || field.isAlwaysMandatory) {
            throw QuoteError(.invalid, "stored field configuration makes '\(field.name)' mandatory, which it cannot be")
        }
        if !setting.isMandatory, field.isAlwaysMandatory { throw QuoteError(.invalid, "stored field configuration makes '\(field.name)' optional, which it cannot be") }
        if setting.isReadOnly, !field.canBeReadOnly || setting.isMandatory {
            throw QuoteError(.invalid, "stored field configuration makes '\(field.name)' read-only, which it cannot be")
        }
    }

    private func position(of field: ProductField) -> Int {
        settings.firstIndex { $0.field == field }!
    }
}
