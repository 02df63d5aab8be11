import Foundation

/// The Northwind tables quotedoc uses, read from the CSV files bundled with this module
/// (`Resources/northwind`, with Microsoft's MIT licence beside them).
struct NorthwindData {
    let employees: NorthwindTable
    let customers: NorthwindTable
    let suppliers: NorthwindTable
    let categories: NorthwindTable
    let products: NorthwindTable
    let shippers: NorthwindTable
    let orders: NorthwindTable
    let orderDetails: NorthwindTable

    /// Reads every table from `folder`.
    init(folder: URL) throws {
        employees = try NorthwindTable("employees", in: folder)
        customers = try NorthwindTable("customers", in: folder)
        suppliers = try NorthwindTable("suppliers", in: folder)
        categories = try NorthwindTable("categories", in: folder)
        products = try NorthwindTable("products", in: folder)
        shippers = try NorthwindTable("shippers", in: folder)
        orders = try NorthwindTable("orders", in: folder)
        orderDetails = try NorthwindTable("order_details", in: folder)
    }

    /// The folder of CSV files bundled with quotedoc.
    static var bundledFolder: URL? {
        Bundle.module.url(forResource: "northwind", withExtension: nil)
    }

    /// The data bundled with quotedoc.
    static func bundled() throws -> NorthwindData {
        guard let folder = bundledFolder else {
            throw NorthwindDataError(table: "*", record: 0, column: nil, problem: "the bundled Northwind data is missing from this build")
        }
        return try NorthwindData(folder: folder)
    }
}
