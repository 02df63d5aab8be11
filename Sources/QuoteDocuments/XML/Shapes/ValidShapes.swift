import Synchronization

/// The shapes of documents a schema found valid, for checking the next documents of the same
/// shape without parsing them (``ShapeRules``). Shared between threads; holds at most
/// `byteLimit` bytes of shapes and then takes no more, so memory stays flat over any batch.
final class ValidShapes: Sendable {
    /// A shape with its hash computed once over all its bytes.
    struct Key: Hashable, Sendable {
        let bytes: [UInt8]
        private let hash: Int

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            var hasher = Hasher()
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        static func == (left: Key, right: Key) -> Bool {
            left.hash == right.hash && left.bytes == right.bytes
        }
    }

    static let byteLimit = 64 << 20
    private let shapes = Mutex<(keys: Set<Key>, bytes: Int)>(([], 0))

    func contains(_ key: Key) -> Bool {
        shapes.withLock { $0.keys.contains(key) }
    }

    /// Remembers a shape found valid, while there is room.
    func insert(_ key: Key) {
        shapes.withLock { shapes in
            guard shapes.bytes + key.bytes.count <= Self.byteLimit, shapes.keys.insert(key).inserted else { return }
            shapes.bytes += key.bytes.count
        }
    }

    /// How many shapes are held.
    var count: Int { shapes.withLock { $0.keys.count } }
}
