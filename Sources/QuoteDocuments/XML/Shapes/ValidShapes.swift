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
        table.withLock { table in shapes.allSatisfy { shape, hash, _ in table.contains(shape, hash: hash) } }
    }

    /// Remembers the local shapes of a document found valid, while there is room; returns
    /// whether any new one holds no value kept as written (see ``tokenShapes(byteLimit:)``).
    @discardableResult
    func insert(_ shapes: LocalShapes) -> Bool {
        table.withLock { table in
            var newTokenShape = false
            _ = shapes.allSatisfy { shape, hash, holdsValue in
                if table.bytes + shape.count > self.byteLimit { return false }
                if table.insert(shape, hash: hash, value: holdsValue ? 1 : 0), !holdsValue { newTokenShape = true }
                return true
            }
            return newTokenShape
        }
    }

    /// Remembers one local shape of a valid document, which holds no value kept as written,
    /// while there is room.
    func insert(_ shape: UnsafeBufferPointer<UInt8>) {
        table.withLock { table in
            guard table.bytes + shape.count <= byteLimit else { return }
            table.insert(shape, hash: ShapeHash.of(shape))
        }
    }

    /// The local shapes held that hold no value kept as written (no text of a document, only
    /// names and tokens), up to `byteLimit` bytes of them, in no particular order.
    func tokenShapes(byteLimit: Int) -> [[UInt8]] {
        table.withLock { table in
            var shapes: [[UInt8]] = []
            var bytes = 0
            table.forEach { shape, holdsValue in
                guard holdsValue == 0, bytes + shape.count <= byteLimit else { return }
                shapes.append(Array(shape))
                bytes += shape.count
            }
            return shapes
        }
    }

    /// How many local shapes are held.
    var count: Int { table.withLock { $0.count } }
}
