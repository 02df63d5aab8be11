import Foundation
import QuoteModel
import StorageInterface

/// A deterministic synthetic workload on the Northwind catalogue, for benchmarks: sold quotes of
/// 2 alternatives × 25 lines each, spread over Northwind's customers, employees and products, with
/// the variety documents meet: a tenth in yen (no decimals) and a tenth in Kuwaiti dinars (three),
/// the favourite alternative not the one ordered in some, an alternative discount on some premium
/// alternatives, line names with quotes, `<` and `&`, and a picture on every eighth product. The
/// same count always gives the same database.
public enum SyntheticOrders {
    /// Adds `count` ordered quotes (numbers `S000001` …) to a database holding the Northwind demo.
    public static func generate(count: Int, into storage: any QuoteStorage, progress: (Int) -> Void = { _ in }) throws {
        var random = SplitMix(seed: 0x51_444F_43)
        // Everything in id order, as it was added.
        let catalogue = try storage.snapshot { store in
            let companies = try store.companies().sorted { $0.id! < $1.id! }
            return (products: try store.products(priceListId: nil, containing: nil).sorted { $0.id! < $1.id! },
                    companies: companies,
                    people: try companies.flatMap { try store.people(ofCompany: $0.id!) }.sorted { $0.id! < $1.id! },
                    associates: try store.associates().sorted { $0.id! < $1.id! },
                    saleType: try store.saleType(named: NorthwindImport.saleTypeName))
        }
        guard !catalogue.products.isEmpty, let saleType = catalogue.saleType else {
            throw QuoteError(.notApplicable, "the database holds no Northwind demo to make synthetic orders from", remedy: .loadDemo)
        }
        let contactByCompany = Dictionary(catalogue.people.map { ($0.companyId, $0.id!) }) { first, _ in first }
        try storage.transaction { store in
            for (index, product) in catalogue.products.enumerated() where index % 8 == 0 && product.image == nil {
                var pictured = product
                pictured.image = ProductImage(mediaType: "image/png", bytes: SyntheticPicture.png(size: 64, seed: UInt8(truncatingIfNeeded: index)))
                try store.update(pictured)
            }
        }
        let yen = Currency(code: "JPY")!, dinar = Currency(code: "KWD")!
        let firstDay = LocalDate(year: 2026, month: 1, day: 1)!
        var done = 0
        while done < count {
            let chunk = min(1000, count - done)
            try storage.transaction { store in
                for offset in 0..<chunk {
                    let index = done + offset + 1
                    let number = "S" + String(repeating: "0", count: max(0, 6 - String(index).count)) + String(index)
                    let company = catalogue.companies[Int(random.next() % UInt64(catalogue.companies.count))]
                    let owner = catalogue.associates[Int(random.next() % UInt64(catalogue.associates.count))]
                    let date = firstDay.adding(days: Int(random.next() % 365))
                    let currency = index % 10 == 3 ? yen : index % 10 == 7 ? dinar : .usd
                    let calculator = PriceCalculator(currency: currency, policy: .perLine)
                    var alternatives: [AlternativeWithLines] = []
                    for alternative in 0..<2 {
                        var lines: [QuoteLine] = []
                        for rank in 1...25 {
                            let product = catalogue.products[Int(random.next() % UInt64(catalogue.products.count))]
                            var line = QuoteLine(copying: product, alternativeId: 0, rank: rank, quantity: ExactDecimal(Int(1 + random.next() % 40)))
                            line.vatPercent = [0, 6, 12, 25][Int(random.next() % 4)]
                            line.valueOverride = .discountPercent
                            line.discountPercent = [0, 0, 5, 10, 15][Int(random.next() % 5)]
                            if rank == 1 && index % 6 == 0 { line.name += " \"Gift\" <boxed> & wrapped" }
                            lines.append(line)
                        }
                        var header = QuoteAlternative(versionId: 0, rank: alternative + 1, name: alternative == 0 ? "Standard" : "Premium")
                        if alternative == 1 && index % 4 == 2 {
                            header.valueOverride = .discountPercent
                            header.discountPercent = 5
                        }
                        alternatives.append(try calculator.price(AlternativeWithLines(alternative: header, lines: lines)).alternative)
                    }
                    let ordered = index % 4 == 1 ? 1 : 0
                    let sale = try store.insert(Sale(
                        number: number, title: "Synthetic order \(number) for \(company.name)", ownerId: owner.id!, companyId: company.id!,
                        personId: contactByCompany[company.id!], saleTypeId: saleType.id!, currency: currency, status: .sold,
                        amount: alternatives[ordered].alternative.totalPrice, date: date))
                    var quote = try store.insert(Quote(saleId: sale.id!, number: number, poNumber: "PO-\(number)", orderDate: date))
                    let version = QuoteVersion(
                        quoteId: quote.id!, state: .sold, sentDate: date, expirationDate: date.adding(days: 30),
                        deliveryAddress: company.address, invoiceAddress: company.address)
                    let tree = try store.insert(VersionWithAlternatives(version: version, alternatives: alternatives), favouriteIndex: index % 3 == 0 ? 1 : 0)
                    quote.acceptedAlternativeId = tree.alternatives[ordered].alternative.id
                    try store.update(quote)
                }
            }
            done += chunk
            progress(done)
        }
    }

    /// SplitMix64: small, fast, and the same everywhere.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
