import Crypto

/// SHA-256 fingerprints, as lower-case hex.
enum SHA256Digest {
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        hex(SHA256.hash(data: Array(bytes)))
    }

    /// The fingerprint of several named texts together (a template and its includes), in name order.
    static func hex(ofSources sources: [String: String]) -> String {
        var hasher = SHA256()
        for name in sources.keys.sorted() {
            hasher.update(data: Array(name.utf8) + [0] + Array(sources[name]!.utf8) + [0])
        }
        return hex(hasher.finalize())
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
