/// One change of a field's setting, as `fields set` asks for it.
public enum FieldChange: Sendable, Hashable {
    /// Show (true) or hide (false) the field.
    case shown(Bool)
    /// Set the label in a language; a blank label restores the default.
    case label(String, language: String)
    /// Make the field mandatory (true) or optional (false) when a product is added.
    case mandatory(Bool)
    /// Make the field read-only (true) or editable (false) on quote lines.
    case readOnly(Bool)
    /// Move the field to this rank; the others between move one place.
    case rank(Int)
}

extension FieldConfiguration {
    /// Applies `changes` to `field`, in order; the first that breaks a rule stops the rest.
    public mutating func apply(_ changes: [FieldChange], to field: ProductField) throws(QuoteError) {
        for change in changes {
            switch change {
            case .shown(let shown): try setShown(field, shown)
            case .label(let label, let language): try setLabel(field, label, language: language)
            case .mandatory(let mandatory): try setMandatory(field, mandatory)
            case .readOnly(let readOnly): try setReadOnly(field, readOnly)
            case .rank(let rank): try move(field, toRank: rank)
            }
        }
    }
}
