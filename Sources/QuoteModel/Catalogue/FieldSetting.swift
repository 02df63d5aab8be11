/// How one product or quote-line field is configured (SuperOffice's QuoteLineConfiguration row):
/// shown or hidden, mandatory when a product is added, read-only when a line is changed, its
/// place among the fields and its labels. Changed only through ``FieldConfiguration``, which
/// keeps the rules.
public struct FieldSetting: Sendable, Hashable, Codable {
    public let field: ProductField
    /// False when the field is hidden: columns leave it out and documents merge it as blank.
    public internal(set) var isShown: Bool
    /// True when a product cannot be added without it.
    public internal(set) var isMandatory: Bool
    /// True when a quote line's value cannot be changed by hand.
    public internal(set) var isReadOnly: Bool
    /// The field's place in columns, from 1.
    public internal(set) var rank: Int
    /// The labels set for languages (`sv`), by language code; a language without one uses the
    /// default label.
    public internal(set) var labels: [String: String]

    /// The setting a field has until someone changes it: shown, editable, mandatory only for the
    /// code and the name, at `rank`, with the default labels.
    public init(default field: ProductField, rank: Int) {
        self.init(field: field, isShown: true, isMandatory: field.isAlwaysMandatory, isReadOnly: false, rank: rank, labels: [:])
    }

    /// A setting as stored; ``FieldConfiguration/init(settings:)`` checks it against the rules.
    public init(field: ProductField, isShown: Bool, isMandatory: Bool, isReadOnly: Bool, rank: Int, labels: [String: String]) {
        self.field = field
        self.isShown = isShown
        self.isMandatory = isMandatory
        self.isReadOnly = isReadOnly
        self.rank = rank
        self.labels = labels
    }

    /// The label in `language` (a code such as `sv`, or a culture such as `sv-SE`): the one set
    /// for it, else the field's Swedish label for Swedish, else its English label.
    public func label(language: String) -> String {
        let code = FieldSetting.languageCode(language)
        if let label = labels[code] { return label }
        return code == "sv" ? field.swedishLabel : field.englishLabel
    }

    /// The language part of a language or culture code, in lower case: `sv` for `sv-SE`.
    public static func languageCode(_ language: String) -> String {
        String(language.split(separator: "-").first ?? "").lowercased()
    }
}

extension ProductField {
    /// True for the fields every product must have (its code and name): always mandatory.
    public var isAlwaysMandatory: Bool {
        self == .code || self == .name
    }

    /// True for the fields a product can be added without, so that the settings may make them
    /// mandatory: text, numbers that may be unknown, the image and the extra fields. A line-only
    /// field, a yes/no field, the list price and the VAT (which always have a value) cannot be.
    public var canBeMandatory: Bool {
        switch self {
        case .quantity, .discountPercent, .discountAmount, .earningAmount, .earningPercent: false
        case .inAssortment, .isSubscription, .unitListPrice, .vatPercent: false
        default: true
        }
    }

    /// True for the fields a quote line has, so that the settings may make them read-only.
    public var canBeReadOnly: Bool {
        scope != .product
    }
}
