import Foundation
import QuoteModel
import StorageInterface

/// Who a quote's e-mail is from and to, settled before anything is rendered so a mail that
/// cannot be addressed stops the send or order before it starts.
///
/// To the sale's contact person, or the address given instead (`to`). From the sale's owner, or
/// our company when the owner has no e-mail address.
public struct MailParties: Sendable, Hashable {
    public let from: MailAddress
    public let to: MailAddress

    /// - Parameter recipient: an address for the mail instead of the contact's
    ///   (`erika@acme.example` or `Erika Lind <erika@acme.example>`). A bare address takes the
    ///   contact's name when it supplies the contact's missing address or repeats it.
    public init(detail: QuoteDetail, ownCompany: OwnCompany, recipient: String?) throws(QuoteError) {
        to = try Self.recipient(detail, given: recipient)
        from = try Self.sender(detail, ownCompany: ownCompany)
    }

    private static func recipient(_ detail: QuoteDetail, given: String?) throws(QuoteError) -> MailAddress {
        let quote = detail.quote.number
        let person = detail.person
        let personEmail = person?.email.trimmingCharacters(in: .whitespaces) ?? ""
        if let given {
            let address = try MailAddress(parsing: given, what: "the recipient")
            guard address.name.isEmpty, let person, personEmail.isEmpty || personEmail.lowercased() == address.address.lowercased() else {
                return address
            }
            return try MailAddress(name: person.fullName, address: address.address)
        }
        guard let person else {
            throw QuoteError(
                .notApplicable, "sale \(detail.sale.number) (\(detail.company.name)) has no contact person, so the e-mail of quote \(quote) has no recipient",
                quote: quote, remedy: .giveRecipientAddress)
        }
        guard !personEmail.isEmpty else {
            throw QuoteError(
                .notApplicable, "contact \(person.fullName) of \(detail.company.name) has no e-mail address, so the e-mail of quote \(quote) has no recipient",
                value: person.fullName, quote: quote, remedy: .giveRecipientAddress)
        }
        return try MailAddress(name: person.fullName, address: personEmail, what: "the e-mail address of contact \(person.fullName) of \(detail.company.name)")
    }

    private static func sender(_ detail: QuoteDetail, ownCompany: OwnCompany) throws(QuoteError) -> MailAddress {
        let owner = detail.owner
        if !owner.email.isEmpty {
            return try MailAddress(name: owner.name, address: owner.email, what: "the e-mail address of \(owner.name) (\(owner.userName)), the owner of sale \(detail.sale.number)")
        }
        if !ownCompany.email.isEmpty {
            return try MailAddress(name: ownCompany.name, address: ownCompany.email, what: "our company's e-mail address")
        }
        throw QuoteError(
            .notApplicable,
            "the e-mail of quote \(detail.quote.number) has no sender: neither \(owner.name) (\(owner.userName)), the owner of sale \(detail.sale.number), nor our company \(ownCompany.name) has an e-mail address",
            value: owner.userName, quote: detail.quote.number, remedy: .giveSenderAddress)
    }
}
