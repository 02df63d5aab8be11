import Foundation
import GRDB
import QuoteModel

extension QuoteDatabase {
    /// Our own company, as documents print it.
    public func ownCompany() throws(QuoteError) -> OwnCompany {
        try read { db in try Self.ownCompany(db) }
    }

    /// Replaces our own company's details.
    public func setOwnCompany(_ company: OwnCompany) throws(QuoteError) {
        try write { db in try Self.setOwnCompany(company, db) }
    }

    static func ownCompany(_ db: Database) throws -> OwnCompany {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM ownCompany WHERE id = 1") else {
            throw QuoteError(.invalid, "the database has no own-company row")
        }
        let logoMediaType: String? = try row.value("logoMediaType")
        let logoBytes: Data? = try row.value("logoBytes")
        return OwnCompany(
            name: try row.value("name"), address: try row.address(prefix: ""), phone: try row.value("phone"),
            email: try row.value("email"), website: try row.value("website"), vatNumber: try row.value("vatNumber"),
            logo: logoMediaType.flatMap { type in logoBytes.map { ProductImage(mediaType: type, bytes: Array($0)) } },
            endpoint: Company.endpoint(scheme: try row.value("endpointScheme"), identifier: try row.value("endpointId")))
    }

    /// True while our own company still has the name a new database starts with.
    public static func ownCompanyIsUnset(_ db: Database) throws -> Bool {
        try ownCompany(db).name == "Our Company"
    }

    /// Writes our own company within a transaction the caller holds.
    public static func setOwnCompany(_ company: OwnCompany, _ db: Database) throws {
        let columns = AddressColumns.names(prefix: "")
        let address = company.address
        try db.execute(
            sql: "UPDATE ownCompany SET name = ?, \(columns.map { "\($0) = ?" }.joined(separator: ", ")), phone = ?, email = ?, website = ?, vatNumber = ?, logoMediaType = ?, logoBytes = ?, endpointScheme = ?, endpointId = ? WHERE id = 1",
            arguments: [
                company.name, address.street, address.city, address.region, address.postalCode, address.country,
                company.phone, company.email, company.website, company.vatNumber, company.logo?.mediaType, company.logo.map { Data($0.bytes) },
                company.endpoint?.scheme, company.endpoint?.identifier,
            ])
    }
}
