/// A store operation that could not be done, with a message for the user. Messages name the
/// problem and never echo customer data bound into SQL.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// No database file at the path.
        case databaseMissing
        /// The file is not a quotedoc database (another SQLite file, or not SQLite at all).
        case notAQuotedocDatabase
        /// The database was written by a newer quotedoc.
        case newerSchema
        /// SQLite found the file damaged.
        case corrupt
        /// Something with the same key exists already.
        case duplicate
        /// Nothing matches the given key.
        case notFound
        /// The request breaks a rule of the model.
        case invalid
        /// Any other database failure.
        case databaseFailure
    }

    public let code: Code
    public let description: String

    public init(_ code: Code, _ description: String) {
        self.code = code
        self.description = description
    }

    public static func notFound(_ what: String, _ key: String) -> StoreError {
        StoreError(.notFound, "no \(what) '\(key)'")
    }
}
