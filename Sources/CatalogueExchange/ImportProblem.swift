/// Why a row of an import file (or the file's header, row 1) cannot be imported.
public struct ImportProblem: Sendable, Hashable, Codable {
    /// The row number as the file shows it; the header is row 1.
    public var row: Int
    /// The header of the column at fault.
    public var column: String
    public var reason: String

    public init(row: Int, column: String, reason: String) {
        self.row = row
        self.column = column
        self.reason = reason
    }
}
