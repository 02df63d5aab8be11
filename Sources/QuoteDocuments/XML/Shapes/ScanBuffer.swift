/// A growable byte buffer for ``ShapeScanner``'s work in progress, which it appends to and cuts
/// back a few bytes at a time for every element it reads. A class over one allocation: an
/// append is a bounds check and a store, with none of an array's uniqueness checks or generic
/// copying. Owned by one scanner and used by one thread at a time (``SchemaShapes`` hands each
/// scanner to one thread at a time), hence `@unchecked Sendable`.
final class ScanBuffer: @unchecked Sendable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = capacity
        start = .allocate(capacity: capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes from `offset` to the end.
    func bytes(from offset: Int = 0) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: start + offset, count: count - offset)
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    /// Appends `value` as four bytes, least significant first.
    @inline(__always)
    func append(number value: UInt32) {
        if count + 4 > capacity { grow(toHold: count + 4) }
        UnsafeMutableRawPointer(start + count).storeBytes(of: value.littleEndian, as: UInt32.self)
        count += 4
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Cuts the buffer back to its first `count` bytes.
    func removeLast(from count: Int) {
        precondition(count <= self.count)
        self.count = count
    }

    func removeAll() {
        count = 0
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }
}
