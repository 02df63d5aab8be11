/// Why something asked of quotedoc cannot be done: a code a program can act on, a message in
/// domain words, and the offending value. Every library module throws this one type; the
/// command line adds what to type next (libraries never name commands or options).
public struct QuoteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Code: String, Sendable, Hashable, Codable {
        // Lookups and input.
        /// Nothing matches the given key.
        case notFound
        /// Something with the same key exists already.
        case duplicate
        /// A value or a request breaks a rule of the model.
        case invalid
        /// A key matches more than one thing; say which.
        case ambiguous

        // The quote's life.
        /// The version is frozen (sent, ordered, lost or archived) and cannot be changed.
        case notEditable
        /// The version cannot be sent or ordered in its state.
        case notSendable
        /// The version's warnings need an approval first.
        case needsApproval
        /// The version was not approved.
        case notApproved
        /// The version has errors.
        case hasErrors
        /// The quote has an order placed already.
        case alreadyOrdered
        /// The associate lacks the right the action needs.
        case notAllowed
        /// Another version became active while the action was prepared.
        case versionChanged
        /// The sale is not open.
        case saleClosed
        /// The quote cannot have this document or action (e.g. a confirmation without an order).
        case notApplicable

        // Storage.
        /// No database at the path.
        case databaseMissing
        /// The file is not a quotedoc database.
        case notAQuotedocDatabase
        /// The database was written by a newer quotedoc.
        case newerSchema
        /// The database file is damaged.
        case corrupt
        /// Any other database failure.
        case databaseFailure

        // Documents.
        /// A template is missing or does not compile.
        case templates
        /// The XML does not satisfy its schema.
        case invalidXML
        /// The output could not be written.
        case output
        /// A document's path holds another file, which is never replaced.
        case fileExists
        /// The ERP could not be reached or did not answer in time; nothing was changed.
        case erpUnavailable
        /// The ERP answered and refused (wrong password, unknown customer, a rule of its own).
        case erpRefused
    }

    /// What would put it right, in domain terms; a front end turns it into its own words (the
    /// command line into the command to type).
    public enum Remedy: Sendable, Hashable {
        /// Create the database.
        case createDatabase
        /// Load the Northwind demo into the database.
        case loadDemo
        /// Make a new version of the quote and change that.
        case newVersion
        /// Ask an approver to approve the version.
        case requestApproval
        /// Change the version, then ask for approval again.
        case changeAndRequestApproval
        /// Look at the quote again and repeat.
        case retry
        /// Ask someone with the right.
        case askSomeoneAllowed
        /// Say which price list.
        case namePriceList
        /// Continue the batch run with this identifier.
        case resumeRun(String)
        /// Write into another folder.
        case writeElsewhere
        /// Install a PDF converter, or do without the PDF.
        /// Check that the ERP runs and is reachable, then run the same command again: nothing was
        /// recorded, and an order the ERP already made is found again, never made twice.
        case retryWhenERPAnswers
        case installPDFConverter
        /// Give these mandatory fields of the field configuration (their command names).
        case giveMandatoryFields([String])
        /// Make this field (its command name) editable in the field configuration.
        case makeFieldEditable(String)
        /// Turn on the discount on an alternative's total in the settings.
        case allowAlternativeDiscount
        /// Give our own company its electronic address (Peppol EndpointID).
        case giveOwnEndpoint
        /// Give the customer with this code its electronic address (Peppol EndpointID).
        case giveCompanyEndpoint(String)
        /// Confirm the order with the standard UBL profile instead of Peppol's.
        case useStandardProfile
        /// Show this field (its command name) in the field configuration.
        case showField(String)
        /// Give the address an e-mail goes to.
        case giveRecipientAddress
        /// Give our company (or the sale's owner) an e-mail address to send from.
        case giveSenderAddress
        /// Make the party of the customer with this code in the ERP of this connection (code, connection).
        case pushCompany(String, String)
        /// Switch the sync of this connection off before changing its mappings.
        case deactivateSync(String)
        /// Switch the sync of this connection on.
        case activateSync(String)
    }

    public let code: Code
    /// The problem in domain words, without command syntax.
    public let message: String
    /// The offending value (a number, a name, a path), when there is one.
    public let value: String?
    /// The quote the problem is about, when there is one: lets a caller say what to do next.
    public let quoteNumber: String?
    /// What would put it right; when nil, what the code implies (``defaultRemedy``).
    public let remedy: Remedy?

    public init(_ code: Code, _ message: String, value: String? = nil, quote quoteNumber: String? = nil, remedy: Remedy? = nil) {
        self.code = code
        self.message = message
        self.value = value
        self.quoteNumber = quoteNumber
        self.remedy = remedy ?? Self.defaultRemedy(code)
    }

    /// The remedy a code implies by itself.
    static func defaultRemedy(_ code: Code) -> Remedy? {
        switch code {
        case .databaseMissing: .createDatabase
        case .notEditable, .notSendable: .newVersion
        case .needsApproval: .requestApproval
        case .notApproved: .changeAndRequestApproval
        case .versionChanged: .retry
        case .erpUnavailable: .retryWhenERPAnswers
        case .notAllowed: .askSomeoneAllowed
        case .ambiguous: .namePriceList
        default: nil
        }
    }

    public var description: String { message }

    /// "no quote '123'".
    public static func notFound(_ what: String, _ key: String) -> QuoteError {
        QuoteError(.notFound, "no \(what) '\(key)'", value: key)
    }
}
