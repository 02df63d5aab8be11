import Foundation
import QuoteModel
import StorageInterface

/// What a Northwind import added.
public struct NorthwindImportReport: Sendable, Hashable, Codable {
    public var associates = 0
    public var companies = 0
    public var products = 0
    public var sales = 0
    public var quotes = 0

    /// True when anything was added; false when the demo data was all there already.
    public var loaded: Bool { associates + companies + products + sales + quotes > 0 }
}

/// Loads Microsoft's Northwind sample (bundled as CSV, MIT licence) as quotedoc data:
/// employees → associates, customers → companies with their contact, products → the active
/// "Northwind" price list in USD, and each of the 830 orders → a sale with a quote whose
/// version 1 has one alternative "Standard" with one line per order detail. Shipped orders are
/// sold quotes with the order placed; the 21 unshipped orders stay drafts, ready to send.
///
/// The import is one transaction and idempotent: anything whose key (user name, company code,
/// product code, sale and quote number) exists already is left as it is.
public enum NorthwindImport {
    public static let priceListName = "Northwind"
    public static let saleTypeName = "Northwind"

    /// Imports the bundled data into `storage` (either store), in one transaction.
    @discardableResult
    public static func run(into storage: any QuoteStorage) throws -> NorthwindImportReport {
        let data = try NorthwindData.bundled()
        return try storage.transaction { store in try insert(data, into: store) }
    }

