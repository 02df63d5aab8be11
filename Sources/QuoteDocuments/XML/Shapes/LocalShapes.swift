/// The local shapes (``ShapeScanner``) of one document's elements, back to back in one buffer,
/// each with its ``ShapeHash``. Kept by its scanner and cleared for the next document, so a
/// document's shapes cost no allocation once the buffers have grown.
struct LocalShapes: Equatable {
    private(set) var bytes: [UInt8] = []
    /// Where each shape ends in `bytes`.
    private(set) var ends: [Int] = []
    private(set) var hashes: [UInt64] = []
    /// Whether each shape holds a value kept as written (a document's own text), not only tokens.
    private(set) var holdValues: [Bool] = []

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        hashes.removeAll(keepingCapacity: true)
        holdValues.removeAll(keepingCapacity: true)
    }

    /// Appends `shape`.
    mutating func append(_ shape: UnsafeBufferPointer<UInt8>, holdsValue: Bool) {
        bytes.append(contentsOf: shape)
        ends.append(bytes.count)
        hashes.append(ShapeHash.of(shape))
        holdValues.append(holdsValue)
    }

    /// Calls `body` with each shape's bytes, hash and whether it holds a value kept as written,
    /// in document order, while it returns `true`; returns whether every call did.
    func allSatisfy(_ body: (UnsafeBufferPointer<UInt8>, UInt64, Bool) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            for index in ends.indices {
                guard body(UnsafeBufferPointer(rebasing: all[start..<ends[index]]), hashes[index], holdValues[index]) else { return false }
                start = ends[index]
            }
            return true
        }
    }
}

/// A 64-bit hash of a local shape, eight bytes at a time. Only a first sieve: shapes are told
/// apart by their bytes.
enum ShapeHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var index = 0
        while index + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            index += 8
        }
        // The last 1 to 7 bytes, read in at most three loads rather than one at a time.
        let left = raw.count - index
        var tail: UInt64 = 0
        if left >= 4 {
            tail = UInt64(raw.loadUnaligned(fromByteOffset: index, as: UInt32.self)) << 32
                | UInt64(raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self))
        } else if left > 0 {
            tail = UInt64(raw[index]) << 16 | UInt64(raw[index + left / 2]) << 8 | UInt64(raw[raw.count - 1])
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
