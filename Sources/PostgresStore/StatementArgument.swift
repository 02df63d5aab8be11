import Foundation
import GRDB
import NIOCore
import PostgresNIO

/// One argument of a statement as PostgreSQL receives it: text of no stated type, which the server
/// reads as the type of the column or expression it meets (`numeric`, `timestamptz`, `boolean`,
/// …), as libpq sends its parameters; blobs go as `bytea`. The records' values are GRDB's
/// (`DatabaseValue`), so both stores write what the same record encodes.
struct StatementArgument: PostgresDynamicTypeEncodable {
    /// The text, or the bytes of a blob.
    let bytes: [UInt8]
    let psqlType: PostgresDataType
    var psqlFormat: PostgresFormat { psqlType == .bytea ? .binary : .text }

    /// OID 0: let the server infer the type from where the parameter is used.
    static let unstated = PostgresDataType(0)

    init(text: String) {
        bytes = Array(text.utf8)
        psqlType = Self.unstated
    }

    init(blob: [UInt8]) {
        bytes = blob
        psqlType = .bytea
    }

    func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeBytes(bytes)
    }
}

extension PostgresBindings {
    /// Appends `value` as the next parameter: NULL, text of no stated type, or `bytea`.
    mutating func append(databaseValue value: DatabaseValue) {
        switch value.storage {
        case .null: appendNull()
        case .int64(let integer): append(StatementArgument(text: String(integer)))
        case .double(let double): append(StatementArgument(text: String(double)))
        case .string(let text): append(StatementArgument(text: text))
        case .blob(let data): append(StatementArgument(blob: Array(data)))
        }
    }
}
