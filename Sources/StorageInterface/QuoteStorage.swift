import Foundation
import QuoteModel

/// Where quotes are kept: the one narrow interface the workflow talks to. A store loads, saves
/// and queries; it decides nothing (every rule is in the model, every use case in the workflow).
/// SQLite (`QuoteStore`) implements it; a server store can implement it without the workflow
/// changing.
public protocol QuoteStorage: Sendable {
    /// Runs `body` on one consistent snapshot.
    func snapshot<T>(_ body: (any StorageReader) throws -> T) throws -> T
    /// Runs `body` in one transaction: everything it writes is kept, or nothing is (a thrown
    /// error rolls it all back).
    func transaction<T>(_ body: (any StorageWriter) throws -> T) throws -> T
    /// Checks the store's own structure (for SQLite, a check of every page of the file).
    func verifyIntegrity() throws
}
