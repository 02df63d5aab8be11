import QuoteModel
import QuoteStore
import StorageInterface

/// The JSON form of a quote, printed by `quote show --json` and every editing command: each
/// field of ``QuoteDetail`` plus `figures`, every figure computed for the shown version.
struct QuoteJSON: Encodable {
    let detail: QuoteDetail
    let figures: VersionFigures

    init(_ detail: QuoteDetail) throws(ArithmeticOverflow) {
        self.detail = detail
        figures = try detail.figures
    }

    private enum CodingKeys: String, CodingKey {
        case figures
    }

    func encode(to encoder: any Encoder) throws {
        try detail.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(figures, forKey: .figures)
    }
}
