import QuoteModel

/// A customer company as `company show` shows it: its contact people and, per sync
/// connection it is linked on, its party and the mapped fields as the ERP has them now.
public struct CompanyView: Sendable {
    /// One link with what the ERP says of its party.
    public struct Link: Sendable {
        public var connection: String
        public var link: PartyLink
        /// The mapped fields as the ERP has them (quotedoc field, ERP field, ERP value, and
        /// whether it differs from quotedoc's through the lists' mappings).
        public var erpValues: [(crmField: CompanyField, erpField: String, value: String, differs: Bool)]
        /// Why the ERP's values could not be read, when they could not.
        public var failure: String?
    }

    public var company: Company
    public var people: [Person]
    public var links: [Link]
}
