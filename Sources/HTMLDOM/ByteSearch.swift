#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Searches and tests on UTF-8 bytes, shared by the tree and the extractors: ids, classes,
// attribute values and scripts are compared in place, without Strings or Foundation's
// locale-aware search.

extension RandomAccessCollection<UInt8> where Index == Int {
    /// Whether these bytes are those of `string`.
    func equals(_ string: StaticString) -> Bool {
        guard count == string.utf8CodeUnitCount else { return false }
        let wanted = string.utf8Start
        for offset in 0..<count where self[startIndex + offset] != wanted[offset] { return false }
        return true
    }
}

extension Sequence<UInt8> {
    /// Whether every byte is ASCII: such text's characters are its bytes, so a test of bytes
    /// answers as one of Characters would.
    @inlinable
    package var isAllASCII: Bool { allSatisfy { $0 < 0x80 } }
}

/// `byte`, lower-cased where it is an ASCII capital.
@inlinable
package func asciiLowercased(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

/// Where `needle` first occurs in `bytes` at or after `start`; an empty needle occurs at
/// `start`. Where `ignoringASCIICase`, the needle is written in lower case and the bytes'
/// ASCII capitals match it too. Bytes without capitals are searched by the C library: `memchr`
/// finds the candidates, `memcmp` compares them.
func firstOffset(
    of needle: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer, from start: Int = 0, ignoringASCIICase: Bool = false
) -> Int? {
    guard start >= 0, bytes.count - start >= needle.count else { return nil }
    guard let base = bytes.baseAddress, let wanted = needle.baseAddress, !needle.isEmpty else { return start }
    let lastStart = bytes.count - needle.count
    // Most values hold no capital: one pass tells, and the C library's search serves them.
    if ignoringASCIICase, bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
        let first = needle[0]
        for place in start...lastStart where asciiLowercased(bytes[place]) == first {
            var index = 1
            while index < needle.count, asciiLowercased(bytes[place + index]) == needle[index] { index += 1 }
            if index == needle.count { return place }
        }
        return nil
    }
    var place = start
    while place <= lastStart {
        guard let hit = memchr(base + place, Int32(needle[0]), lastStart - place + 1) else { return nil }
        let offset = base.distance(to: UnsafeRawPointer(hit))
        if memcmp(hit, wanted, needle.count) == 0 { return offset }
        place = offset + 1
    }
    return nil
}

extension Array<UInt8> {
    /// Where `needle` first occurs at or after `start`.
    package func firstRange(of needle: [UInt8], from start: Int) -> Range<Int>? {
        firstOffset(of: needle, from: start).map { $0..<$0 + needle.count }
    }

    /// Where `needle` first occurs at or after `start`, ending at `limit` at the latest.
    func firstOffset(of needle: [UInt8], from start: Int, limit: Int? = nil) -> Int? {
        withUnsafeBytes { bytes in
            let end = Swift.min(limit ?? bytes.count, bytes.count)
            return needle.withUnsafeBytes { HTMLDOM.firstOffset(of: $0, in: UnsafeRawBufferPointer(rebasing: bytes[..<end]), from: start) }
        }
    }
}

extension ArraySlice<UInt8> {
    /// Whether `fragment` occurs in these bytes; where `ignoringASCIICase`, `fragment` is written
    /// in lower case and ASCII capitals here match it too.
    package func contains(_ fragment: String, ignoringASCIICase: Bool) -> Bool {
        var fragment = fragment
        return withUnsafeBytes { bytes in
            fragment.withUTF8 { firstOffset(of: UnsafeRawBufferPointer($0), in: bytes, ignoringASCIICase: ignoringASCIICase) != nil }
        }
    }
}

extension String {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes: for markers in attribute
    /// values and scripts, where Foundation's locale-aware search costs more than the page's parse.
    package func containsBytes(_ needle: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { firstOffset(of: needle.rawBytes, in: UnsafeRawBufferPointer($0)) != nil }
    }

