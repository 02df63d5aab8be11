import Foundation
import GRDB
import QuoteModel
import StorageInterface
import XCTest
@testable import QuoteStore

/// The field configuration (migration v9-field-configuration) saved and read back through the
/// storage interface.
final class FieldConfigurationStoreTests: XCTestCase {
    func testANewDatabaseHasTheDefaultConfigurationAndNoRows() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertEqual(try store.fieldConfiguration(), .standard)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fieldSetting") }, 0)
    }

    func testAConfigurationRoundTripsStoringOnlyTheChangedFields() throws {
        let store = try QuoteDatabase.inMemory()
        var configuration = FieldConfiguration.standard
        try configuration.setShown(.unitCost, false)
        try configuration.setMandatory(.supplier, true)
        try configuration.setReadOnly(.discountPercent, true)
        try configuration.setLabel(.stock, "Lager", language: "sv")
        try configuration.setLabel(.stock, "On hand", language: "en")
        try configuration.move(.unitListPrice, toRank: 3)
        try store.transaction { writer in try writer.save(configuration) }

        XCTAssertEqual(try store.snapshot { reader in try reader.fieldConfiguration() }, configuration)
        let rows = try store.read { db in try String.fetchAll(db, sql: "SELECT field FROM fieldSetting ORDER BY rank") }
        XCTAssertEqual(Set(rows), Set(configuration.changedSettings.map(\.field.rawValue)))
        XCTAssertFalse(rows.contains("quantity"), "a field after the moved range keeps its default and has no row")
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fieldLabel") }, 2)

        try store.transaction { writer in try writer.save(.standard) }
        XCTAssertEqual(try store.fieldConfiguration(), .standard)
        XCTAssertEqual(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM fieldSetting") }, 0)
    }

    func testTheSchemaRefusesAMandatoryReadOnlyRow() throws {
        let store = try QuoteDatabase.inMemory()
        XCTAssertThrowsError(try store.write { db in
            try db.execute(sql: "INSERT INTO fieldSetting (field, shown, mandatory, readOnly, rank) VALUES ('unitCost', 1, 1, 1, 15)")
        })
    }

}
