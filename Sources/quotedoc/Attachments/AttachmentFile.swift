import Foundation

/// The bytes and the name of a file to attach: the name given, else the file's own.
enum AttachmentFile {
    static func read(_ path: String, name: String?) throws(CommandFailure) -> (name: String, bytes: [UInt8]) {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("cannot read the file \(path)") }
        return (name ?? URL(fileURLWithPath: path).lastPathComponent, Array(data))
    }
}
