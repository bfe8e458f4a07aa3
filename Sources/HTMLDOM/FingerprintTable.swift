/// Values by a 64-bit fingerprint of their key (an address, a hash of bytes), for lookups made on
/// every element of a page: open addressing from the fingerprint's high bits times 2^64 / φ, so
/// that a lookup costs a multiplication and a comparison or two, where a `Dictionary` hashes
/// each key with SipHash first. Equal fingerprints are one key: a caller whose fingerprints can
/// collide checks the key it gets back.
struct FingerprintTable<Value> {
    /// Fingerprints, `free` for an empty slot; a power of two long, never more than half full.
    private var fingerprints: [UInt64]
    private var values: [Value?]
    private var count = 0
    /// The fingerprint 0 is stored as 1 (see the type's note on collisions).
    private static var free: UInt64 { 0 }

    init() {
        fingerprints = Array(repeating: Self.free, count: 64)
        values = Array(repeating: nil, count: 64)
    }

    subscript(fingerprint: UInt64) -> Value? {
        let wanted = Self.stored(fingerprint)
        var slot = Self.slot(of: wanted, in: fingerprints.count)
        while fingerprints[slot] != Self.free {
            if fingerprints[slot] == wanted { return values[slot] }
            slot = (slot + 1) & (fingerprints.count - 1)
        }
        return nil
    }

    /// Records `value` for `fingerprint`, replacing what it held.
    mutating func set(_ value: Value, for fingerprint: UInt64) {
        if 2 * (count + 1) > fingerprints.count { grow() }
        if place(Self.stored(fingerprint), value) { count += 1 }
    }

    /// Whether the fingerprint was new.
    private mutating func place(_ fingerprint: UInt64, _ value: Value) -> Bool {
        var slot = Self.slot(of: fingerprint, in: fingerprints.count)
        while fingerprints[slot] != Self.free {
            if fingerprints[slot] == fingerprint {
                values[slot] = value
                return false
            }
            slot = (slot + 1) & (fingerprints.count - 1)
        }
        fingerprints[slot] = fingerprint
        values[slot] = value
        return true
    }

    private mutating func grow() {
        let old = zip(fingerprints, values).filter { $0.0 != Self.free }
        fingerprints = Array(repeating: Self.free, count: 2 * fingerprints.count)
        values = Array(repeating: nil, count: fingerprints.count)
        for (fingerprint, value) in old { _ = place(fingerprint, value!) }
    }

    private static func stored(_ fingerprint: UInt64) -> UInt64 { fingerprint == free ? 1 : fingerprint }

    private static func slot(of fingerprint: UInt64, in size: Int) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
    }
}

/// FNV-1a of the bytes: a fingerprint for a `FingerprintTable` of byte strings, whose holder
/// compares the bytes of what it finds (two strings may share a fingerprint).
func fingerprint(of bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    return hash
}
