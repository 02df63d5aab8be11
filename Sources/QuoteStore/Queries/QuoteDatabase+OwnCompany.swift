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
        return try OwnCompany(storedRow: row)
    }

    /// True while our own company still has the name a new database starts with.
    public static func ownCompanyIsUnset(_ db: Database) throws -> Bool {
        try ownCompany(db).name == OwnCompany.unsetName
    }

    /// Writes our own company within a transaction the caller holds.
    public static func setOwnCompany(_ company: OwnCompany, _ db: Database) throws {
        let values = company.storedValues
        try db.execute(
            sql: "UPDATE ownCompany SET \(values.map { "\($0.column) = ?" }.joined(separator: ", ")) WHERE id = 1",
            arguments: StatementArguments(values.map(\.value)))
    }
}

extension OwnCompany {
    /// Our own company from its stored row (either store's).
    package init(storedRow row: Row) throws {
        let logoMediaType: String? = try row.value("logoMediaType")
        let logoBytes: Data? = try row.value("logoBytes")
        self.init(
            name: try row.value("name"), address: try row.address(prefix: ""), phone: try row.value("phone"),
            email: try row.value("email"), website: try row.value("website"), vatNumber: try row.value("vatNumber"),
            logo: logoMediaType.flatMap { type in logoBytes.map { ProductImage(mediaType: type, bytes: Array($0)) } },
            endpoint: Company.endpoint(scheme: try row.value("endpointScheme"), identifier: try row.value("endpointId")))
    }

    /// The columns of its row and the values to write to them.
    package var storedValues: [(column: String, value: DatabaseValue)] {
        let columns = AddressColumns.names(prefix: "")
        let values: [(any DatabaseValueConvertible)?] = [
            name, address.street, address.city, address.region, address.postalCode, address.country,
            phone, email, website, vatNumber, logo?.mediaType, logo.map { Data($0.bytes) }, endpoint?.scheme, endpoint?.identifier,
        ]
        let names = ["name"] + columns + ["phone", "email", "website", "vatNumber", "logoMediaType", "logoBytes", "endpointScheme", "endpointId"]
        return zip(names, values).map { ($0, $1?.databaseValue ?? .null) }
    }
}
