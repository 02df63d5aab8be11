import ArgumentParser
import StorageInterface

/// `--expect-head TABLE:ID:SHA256`, as `document verify` prints the heads.
extension AuditChainHead: ExpressibleByArgument {
    public init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let table = AuditedTable(rawValue: String(parts[0])), let id = Int64(parts[1]),
              parts[2].count == 64, parts[2].allSatisfy(\.isHexDigit) else { return nil }
        self.init(table: table, lastRowId: id, chainHash: String(parts[2]).lowercased())
    }

    /// The head as `--expect-head` takes it.
    var argument: String { "\(table.rawValue):\(lastRowId.map(String.init) ?? ""):\(chainHash ?? "")" }
}
