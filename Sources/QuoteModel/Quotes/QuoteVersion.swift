import Foundation

/// One version of a quote. Only the latest is active; a sent version is frozen, and editing it
/// means creating version n+1.
public struct QuoteVersion: Sendable, Hashable, Codable {
    public var id: Int64?
    public var quoteId: Int64
    /// The version number, from 1.
    public var rank: Int
    public var state: VersionState
    /// The state the version had when it was archived.
    public var archivedState: VersionState?
    /// The worst validation status below the version.
    public var status: ValidationStatus
    /// Every validation problem, one per line.
    public var reason: String
    public var description: String
    public var sentDate: LocalDate?
    /// The last valid day; the quote expires at the end of it.
    public var expirationDate: LocalDate?
    /// The favourite (likely) alternative; it drives the sale's amount.
    public var favouriteAlternativeId: Int64?
    public var paymentTerms: String
    public var paymentType: String
    public var deliveryTerms: String
    public var deliveryType: String
    public var deliveryAddress: PostalAddress
    public var invoiceAddress: PostalAddress
    public var roundingPolicy: RoundingPolicy
    public var approval: Approval
    public var extraFields: ExtraFields
    /// How many times the version's content was saved, from 1: an edit made against an older
    /// revision is refused instead of overwriting what was saved since (optimistic concurrency).
    public var revision: Int
    /// Who saved the current revision, and when; nil for revision 1.
    public var revisedById: Int64?
    public var revisedAt: Date?

    public init(
        id: Int64? = nil, quoteId: Int64, rank: Int = 1, state: VersionState = .draft, archivedState: VersionState? = nil,
        status: ValidationStatus = .ok, reason: String = "", description: String = "",
        sentDate: LocalDate? = nil, expirationDate: LocalDate? = nil, favouriteAlternativeId: Int64? = nil,
        paymentTerms: String = "", paymentType: String = "", deliveryTerms: String = "", deliveryType: String = "",
        deliveryAddress: PostalAddress = PostalAddress(), invoiceAddress: PostalAddress = PostalAddress(),
        roundingPolicy: RoundingPolicy = .perLine, approval: Approval = Approval(), extraFields: ExtraFields = ExtraFields(),
        revision: Int = 1, revisedById: Int64? = nil, revisedAt: Date? = nil
    ) {
        self.id = id
        self.quoteId = quoteId
        self.rank = rank
        self.state = state
        self.archivedState = archivedState
        self.status = status
        self.reason = reason
        self.description = description
        self.sentDate = sentDate
        self.expirationDate = expirationDate
        self.favouriteAlternativeId = favouriteAlternativeId
        self.paymentTerms = paymentTerms
        self.paymentType = paymentType
        self.deliveryTerms = deliveryTerms
        self.deliveryType = deliveryType
        self.deliveryAddress = deliveryAddress
        self.invoiceAddress = invoiceAddress
        self.roundingPolicy = roundingPolicy
        self.approval = approval
        self.extraFields = extraFields
        self.revision = revision
        self.revisedById = revisedById
        self.revisedAt = revisedAt
    }
}