    static func insert(_ data: NorthwindData, into store: any StorageWriter) throws -> NorthwindImportReport {
        var report = NorthwindImportReport()
        if try store.ownCompany().name == OwnCompany.unsetName {
            // Northwind Traders, the seller in Microsoft's sample, at the Seattle office its employees list.
            try store.update(OwnCompany(
                name: "Northwind Traders",
                address: PostalAddress(street: "507 - 20th Ave. E.", city: "Seattle", region: "WA", postalCode: "98122", country: "USA"),
                phone: "(206) 555-9857", email: "sales@northwind.example", website: "northwind.example"))
        }

        var associateIds: [String: Int64] = [:]
        for employee in data.employees.rows {
            let firstName = try employee.text("FirstName")
            let lastName = try employee.text("LastName")
            let userName = (firstName.prefix(1) + lastName).lowercased()
            if let existing = try store.associate(userName: userName) {
                associateIds[try employee.text("EmployeeID")] = existing.id
                continue
            }
            let title = try employee.text("Title")
            let associate = try store.insert(Associate(
                userName: userName, name: "\(firstName) \(lastName)", title: title,
                email: "\(firstName.lowercased()).\(lastName.lowercased())@northwind.example",
                canApproveQuote: title == "Vice President, Sales"))
            associateIds[try employee.text("EmployeeID")] = associate.id
            report.associates += 1
        }

        var companies: [String: (company: Company, contactId: Int64?)] = [:]
        for customer in data.customers.rows {
            let code = try customer.text("CustomerID")
            if let existing = try store.company(code: code) {
                let contact = try store.people(ofCompany: existing.id!).first
                companies[code] = (existing, contact?.id)
                continue
            }
            let address = PostalAddress(
                street: try customer.text("Address"), city: try customer.text("City"), region: try customer.text("Region"),
                postalCode: try customer.text("PostalCode"), country: try customer.text("Country"))
            let phone = try customer.text("Phone")
            let contactName = try customer.text("ContactName")
            let nameParts = contactName.split(separator: " ", maxSplits: 1).map(String.init)
            let (company, contact) = try store.insert(
                Company(code: code, name: try customer.text("CompanyName"), address: address, phone: phone, fax: try customer.text("Fax")),
                contact: Person(
                    companyId: 0, firstName: nameParts.first ?? contactName, lastName: nameParts.count > 1 ? nameParts[1] : "",
                    title: try customer.text("ContactTitle"), email: Self.demoEmail(contactName, companyCode: code), phone: phone))
            companies[code] = (company, contact?.id)
            report.companies += 1
        }

        let priceList = try store.priceList(named: priceListName)
            ?? store.insert(PriceList(name: priceListName, description: "Northwind Traders' catalogue", currency: .usd))
        let listed = Dictionary(try store.products(inPriceList: priceList.id!).map { ($0.code, $0) }) { first, _ in first }
        let categories = try Dictionary(uniqueKeysWithValues: data.categories.rows.map { (try $0.text("CategoryID"), try $0.text("CategoryName")) })
        let suppliers = try Dictionary(uniqueKeysWithValues: data.suppliers.rows.map { (try $0.text("SupplierID"), try $0.text("CompanyName")) })
        var products: [String: Product] = [:]
        for row in data.products.rows {
            let code = try row.text("ProductID")
            if let existing = try listed[code] ?? store.removedProduct(code: code, priceListId: priceList.id!) {
                products[code] = existing
                continue
            }
            let supplierCode = try row.text("SupplierID")
            products[code] = try store.insert(Product(
                priceListId: priceList.id!, code: code, name: try row.text("ProductName"),
                quantityUnit: try row.text("QuantityPerUnit"), productCategory: categories[try row.text("CategoryID")] ?? "",
                supplier: suppliers[supplierCode] ?? "", supplierCode: supplierCode, vatPercent: .zero,
                unitListPrice: try row.decimal("UnitPrice"), inAssortment: try row.text("Discontinued") == "0",
                stock: try row.decimal("UnitsInStock")))
            report.products += 1
        }

        let productsById = Dictionary(uniqueKeysWithValues: products.values.map { ($0.id!, $0) })
        let saleType = try store.saleType(named: saleTypeName)
            ?? store.insert(SaleType(name: saleTypeName, quoteValidityDays: 30, allowsAlternatives: true, maxDiscountPercent: 20))
        let shippers = try Dictionary(uniqueKeysWithValues: data.shippers.rows.map { (try $0.text("ShipperID"), try $0.text("CompanyName")) })
        let detailsByOrder = Dictionary(grouping: data.orderDetails.rows) { $0.fields["OrderID"] ?? "" }
        let calculator = PriceCalculator(currency: .usd, policy: .perLine)

        for order in data.orders.rows {
            let number = try order.text("OrderID")
            if try store.sale(number: number) != nil { continue }
            let customerCode = try order.text("CustomerID")
            guard let (company, contactId) = companies[customerCode] else {
                throw NorthwindDataError(table: "orders", record: order.record, column: "CustomerID", problem: "no customer '\(customerCode)'")
            }
            let employeeId = try order.text("EmployeeID")
            guard let ownerId = associateIds[employeeId] else {
                throw NorthwindDataError(table: "orders", record: order.record, column: "EmployeeID", problem: "no employee '\(employeeId)'")
            }
            let shipped = try order.optionalDate("ShippedDate") != nil

            var lines: [QuoteLine] = []
            for (index, detail) in (detailsByOrder[number] ?? []).enumerated() {
                let productCode = try detail.text("ProductID")
                guard let product = products[productCode] else {
                    throw NorthwindDataError(table: "order_details", record: detail.record, column: "ProductID", problem: "no product '\(productCode)'")
                }
                var line = QuoteLine(copying: product, alternativeId: 0, rank: index + 1, quantity: try detail.decimal("Quantity"))
                line.unitListPrice = try detail.decimal("UnitPrice")
                line.discountPercent = (try detail.decimal("Discount") * .hundred).normalized
                line.valueOverride = .discountPercent
                lines.append(line)
            }
            let priced = try calculator.price(AlternativeWithLines(alternative: QuoteAlternative(versionId: 0, name: "Standard"), lines: lines))
            let orderDate = try order.date("OrderDate")

            let sale = try store.insert(Sale(
                number: number, title: "Order \(number) for \(company.name)", ownerId: ownerId, companyId: company.id!,
                personId: contactId, saleTypeId: saleType.id!, currency: .usd, status: shipped ? .sold : .open,
                amount: priced.alternative.alternative.totalPrice, date: orderDate))
            var quote = try store.insert(Quote(saleId: sale.id!, number: number, orderDate: shipped ? orderDate : nil))
            var freight = ExtraFields()
            freight[1] = try order.decimal("Freight").description
            let version = QuoteVersion(
                quoteId: quote.id!, state: shipped ? .sold : .draft,
                sentDate: shipped ? orderDate : nil, expirationDate: shipped ? try order.date("RequiredDate") : nil,
                deliveryType: shippers[try order.text("ShipVia")] ?? "",
                deliveryAddress: PostalAddress(
                    street: try order.text("ShipAddress"), city: try order.text("ShipCity"), region: try order.text("ShipRegion"),
                    postalCode: try order.text("ShipPostalCode"), country: try order.text("ShipCountry")),
                invoiceAddress: company.address, extraFields: freight)
            // Validated as of the order date, as the salesperson would have seen it: a draft whose
            // discounts exceed the sale type's limit needs approval before it can be sent.
            let validator = QuoteValidator(context: ValidationContext(
                saleCurrency: .usd, saleType: saleType, today: orderDate,
                products: productsById,
                priceLists: [priceList.id!: priceList]))
            var validated = try validator.validated(VersionWithAlternatives(version: version, alternatives: [priced.alternative]))
            validated.version.state = shipped ? .sold : VersionLifecycle.stateAfterEdit(.draft, status: validated.version.status, changed: true)
            let tree = try store.insert(validated, favouriteIndex: 0)
            if shipped {
                quote.acceptedAlternativeId = tree.version.favouriteAlternativeId
                try store.update(quote)
            }
            report.sales += 1
            report.quotes += 1
        }
        return report
    }
}
