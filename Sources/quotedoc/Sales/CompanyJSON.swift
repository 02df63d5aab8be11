import Foundation
import QuoteModel
import QuoteWorkflow

/// A company as `company show --json` prints it.
struct CompanyJSON: Encodable {
    struct Link: Encodable {
        let connection: String
        let partyCode: String
        let partyKey: String
        let linkedAt: Date
        let syncedAt: Date?
        /// The mapped fields as the ERP has them, by company field.
        let erp: [String: String]?
        /// The company fields whose ERP value differs from quotedoc's.
        let differing: [String]
        let failure: String?
    }

    let company: Company
    let people: [Person]
    let links: [Link]

    init(_ view: CompanyView) {
        company = view.company
        people = view.people
        links = view.links.map { link in
            Link(
                connection: link.connection, partyCode: link.link.partyCode, partyKey: link.link.partyKey, linkedAt: link.link.linkedAt,
                syncedAt: link.link.syncedAt,
                erp: link.failure == nil ? Dictionary(link.erpValues.map { ($0.crmField.rawValue, $0.value) }, uniquingKeysWith: { first, _ in first }) : nil,
                differing: link.erpValues.filter(\.differs).map(\.crmField.rawValue), failure: link.failure)
        }
    }
}
