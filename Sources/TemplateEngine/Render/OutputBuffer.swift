/// The bytes a render writes, appended by pointer: a render appends a thousand pieces of text,
/// and `Array.append(contentsOf:)` spends about 110 instructions on each beyond the copy itself
/// (measured: a fifth of a confirmation's render).
///
/// It writes into the memory of the array that will hold the output (reserved at the size of the
/// template's last output), so a render that fits is never copied. Past that memory it moves to
/// memory of its own, twice as large at each step; ``finish(spilled:)`` then copies the bytes out
/// once.
struct OutputBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0
    /// Whether `start` is memory of its own (moved from the array's), freed with the buffer.
    private var ownsMemory = false

    /// A buffer that writes into `memory` while it fits.
    init(writingInto memory: UnsafeMutableBufferPointer<UInt8>) {
        start = memory.baseAddress ?? UnsafeMutablePointer(bitPattern: 1)!
        capacity = memory.count
    }

    deinit {
        if ownsMemory { start.deallocate() }
    }

    /// Appends `bytes`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    /// Appends the bytes of a static string (ASCII markup such as `&amp;`).
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Moves to memory of its own, large enough for `extra` more bytes.
    private mutating func grow(toHold extra: Int) {
        let newCapacity = max(capacity * 2, count + extra, 4096)
        let memory = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        memory.initialize(from: start, count: count)
        if ownsMemory { start.deallocate() }
        start = memory
        capacity = newCapacity
        ownsMemory = true
    }

    /// Ends the writing: the number of bytes left in the array's memory, or 0 with the bytes in
    /// `spilled` when they outgrew it.
    consuming func finish(spilled: inout [UInt8]?) -> Int {
        guard ownsMemory else { return count }
        spilled = Array(UnsafeBufferPointer(start: start, count: count))
        return 0
    }
}
