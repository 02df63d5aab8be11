import ArgumentParser
import CatalogueExchange

// The values `product import` and `pricelist export` read from the command line; one that does
// not parse is a usage error (exit 64).

extension ColumnOverride: ExpressibleByArgument {
    public init?(argument: String) {
        try? self.init(argument)
    }
}

extension ImportKey: ExpressibleByArgument {}

extension SpreadsheetFormat: ExpressibleByArgument {}

extension NumberCulture: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(named: argument)
    }

    public static var allValueStrings: [String] { known.map(\.identifier) }

    public var defaultValueDescription: String { identifier }
}
