import Synchronization

/// The local shapes (``ShapeScanner``) of the elements of documents a schema found valid, for
/// checking the next documents made of them without parsing them. Shared between threads;
/// holds at most `byteLimit` bytes of shapes and then takes no more, so memory stays flat over
/// any batch.
final class ValidShapes: Sendable {
    let byteLimit: Int
    private let table = Mutex(ShapeTable())

    init(byteLimit: Int = 16 << 20) {
        self.byteLimit = byteLimit
    }

    /// Whether every one of `shapes` was seen in a valid document.
    func containsAll(_ shapes: LocalShapes) -> Bool {
        table.withLock { table in shapes.allSatisfy { table.contains($0, hash: $1) } }
    }

    /// Remembers the local shapes of a document found valid, while there is room.
    func insert(_ shapes: LocalShapes) {
        table.withLock { table in
            _ = shapes.allSatisfy { shape, hash in
                if table.bytes + shape.count > self.byteLimit { return false }
                table.insert(shape, hash: hash)
                return true
            }
        }
    }

    /// How many local shapes are held.
    var count: Int { table.withLock { $0.count } }
}
