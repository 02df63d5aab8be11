import Foundation
import QuoteModel

/// What the workflow writes inside a transaction.
public protocol StorageWriter: StorageReader {
    func insert(_ quote: Quote) throws -> Quote
    /// Inserts a version with its alternatives and lines; the alternative at `favouriteIndex`
    /// becomes the favourite. Returns the tree with every id filled in.
    func insert(_ tree: VersionWithAlternatives, favouriteIndex: Int) throws -> VersionWithAlternatives
    /// Writes an edited tree over the one it was loaded from: new alternatives and lines
    /// inserted, changed ones updated, missing ones deleted, ranks renumbered from 1.
    func save(_ tree: VersionWithAlternatives, replacing original: VersionWithAlternatives) throws
    func update(_ version: QuoteVersion) throws
    func update(_ quote: Quote) throws
    func update(_ sale: Sale) throws
    /// Adds an associate; a user name in use is ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ associate: Associate) throws -> Associate
    /// Adds a sale; a number in use is ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ sale: Sale) throws -> Sale
    /// Adds a company and, when given, its first contact person; a code in use is
    /// ``QuoteError/Code/duplicate``. Returns the company with its id and the contact with theirs.
    func insert(_ company: Company, contact: Person?) throws -> (Company, Person?)
    /// Writes a stored company whole.
    func update(_ company: Company) throws
    /// Attaches a file to a version. Returns it with its id.
    func insert(_ attachment: VersionAttachment) throws -> VersionAttachment
    /// Writes a stored attachment whole (its include flag).
    func update(_ attachment: VersionAttachment) throws
    func delete(_ attachment: VersionAttachment) throws
    /// Adds a default attachment to a sale type. Returns it with its id.
    func insert(_ attachment: SaleTypeAttachment) throws -> SaleTypeAttachment
    func delete(_ attachment: SaleTypeAttachment) throws
    /// Adds a connection; a name in use already, even by a removed connection, is
    /// ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ connection: ERPConnection) throws -> ERPConnection
    /// Writes a connection's description, settings, removal (`isDeleted`) and sync settings;
    /// its name, connector and client key never change.
    func update(_ connection: ERPConnection) throws
    /// Adds a price list; a name in use is ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ priceList: PriceList) throws -> PriceList
    /// Writes a stored price list whole.
    func update(_ priceList: PriceList) throws
    /// Adds a product; a code its price list has already (removed or not) is
    /// ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ product: Product) throws -> Product
    /// Writes a stored product whole (its image too).
    func update(_ product: Product) throws
    /// Deletes a product no quote line was copied from.
    func delete(_ product: Product) throws
    /// Appends an activity and the documents archived with it.
    func append(_ activity: SaleActivity, documents: [DocumentDraft], versionId: Int64?, now: Date) throws -> SaleActivity
    /// Appends one state change of a version.
    func append(_ change: StateChange) throws

    // MARK: Field configuration (issue 13)

    /// Replaces the stored field configuration with `configuration`.
    func save(_ configuration: FieldConfiguration) throws
    // MARK: Sale types, own company and settings

    /// Adds a sale type; a name in use already is ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ saleType: SaleType) throws -> SaleType
    /// Writes a sale type over the one with its id; a name another sale type has is ``QuoteError/Code/duplicate``.
    func update(_ saleType: SaleType) throws
    /// Replaces our own company's details.
    func update(_ ownCompany: OwnCompany) throws
    /// Replaces the settings.
    func update(_ settings: QuoteSettings) throws

    // MARK: Sync (issue 15)

    /// Removes a company with its contact people and party links (one with sales is refused by
    /// the workflow before).
    func delete(_ company: Company) throws
    /// Replaces the field mappings of connection `connectionId`.
    func save(_ mappings: [FieldMapping], connectionId: Int64) throws
    /// Replaces the list mappings of connection `connectionId`.
    func save(_ mappings: [ListMapping], connectionId: Int64) throws
    /// Replaces the defaults of connection `connectionId`.
    func save(_ defaults: [SyncDefault], connectionId: Int64) throws
    /// Links a company to a party; a second link of the company, or of the party, on the same
    /// connection is ``QuoteError/Code/duplicate``. Returns it with its id.
    func insert(_ link: PartyLink) throws -> PartyLink
    /// Writes a link's party code, base and sync time.
    func update(_ link: PartyLink) throws
    func delete(_ link: PartyLink) throws
    /// Appends entries to the sync log (never changed or removed).
    func append(_ entries: [SyncLogEntry]) throws
}
