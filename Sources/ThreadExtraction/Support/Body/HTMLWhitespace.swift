/// HTML's whitespace: space, tab, line feed, form feed, carriage return. Not NBSP, which is a
/// character like any other to HTML's layout.
enum HTMLWhitespace {
    static func contains(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func contains(_ character: Character) -> Bool {
        character.asciiValue.map(contains) ?? false
    }

    /// Runs of whitespace as one space, none at either end: an attribute value (alt, title) or a
    /// code span as a browser shows it.
    static func collapsing(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if contains(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
