import ArgumentParser
import QuoteModel

extension ProductField: ExpressibleByArgument {
    /// A field by its command name (`cost`) or document key (`unitCost`).
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.name) }
}