    /// The text before the first `needle` (which starts with an ASCII character), compared as
    /// UTF-8 bytes; nil where it does not occur.
    package func prefix(before needle: StaticString) -> Substring? {
        var text = self
        guard let offset = text.withUTF8({ firstOffset(of: needle.rawBytes, in: UnsafeRawBufferPointer($0)) }) else { return nil }
        return self[..<utf8.index(utf8.startIndex, offsetBy: offset)]
    }
}

extension StringProtocol {
    /// Whether `needle` occurs in the text, compared as UTF-8 bytes (`ignoringASCIICase`: the
    /// needle is lower case and ASCII capitals here match it): the standard library's search
    /// compares Characters and costs more than a page's parse.
    package func containsBytes(_ needle: some StringProtocol, ignoringASCIICase: Bool = false) -> Bool {
        byteRange(of: needle, ignoringASCIICase: ignoringASCIICase) != nil
    }

    /// Where `needle` first occurs, compared as UTF-8 bytes: a match of whole scalars, since no
    /// scalar's first byte is another's later one.
    package func byteRange(of needle: some StringProtocol, ignoringASCIICase: Bool = false) -> Range<Index>? {
        let search = { (text: UnsafeRawBufferPointer) -> Int? in
            needle.utf8.withContiguousStorageIfAvailable {
                firstOffset(of: UnsafeRawBufferPointer($0), in: text, ignoringASCIICase: ignoringASCIICase)
            } ?? Array(needle.utf8).withUnsafeBytes { firstOffset(of: $0, in: text, ignoringASCIICase: ignoringASCIICase) }
        }
        let found = utf8.withContiguousStorageIfAvailable { search(UnsafeRawBufferPointer($0)) } ?? Array(utf8).withUnsafeBytes(search)
        guard let offset = found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

extension StaticString {
    var rawBytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}

/// Calls `body` with each whitespace-separated token of `bytes`.
func forEachToken(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> Void) {
    _ = containsToken(bytes) { token in
        body(token)
        return false
    }
}

/// Whether `test` holds for one of the whitespace-separated tokens of `bytes`, tried in order.
@inline(__always)
func containsToken(_ bytes: UnsafeRawBufferPointer, where test: (UnsafeRawBufferPointer) -> Bool) -> Bool {
    var index = 0
    while index < bytes.count {
        while index < bytes.count, isHTMLSpace(bytes[index]) { index += 1 }
        let start = index
        while index < bytes.count, !isHTMLSpace(bytes[index]) { index += 1 }
        if index > start, test(UnsafeRawBufferPointer(rebasing: bytes[start..<index])) { return true }
    }
    return false
}

/// Whether `token` (not empty, no white space in it) is one of the whitespace-separated tokens
/// of `bytes`: found by the byte search, then bounded by white space or the ends. Fewer steps
/// than splitting the value, whose every byte would be tested.
func holdsToken(_ token: UnsafeRawBufferPointer, in bytes: UnsafeRawBufferPointer) -> Bool {
    guard !token.isEmpty else { return false }
    var from = 0
    while let start = firstOffset(of: token, in: bytes, from: from) {
        let end = start + token.count
        if (start == 0 || isHTMLSpace(bytes[start - 1])) && (end == bytes.count || isHTMLSpace(bytes[end])) { return true }
        from = start + 1
    }
    return false
}

/// Whether two byte buffers hold the same bytes, compared by the C library (a generic
/// `elementsEqual` steps through them one byte at a time).
func sameBytes(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
    guard a.count == b.count else { return false }
    guard let first = a.baseAddress, let second = b.baseAddress else { return true }
    return memcmp(first, second, a.count) == 0
}

/// HTML's ASCII whitespace, which separates class tokens.
func isHTMLSpace(_ byte: UInt8) -> Bool {
    // Most bytes are above the space: one comparison tells them.
    byte <= 0x20 && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C)
}
