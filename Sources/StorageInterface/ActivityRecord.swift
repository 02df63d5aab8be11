import Foundation
import QuoteModel

/// A sale activity with the documents archived with it.
public struct ActivityRecord: Sendable, Hashable, Codable {
    public let activity: SaleActivity
    public let saleNumber: String
    public let quoteNumber: String?
    public let version: Int?
    public let associateUserName: String
    public let documents: [Document]

    public init(activity: SaleActivity, saleNumber: String, quoteNumber: String?, version: Int?, associateUserName: String, documents: [Document]) {
        self.activity = activity
        self.saleNumber = saleNumber
        self.quoteNumber = quoteNumber
        self.version = version
        self.associateUserName = associateUserName
        self.documents = documents
    }
}
