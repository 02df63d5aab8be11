import Crypto
import Foundation

/// SHA-256 fingerprints, as lower-case hex.
public enum SHA256Digest {
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
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

    /// The SHA-256 and size of a file, read in chunks of 1 MiB; nil when it cannot be read.
    public static func hex(ofFile url: URL) -> (sha256: String, size: Int64)? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { return nil }
            guard let chunk, !chunk.isEmpty else { break }
            hasher.update(data: chunk)
            size += Int64(chunk.count)
        }
        return (hex(hasher.finalize()), size)
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
