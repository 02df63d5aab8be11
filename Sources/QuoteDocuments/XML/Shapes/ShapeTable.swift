import Foundation

/// Byte strings stored back to back, each with a number, found by hash with open addressing
/// (linear probing) and told apart by their bytes.
struct ShapeTable {
    private struct Slot {
        var hash: UInt64
        var start: Int
        /// -1: empty.
        var length: Int
        var value: Int
        static let empty = Slot(hash: 0, start: 0, length: -1, value: 0)
    }

    private var storage: [UInt8] = []
    private var slots = [Slot](repeating: .empty, count: 256)
    private(set) var count = 0
    /// The bytes of the strings held.
    var bytes: Int { storage.count }

    /// The number held with `key`, whose ``ShapeHash`` is `hash`.
    func value(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        storage.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var index = Int(truncatingIfNeeded: hash) & mask
                while slots[index].length >= 0 {
                    let slot = slots[index]
                    if slot.hash == hash, slot.length == key.count,
                        slot.length == 0 || memcmp(stored.baseAddress! + slot.start, key.baseAddress!, slot.length) == 0 {
                        return slot.value
                    }
                    index = (index + 1) & mask
                }
                return nil
            }
        }
    }

    func contains(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        value(of: key, hash: hash) != nil
    }

    /// Holds `key` with `value`, unless it is held already; returns whether it was new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int = 0) -> Bool {
        guard !contains(key, hash: hash) else { return false }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].length >= 0 { index = (index + 1) & mask }
        slots[index] = Slot(hash: hash, start: storage.count, length: key.count, value: value)
        storage.append(contentsOf: key)
        count += 1
        return true
    }

    /// Calls `body` with every string held and its number, in no particular order.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        storage.withUnsafeBufferPointer { stored in
            for slot in slots where slot.length >= 0 {
                body(UnsafeBufferPointer(rebasing: stored[slot.start..<(slot.start + slot.length)]), slot.value)
            }
        }
    }

    mutating func removeAll() {
        guard count > 0 else { return }
        storage.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = .empty }
        count = 0
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: .empty, count: old.count * 2)
        let mask = slots.count - 1
        for slot in old where slot.length >= 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].length >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}
