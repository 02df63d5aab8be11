import NorthwindDemo

/// What a Northwind import did, as one sentence.
enum NorthwindReportText {
    static func describe(_ report: NorthwindImportReport) -> String {
        guard report.loaded else { return "The Northwind demo data is there already; nothing was loaded." }
        return """
            Loaded the Northwind demo: \(report.associates) associates, \(report.companies) companies, \
            \(report.products) products, \(report.sales) sales, \(report.quotes) quotes.
            """
    }
}
