/// `Name: value` header lines, as WARC, HTTP and MIME (MHTML) all write them: names compared
/// without case, continuation lines folded in, the first of a repeated name kept.
struct HeaderFields {
    private var fields: [(name: String, value: String)] = []

    init() {}

    /// Reads lines up to the blank line that ends the headers (consumed); nil where the stream
    /// ends first.
    init?(reading reader: inout ByteReader) throws(ArchiveError) {
        while let line = try reader.readLine() {
            if line.isEmpty { return }
            append(line: line)
        }
        if fields.isEmpty { return nil }
    }

    /// Parses the header lines of `lines` (already split, without the blank line).
    init(lines: some Sequence<some Collection<UInt8>>) {
        for line in lines { append(line: Array(line)) }
    }

    private mutating func append(line: [UInt8]) {
        if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
            fields[fields.count - 1].value += " " + Self.trimmed(line)
            return
        }
        guard let colon = line.firstIndex(of: 0x3A) else { return }
        fields.append((Self.trimmed(line[..<colon]).lowercased(), Self.trimmed(line[(colon + 1)...])))
    }

    subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name == key }?.value
    }

    /// `Content-Type: text/html; charset="utf-8"` → `text/html`, lower-cased.
    func mediaType(_ name: String = "content-type") -> String? {
        self[name].map { value in
            String(value.prefix { $0 != ";" }).trimmingSpaces.lowercased()
        }
    }

    /// A parameter of a header value: `charset`, `boundary`, `msgtype`, unquoted.
    func parameter(_ parameter: String, of name: String = "content-type") -> String? {
        guard let value = self[name] else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == parameter else { continue }
            var result = pair[1].trimmingSpaces
            if result.count >= 2, result.hasPrefix("\""), result.hasSuffix("\"") {
                result = String(result.dropFirst().dropLast())
            }
            return result
        }
        return nil
    }

    /// Whether a line starting with `byte` can be a header line: a field's name starts with a
    /// token character (RFC 9110's `tchar`), and a folded continuation with a space or tab after
    /// a field. A blank line (a line break) ends the headers.
    static func canStart(_ byte: UInt8, isFirstLine: Bool) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23...0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
        case 0x20, 0x09: !isFirstLine
        case 0x0D, 0x0A: true
        default: false
        }
    }

    private static func trimmed(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingSpaces
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
