/// The character encoding a page's bytes are decoded from, decided before libxml2 sees them.
package struct DecidedEncoding: Sendable, Hashable {
    package enum Evidence: String, Sendable {
        /// A byte order mark at the start of the bytes.
        case byteOrderMark = "byte-order-mark"
        /// No byte order mark, but zero bytes lie where UTF-16 or UTF-32 puts them in ASCII text
        /// (markup is ASCII), as a tool that saved a page in either without a mark wrote it.
        case zeroBytePattern = "zero-byte-pattern"
        /// The page's own `<meta charset>` or `http-equiv` declaration (or XML declaration).
        case declaration
        /// The page declared another encoding, but the bytes are valid UTF-8 with non-ASCII text,
        /// which text in a legacy encoding practically never is.
        case utf8OverridingDeclaration = "utf-8-overriding-declaration"
        /// No usable declaration; the bytes are valid UTF-8.
        case utf8Validity = "utf-8-validity"
        /// No usable declaration and not UTF-8: the web's legacy default.
        case fallback
    }

    /// The canonical (WHATWG) name, e.g. `UTF-8`, `windows-1251`, `Shift_JIS`.
    package var name: String
    package var evidence: Evidence
    /// The label the page declared, verbatim, where it declared one.
    package var declared: String?
}

