import Synchronization

/// The base64 of the images a compiled template printed lately, so that a product picture on
/// hundreds of documents is encoded once, not once per document.
///
/// Entries are keyed by the address of an image's bytes, and an entry is used only when its own
/// bytes are still at that address: two arrays alive at once with their bytes at one address
/// share one buffer (arrays on Linux are native: the address is their buffer's, stable while
/// they live), and copy-on-write never changes a buffer that two arrays share — so they hold the
/// same bytes. Images read afresh (another page of a batch) are new buffers and are
/// encoded again, and the entries of pages gone are dead weight until, past ``capacity`` bytes of
/// base64, the cache starts over: so it stays small (a page of a few hundred confirmations rarely
/// shows more than a few dozen pictures).
final class Base64Cache: Sendable {
    private struct Entry: Sendable {
        let bytes: [UInt8]
        let base64: [UInt8]
    }

    /// The most base64 bytes kept.
    static let capacity = 4 << 20

    private let state = Mutex<(entries: [UInt: Entry], size: Int)>(([:], 0))

    /// The base64 of `bytes` (RFC 4648, padded, no line breaks).
    func base64(of bytes: [UInt8]) -> [UInt8] {
        let address = bytes.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        if let entry = state.withLock({ $0.entries[address] }), entry.bytes.count == bytes.count,
            entry.bytes.withUnsafeBufferPointer({ UInt(bitPattern: $0.baseAddress) }) == address {
            return entry.base64
        }
        var base64: [UInt8] = []
        DataURI.appendBase64(bytes, to: &base64)
        state.withLock { state in
            if state.size + base64.count > Self.capacity {
                state.entries.removeAll()
                state.size = 0
            }
            state.entries[address] = Entry(bytes: bytes, base64: base64)
            state.size += base64.count
        }
        return base64
    }
}
