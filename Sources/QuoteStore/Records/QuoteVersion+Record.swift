import Foundation
import GRDB
import QuoteModel

extension QuoteVersion: FetchableRecord, MutablePersistableRecord, TableRecord {
    public static var databaseTableName: String { "quoteVersion" }

    /// Reads a quote version from its row; a value that does not convert is an error, never a crash.
    public init(row: Row) throws {
        self.init(
            id: try row.value("id"),
            quoteId: try row.value("quoteId"),
            rank: try row.value("rank"),
            state: try row.value("state"),
            archivedState: try row.value("archivedState"),
            status: try row.value("status"),
            reason: try row.value("reason"),
            description: try row.value("description"),
            sentDate: try row.value("sentDate"),
            expirationDate: try row.value("expirationDate"),
            favouriteAlternativeId: try row.value("favouriteAlternativeId"),
            paymentTerms: try row.value("paymentTerms"),
            paymentType: try row.value("paymentType"),
            deliveryTerms: try row.value("deliveryTerms"),
            deliveryType: try row.value("deliveryType"),
            deliveryAddress: try row.address(prefix: "delivery"),
            invoiceAddress: try row.address(prefix: "invoice"),
            roundingPolicy: try row.value("roundingPolicy"),
            approval: Approval(
                requestedApproverId: try row.value("requestedApproverId"),
                requestComment: try row.value("approvalRequestComment"),
                approvedById: try row.value("approvedById"),
                approvalText: try row.value("approvalText"),
                registeredById: try row.value("approvalRegisteredById"),
                registeredAt: try row.value("approvalRegisteredAt")),
            extraFields: try row.extraFields())
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
