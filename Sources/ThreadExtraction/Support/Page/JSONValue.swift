/// A JSON value as a page's script states it.
enum JSONValue {
    case string(String)
    /// In decimal: a whole number without a fraction (`3e2` is `300`), any other as `Double`
    /// prints it.
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value `text` holds; nil where it is not JSON (RFC 8259) or nests deeper than a
    /// parser should follow. As Foundation's reader does, a comma may end a list or an object,
    /// as hand-written JSON-LD sometimes has it; a lone surrogate escape reads as U+FFFD.
    static func parse(_ text: some StringProtocol) -> JSONValue? {
        var reader = JSONReader(bytes: Array(text.utf8))
        return reader.document()
    }

    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    var object: [String: JSONValue]? {
        if case .object(let fields) = self { fields } else { nil }
    }

    /// The objects this is: itself, or those of a list.
    var objects: [[String: JSONValue]] {
        switch self {
        case .array(let elements): elements.compactMap(\.object)
        case .object(let fields): [fields]
        default: []
        }
    }
}

/// Reads JSON from its UTF-8 bytes in one pass: a page's JSON-LD can run to hundreds of
/// kilobytes, and a general decoder's containers and thrown errors cost many times the bytes.
private struct JSONReader {
    /// As deep as the JSON coders go: a hostile page's `[[[[…` ends here, not at the stack's end.
    static let maximumDepth = 512

    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() -> JSONValue? {
        guard let value = value(depth: 0) else { return nil }
        skipSpace()
        return index == bytes.count ? value : nil
    }

    private mutating func value(depth: Int) -> JSONValue? {
        guard depth < Self.maximumDepth else { return nil }
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case 0x7B: return object(depth: depth)
        case 0x5B: return array(depth: depth)
        case 0x22: return string().map(JSONValue.string)
        case 0x74: return literal("true", .bool(true))
        case 0x66: return literal("false", .bool(false))
        case 0x6E: return literal("null", .null)
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> JSONValue? {
        index += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if take(0x7D) { return .object(fields) }
        while true {
            skipSpace()
            if take(0x7D) { return .object(fields) }
            guard index < bytes.count, bytes[index] == 0x22, let key = string() else { return nil }
            skipSpace()
            guard take(0x3A), let value = value(depth: depth + 1) else { return nil }
            fields[key] = value
            skipSpace()
            if take(0x2C) { continue }
            return take(0x7D) ? .object(fields) : nil
        }
    }

    private mutating func array(depth: Int) -> JSONValue? {
        index += 1
        var elements: [JSONValue] = []
        skipSpace()
        if take(0x5D) { return .array(elements) }
        while true {
            skipSpace()
            if take(0x5D) { return .array(elements) }
            guard let element = value(depth: depth + 1) else { return nil }
            elements.append(element)
            skipSpace()
            if take(0x2C) { continue }
            return take(0x5D) ? .array(elements) : nil
        }
    }

    /// The string whose opening quote is at `index`, escapes decoded.
    private mutating func string() -> String? {
        index += 1
        let start = index
        // Most strings hold no escape: their bytes are the text.
        while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x5C, bytes[index] >= 0x20 { index += 1 }
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x22 {
            index += 1
            return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
        }
        var text = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x22: return String(decoding: text, as: UTF8.self)
            case 0x5C: guard unescape(into: &text) else { return nil }
            case ..<0x20: return nil
            default: text.append(byte)
            }
        }
        return nil
    }

    /// The escape after a backslash, appended as UTF-8.
    private mutating func unescape(into text: inout [UInt8]) -> Bool {
        guard index < bytes.count else { return false }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case 0x22, 0x5C, 0x2F: text.append(escaped)
        case 0x62: text.append(0x08)
        case 0x66: text.append(0x0C)
        case 0x6E: text.append(0x0A)
        case 0x72: text.append(0x0D)
        case 0x74: text.append(0x09)
        case 0x75:
            guard var value = hexQuad() else { return false }
            if (0xD800..<0xDC00).contains(value), index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                let mark = index
                index += 2
                if let low = hexQuad(), (0xDC00..<0xE000).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = mark
                }
            }
            text.append(contentsOf: String(Unicode.Scalar(value) ?? "\u{FFFD}").utf8)
        default:
            return false
        }
        return true
    }

    private mutating func hexQuad() -> UInt32? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x37
            case 0x61...0x66: digit = byte - 0x57
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func number() -> JSONValue? {
        let start = index
        _ = take(0x2D)
        let integerStart = index
        guard digits() > 0, bytes[integerStart] != 0x30 || index == integerStart + 1 else { return nil }
        var isInteger = true
        if take(0x2E) {
            isInteger = false
            guard digits() > 0 else { return nil }
        }
        if index < bytes.count, bytes[index] | 0x20 == 0x65 {
            isInteger = false
            index += 1
            if !take(0x2B) { _ = take(0x2D) }
            guard digits() > 0 else { return nil }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .number(String(integer)) }
        guard let number = Double(text), number.isFinite else { return nil }
        if let whole = Int64(exactly: number) { return .number(String(whole)) }
        return .number("\(number)")
    }

    /// How many ASCII digits were passed over.
    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
        return index - start
    }

    /// Whether `byte` is next; passed over where it is.
    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return nil }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
        index += count
        return value
    }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }
}