package enum CharacterEncoding {
    /// How far into the page a declaration is looked for. Browsers look at 1024 bytes first, but
    /// saved pages often carry long comments and scripts before the meta tag.
    static let prescanLimit = 32 * 1024

    /// `transportLabel`: the `charset` the page came with (HTTP, MIME), which browsers trust
    /// before the page's own declaration.
    package static func decide(for bytes: [UInt8], transportLabel: String? = nil) -> DecidedEncoding {
        decision(for: bytes, transportLabel: transportLabel).encoding
    }

    /// The encoding and, where the bytes were checked as UTF-8 to decide it (no byte order mark),
    /// what the check found, so the bytes are not checked again as they are handed to the parser.
    static func decision(for bytes: [UInt8], transportLabel: String?) -> (encoding: DecidedEncoding, utf8: UTF8Validation?) {
        if let bom = byteOrderMark(bytes) {
            return (DecidedEncoding(name: bom.name, evidence: .byteOrderMark, declared: nil), nil)
        }
        if let wide = wideEncodingByZeroBytes(bytes) {
            return (DecidedEncoding(name: wide, evidence: .zeroBytePattern, declared: nil), nil)
        }
        let label = transportLabel.flatMap { canonicalName(forLabel: $0) == nil ? nil : $0 } ?? declaredLabel(in: bytes)
        let utf8 = UTF8Validation(bytes)
        return (decide(declared: label, utf8: utf8), utf8)
    }

    private static func decide(declared label: String?, utf8: UTF8Validation) -> DecidedEncoding {
        let declared = label.flatMap(canonicalName(forLabel:))
        switch declared {
        case "UTF-8":
            // A page that says UTF-8 but holds not one valid multi-byte sequence among invalid
            // bytes was written in the legacy default; otherwise browsers keep UTF-8 and replace.
            if !utf8.isValid && utf8.multiByteSequences == 0 {
                return DecidedEncoding(name: "windows-1252", evidence: .fallback, declared: label)
            }
            return DecidedEncoding(name: "UTF-8", evidence: .declaration, declared: label)
        case let name?:
            if utf8.isValid && utf8.multiByteSequences > 0 && isSingleOrDoubleByteLegacy(name) {
                return DecidedEncoding(name: "UTF-8", evidence: .utf8OverridingDeclaration, declared: label)
            }
            return DecidedEncoding(name: name, evidence: .declaration, declared: label)
        case nil:
            if utf8.isValid || utf8.multiByteSequences > utf8.invalidSequences {
                return DecidedEncoding(name: "UTF-8", evidence: .utf8Validity, declared: label)
            }
            return DecidedEncoding(name: "windows-1252", evidence: .fallback, declared: label)
        }
    }

    static func byteOrderMark(_ bytes: some Collection<UInt8>) -> (name: String, length: Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        // UTF-32's little-endian mark begins as UTF-16's does: it is looked for first.
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) { return ("UTF-32LE", 4) }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return ("UTF-32BE", 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// Whether `bytes` begin as text in UTF-16 or UTF-32 (marked or not) would, where zero
    /// bytes are no sign of binary data.
    package static func isWideUnicode(_ bytes: some Collection<UInt8>) -> Bool {
        byteOrderMark(bytes).map { $0.name != "UTF-8" } ?? (wideEncodingByZeroBytes(bytes) != nil)
    }

    /// UTF-16 or UTF-32 without a byte order mark, told by its first code units: in nine of ten
    /// of them the high bytes are zero and the low byte is ASCII, as in markup, the first among
    /// them; for UTF-32, every unit's top byte is zero, as in every character.
    static func wideEncodingByZeroBytes(_ bytes: some Collection<UInt8>) -> String? {
        let head = Array(bytes.prefix(256))
        for (name, width, low) in [("UTF-32LE", 4, 0), ("UTF-32BE", 4, 3), ("UTF-16LE", 2, 0), ("UTF-16BE", 2, 1)] {
            let units = head.count / width
            guard units >= 2 else { continue }
            let ascii = (0..<units).filter { unit in
                let start = unit * width
                let byte = head[start + low]
                return byte != 0 && byte < 0x80 && (0..<width).allSatisfy { $0 == low || head[start + $0] == 0 }
            }
            let top = width - 1 - low
            guard ascii.first == 0, ascii.count * 10 >= units * 9,
                width == 2 || (0..<units).allSatisfy({ head[$0 * width + top] == 0 })
            else { continue }
            return name
        }
        return nil
    }

    /// Legacy encodings whose text is practically never also valid UTF-8 with non-ASCII bytes.
    private static func isSingleOrDoubleByteLegacy(_ name: String) -> Bool {
        name != "UTF-16LE" && name != "UTF-16BE"
    }

    /// The charset label of the first `<meta charset>`, `<meta http-equiv content>` or XML
    /// declaration in the first bytes, found by a byte scan (the parser has not run yet).
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        let limit = min(bytes.count, prescanLimit)
        var index = 0
        while index < limit {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches(bytes, at: index, "<!--") {
                index = bytes.firstOffset(of: Array("-->".utf8), from: index + 4, limit: limit).map { $0 + 3 } ?? limit
                continue
            }
            let isMeta = matches(bytes, at: index, "<meta") && index + 5 < limit && isSpaceOrSlash(bytes[index + 5])
            let isXMLDeclaration = index == 0 && matches(bytes, at: index, "<?xml")
            guard isMeta || isXMLDeclaration else {
                index += 1
                continue
            }
            let end = bytes.firstOffset(of: [UInt8(ascii: ">")], from: index, limit: limit) ?? limit
            let tag = bytes[index..<end]
            if let label = charsetValue(in: tag, key: isMeta ? "charset" : "encoding") { return label }
            index = end
        }
        return nil
    }

    /// The value after `key` (case-insensitive), `=`, optional quotes, inside a tag's bytes.
    private static func charsetValue(in tag: ArraySlice<UInt8>, key: String) -> String? {
        let lower = tag.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let keyBytes = Array(key.utf8)
        var index = 0
        while let found = lower.firstOffset(of: keyBytes, from: index) {
            var cursor = found + keyBytes.count
            while cursor < lower.count, lower[cursor] == 0x20 || lower[cursor] == 0x09 { cursor += 1 }
            guard cursor < lower.count, lower[cursor] == UInt8(ascii: "=") else {
                index = found + 1
                continue
            }
            cursor += 1
            while cursor < lower.count,
                lower[cursor] == 0x20 || lower[cursor] == 0x09 || lower[cursor] == 0x22 || lower[cursor] == 0x27
            {
                cursor += 1
            }
            let start = cursor
            while cursor < lower.count, isLabelByte(lower[cursor]) { cursor += 1 }
            if cursor > start {
                return String(decoding: tag[(tag.startIndex + start)..<(tag.startIndex + cursor)], as: UTF8.self)
            }
            index = found + 1
        }
        return nil
    }

    /// Maps a declared label to the encoding browsers use for it (WHATWG Encoding Standard).
    package static func canonicalName(forLabel label: String) -> String? {
        let key = label.lowercased().trimmingCharacters(in: " \t\"'")
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8":
            return "UTF-8"
        // A meta declaration of UTF-16 is necessarily wrong: the meta tag itself was read as ASCII.
        case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2":
            return "UTF-8"
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso_8859-1", "cp1252",
            "windows-1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
            return "windows-1252"
        case "iso-8859-15", "iso8859-15", "latin-9", "l9", "iso_8859-15": return "ISO-8859-15"
        case "iso-8859-2", "iso8859-2", "latin2", "l2", "iso_8859-2": return "ISO-8859-2"
        case "windows-1250", "cp1250", "x-cp1250": return "windows-1250"
        case "windows-1251", "cp1251", "x-cp1251": return "windows-1251"
        case "koi8-r", "koi8r", "koi", "koi8", "cskoi8r": return "KOI8-R"
        case "koi8-u", "koi8-ru": return "KOI8-U"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "csshiftjis", "ms932":
            return "Shift_JIS"
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese": return "EUC-JP"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "cp936", "euc-cn": return "GBK"
        case "gb18030": return "gb18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5": return "Big5"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cseuckr", "korean": return "EUC-KR"
        default:
            if key.hasPrefix("windows-125") || key.hasPrefix("iso-8859-") { return key }
            return nil
        }
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            || byte == 0x2E || byte == 0x3A
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x2F
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ ascii: String) -> Bool {
        var cursor = index
        for expected in ascii.utf8 {
            guard cursor < bytes.count else { return false }
            let byte = bytes[cursor]
            let lowered = byte >= 65 && byte <= 90 ? byte + 32 : byte
            guard lowered == expected else { return false }
            cursor += 1
        }
        return true
    }
}

/// One pass over bytes counting valid multi-byte UTF-8 sequences, invalid ones and NULs.
struct UTF8Validation {
    var multiByteSequences = 0
    var invalidSequences = 0
    var nulBytes = 0
    var isValid: Bool { invalidSequences == 0 }
    /// Valid UTF-8 without a NUL: what the parser is given, byte for byte.
    var isCleanForParsing: Bool { invalidSequences == 0 && nulBytes == 0 }

    init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight ASCII bytes at a time where none is NUL: most of a page is markup.
                if index + 8 <= count, let base = bytes.baseAddress {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    if word & 0x8080_8080_8080_8080 == 0, !hasZeroByte {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0 { nulBytes += 1 }
                    index += 1
                    continue
                }
                let length = UTF8Validation.sequenceLength(bytes, at: index)
                if length == 0 {
                    invalidSequences += 1
                    index += 1
                } else {
                    multiByteSequences += 1
                    index += length
                }
            }
        }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 where the byte starts none.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= lower && second <= upper else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
            return 0
        }
        return length
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
