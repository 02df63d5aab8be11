#if canImport(Glibc)
import Glibc
#endif

/// The least a file write can cost: create, write, close, nothing checked or placed; the floor
/// the document writer's no-replace placement and locking are measured against.
enum RawWrite {
    struct Failure: Error {
        let path: String
    }

    static func file(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path) }
        defer { close(descriptor) }
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw Failure(path: path) }
    }
}
