import QuoteModel
import QuoteStore
import StorageInterface

/// The JSON form of a quote, printed by `quote show --json` and every editing command: each
/// field of ``QuoteDetail`` plus `figures`, every figure computed for the shown version.
struct QuoteJSON: Encodable {
    let detail: QuoteDetail
    let figures: VersionFigures
    /// The document keys of the fields the field configuration hides, when some are (absent
    /// otherwise): the lines keep every field, and this says which ones a screen leaves out.
    let hiddenFields: [String]?

    init(_ detail: QuoteDetail, hiddenFields: [ProductField]? = nil) throws(ArithmeticOverflow) {
        self.detail = detail
        figures = try detail.figures
        self.hiddenFields = hiddenFields.flatMap { $0.isEmpty ? nil : $0.map(\.rawValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case figures, hiddenFields
    }

    func encode(to encoder: any Encoder) throws {
        try detail.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(figures, forKey: .figures)
        try container.encodeIfPresent(hiddenFields, forKey: .hiddenFields)
    }
}
