import Foundation
import GRDB
import QuoteModel

extension QuoteVersion: ColumnRecord {
    public static var databaseTableName: String { "quoteVersion" }

    /// The columns of a quote version's table, in the table's order: the one list its reading and writing follow.
    public enum Columns: String, RecordColumns {
        case id, quoteId, rank, state, archivedState, status, reason, description, sentDate, expirationDate
        case favouriteAlternativeId, paymentTerms, paymentType, deliveryTerms, deliveryType
        case deliveryStreet, deliveryCity, deliveryRegion, deliveryPostalCode, deliveryCountry
        case invoiceStreet, invoiceCity, invoiceRegion, invoicePostalCode, invoiceCountry
        case roundingPolicy, requestedApproverId, approvalRequestComment, approvedById, approvalText
        case approvalRegisteredById, approvalRegisteredAt
        case extraField1, extraField2, extraField3, extraField4, extraField5
        case revision, revisedById, revisedAt
    }

    /// Reads the record from a row on its own.
    public init(row: Row) throws {
        try self.init(row: row, layout: ColumnLayout(in: row))
    }

    public init(row: Row, layout: ColumnLayout<Columns>) throws {
        self.init(
            id: try row.value(at: layout[.id]),
            quoteId: try row.value(at: layout[.quoteId]),
            rank: try row.value(at: layout[.rank]),
            state: try row.value(at: layout[.state]),
            archivedState: try row.value(at: layout[.archivedState]),
            status: try row.value(at: layout[.status]),
            reason: try row.value(at: layout[.reason]),
            description: try row.value(at: layout[.description]),
            sentDate: try row.value(at: layout[.sentDate]),
            expirationDate: try row.value(at: layout[.expirationDate]),
            favouriteAlternativeId: try row.value(at: layout[.favouriteAlternativeId]),
            paymentTerms: try row.value(at: layout[.paymentTerms]),
            paymentType: try row.value(at: layout[.paymentType]),
            deliveryTerms: try row.value(at: layout[.deliveryTerms]),
            deliveryType: try row.value(at: layout[.deliveryType]),
            deliveryAddress: try row.address(layout, from: .deliveryStreet),
            invoiceAddress: try row.address(layout, from: .invoiceStreet),
            roundingPolicy: try row.value(at: layout[.roundingPolicy]),
            approval: Approval(
                requestedApproverId: try row.value(at: layout[.requestedApproverId]),
                requestComment: try row.value(at: layout[.approvalRequestComment]),
                approvedById: try row.value(at: layout[.approvedById]),
                approvalText: try row.value(at: layout[.approvalText]),
                registeredById: try row.value(at: layout[.approvalRegisteredById]),
                registeredAt: try row.value(at: layout[.approvalRegisteredAt])),
            extraFields: try row.extraFields(layout, from: .extraField1),
            revision: try row.value(at: layout[.revision]),
            revisedById: try row.value(at: layout[.revisedById]),
            revisedAt: try row.value(at: layout[.revisedAt]))
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.id] = id
        container[Columns.quoteId] = quoteId
        container[Columns.rank] = rank
        container[Columns.state] = state
        container[Columns.archivedState] = archivedState
        container[Columns.status] = status
        container[Columns.reason] = reason
        container[Columns.description] = description
        container[Columns.sentDate] = sentDate
        container[Columns.expirationDate] = expirationDate
        container[Columns.favouriteAlternativeId] = favouriteAlternativeId
        container[Columns.paymentTerms] = paymentTerms
        container[Columns.paymentType] = paymentType
        container[Columns.deliveryTerms] = deliveryTerms
        container[Columns.deliveryType] = deliveryType
        container.encode(deliveryAddress, from: Columns.deliveryStreet)
        container.encode(invoiceAddress, from: Columns.invoiceStreet)
        container[Columns.roundingPolicy] = roundingPolicy
        container[Columns.requestedApproverId] = approval.requestedApproverId
        container[Columns.approvalRequestComment] = approval.requestComment
        container[Columns.approvedById] = approval.approvedById
        container[Columns.approvalText] = approval.approvalText
        container[Columns.approvalRegisteredById] = approval.registeredById
        container[Columns.approvalRegisteredAt] = approval.registeredAt
        container.encode(extraFields, from: Columns.extraField1)
        container[Columns.revision] = revision
        container[Columns.revisedById] = revisedById
        container[Columns.revisedAt] = revisedAt
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
