import GRDB
import QuoteModel

extension QuoteAlternative: ColumnRecord {
    public static var databaseTableName: String { "quoteAlternative" }

    /// The columns of a quote alternative's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, versionId, rank, name, description, discountPercent, discountAmount, valueOverride, erpDiscountPercent
        case erpDiscountAmount, subTotal, totalPrice, vatAmount, earningAmount, earningPercent, status, reason
        case extraField1, extraField2, extraField3, extraField4, extraField5
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            versionId: try row.value(at: layout[.versionId]),
            rank: try row.value(at: layout[.rank]),
            name: try row.value(at: layout[.name]),
            description: try row.value(at: layout[.description]),
            discountPercent: try row.value(at: layout[.discountPercent]),
            discountAmount: try row.value(at: layout[.discountAmount]),
            valueOverride: try row.value(at: layout[.valueOverride]),
            erpDiscountPercent: try row.value(at: layout[.erpDiscountPercent]),
            erpDiscountAmount: try row.value(at: layout[.erpDiscountAmount]),
            subTotal: try row.value(at: layout[.subTotal]),
            totalPrice: try row.value(at: layout[.totalPrice]),
            vatAmount: try row.value(at: layout[.vatAmount]),
            earningAmount: try row.value(at: layout[.earningAmount]),
            earningPercent: try row.value(at: layout[.earningPercent]),
            status: try row.value(at: layout[.status]),
            reason: try row.value(at: layout[.reason]),
            extraFields: try row.extraFields(layout, from: .extraField1))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.versionId] = versionId
        container[Columns.rank] = rank
        container[Columns.name] = name
        container[Columns.description] = description
        container[Columns.discountPercent] = discountPercent
        container[Columns.discountAmount] = discountAmount
        container[Columns.valueOverride] = valueOverride
        container[Columns.erpDiscountPercent] = erpDiscountPercent
        container[Columns.erpDiscountAmount] = erpDiscountAmount
        container[Columns.subTotal] = subTotal
        container[Columns.totalPrice] = totalPrice
        container[Columns.vatAmount] = vatAmount
        container[Columns.earningAmount] = earningAmount
        container[Columns.earningPercent] = earningPercent
        container[Columns.status] = status
        container[Columns.reason] = reason
        container.encode(extraFields, from: Columns.extraField1)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
