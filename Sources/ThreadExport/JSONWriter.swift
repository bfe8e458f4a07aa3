import ThreadModel

/// Writes the JSON interface directly as bytes: the same bytes `JSONEncoder` writes for the
/// model's `Codable` with `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted`
/// unless compact), without the encoder's intermediate tree of boxed values, which cost as much
/// as the rest of the export. Keys are written in the encoder's sorted order (by their UTF-8
/// bytes); strings escaped as it escapes them: `"` and `\`, control characters below U+0020
/// (`\b \f \n \r \t`, else `\u00XX` in lower-case hex), everything else verbatim.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let isPretty: Bool
    private var depth = 0
    /// Whether the open container has a member already, so the next one needs a comma.
    private var hasMember = false

    init(pretty: Bool, capacity: Int = 0) {
        isPretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// An object whose members `members` writes, each through `key(_:)` and a value.
    mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(0x7B)
        members(&self)
        close(0x7D)
    }

    /// An array of `elements`, each written by `element`.
    mutating func array<Element>(_ elements: [Element], _ element: (inout JSONWriter, Element) -> Void) {
        open(0x5B)
        for item in elements {
            separate()
            element(&self, item)
            hasMember = true
        }
        close(0x5D)
    }

    /// A member's key, before its value; `name` is plain ASCII and needs no escape.
    mutating func key(_ name: StaticString) {
        separate()
        hasMember = true
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if isPretty {
            bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])
        } else {
            bytes.append(contentsOf: [0x22, 0x3A])
        }
    }

    /// The line break after a whole document.
    mutating func endLine() { bytes.append(0x0A) }

    mutating func null() { bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: value ? [0x74, 0x72, 0x75, 0x65] : [0x66, 0x61, 0x6C, 0x73, 0x65])
    }

    mutating func int(_ value: Int?) {
        guard let value else { return null() }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ value: String?) {
        guard var value else { return null() }
        bytes.append(0x22)
        value.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                default: bytes.append(contentsOf: [0x75, 0x30, 0x30, Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)])
                }
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if isPretty { bytes.append(0x0A) }
        depth += 1
        hasMember = false
    }

    /// The encoder's layout: a line break inside the brackets even when empty.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if isPretty {
            bytes.append(0x0A)
            indent()
        }
        bytes.append(bracket)
        hasMember = true
    }

    private mutating func separate() {
        if hasMember { bytes.append(0x2C) }
        guard isPretty else { return }
        if hasMember { bytes.append(0x0A) }
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
