import Foundation
import GRDB
import QuoteModel

extension QuoteVersion: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteVersion" }

    /// The columns a row of this table is read from, in the order ``init(row:layout:)`` reads them.
    public static let columnNames: [String] = [
        "id",
        "quoteId",
        "rank",
        "state",
        "archivedState",
        "status",
        "reason",
        "description",
        "sentDate",
        "expirationDate",
        "favouriteAlternativeId",
        "paymentTerms",
        "paymentType",
        "deliveryTerms",
        "deliveryType",
        "roundingPolicy",
        "requestedApproverId",
        "approvalRequestComment",
        "approvedById",
        "approvalText",
        "approvalRegisteredById",
        "approvalRegisteredAt",
        "deliveryStreet",
        "deliveryCity",
        "deliveryRegion",
        "deliveryPostalCode",
        "deliveryCountry",
        "invoiceStreet",
        "invoiceCity",
        "invoiceRegion",
        "invoicePostalCode",
        "invoiceCountry",
        "extraField1",
        "extraField2",
        "extraField3",
        "extraField4",
        "extraField5",
    ]

    /// Reads a QuoteVersion from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(Self.columnNames, in: row))
    }

    /// Reads a QuoteVersion from its row with the column positions worked out once for a whole query.
    public init(row: Row, layout: ColumnLayout) throws {
        self.init(
            id: try row.value(at: layout[0]),
            quoteId: try row.value(at: layout[1]),
            rank: try row.value(at: layout[2]),
            state: try row.value(at: layout[3]),
            archivedState: try row.value(at: layout[4]),
            status: try row.value(at: layout[5]),
            reason: try row.value(at: layout[6]),
            description: try row.value(at: layout[7]),
            sentDate: try row.value(at: layout[8]),
            expirationDate: try row.value(at: layout[9]),
            favouriteAlternativeId: try row.value(at: layout[10]),
            paymentTerms: try row.value(at: layout[11]),
            paymentType: try row.value(at: layout[12]),
            deliveryTerms: try row.value(at: layout[13]),
            deliveryType: try row.value(at: layout[14]),
            deliveryAddress: try row.address(at: layout, from: 22),
            invoiceAddress: try row.address(at: layout, from: 27),
            roundingPolicy: try row.value(at: layout[15]),
            approval: Approval(
                requestedApproverId: try row.value(at: layout[16]),
                requestComment: try row.value(at: layout[17]),
                approvedById: try row.value(at: layout[18]),
                approvalText: try row.value(at: layout[19]),
                registeredById: try row.value(at: layout[20]),
                registeredAt: try row.value(at: layout[21])),
            extraFields: try row.extraFields(at: layout, from: 32))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["quoteId"] = quoteId
        container["rank"] = rank
        container["state"] = state
        container["archivedState"] = archivedState
        container["status"] = status
        container["reason"] = reason
        container["description"] = description
        container["sentDate"] = sentDate
        container["expirationDate"] = expirationDate
        container["favouriteAlternativeId"] = favouriteAlternativeId
        container["paymentTerms"] = paymentTerms
        container["paymentType"] = paymentType
        container["deliveryTerms"] = deliveryTerms
        container["deliveryType"] = deliveryType
        container.encode(deliveryAddress, prefix: "delivery")
        container.encode(invoiceAddress, prefix: "invoice")
        container["roundingPolicy"] = roundingPolicy
        container["requestedApproverId"] = approval.requestedApproverId
        container["approvalRequestComment"] = approval.requestComment
        container["approvedById"] = approval.approvedById
        container["approvalText"] = approval.approvalText
        container["approvalRegisteredById"] = approval.registeredById
        container["approvalRegisteredAt"] = approval.registeredAt
        container.encode(extraFields)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
