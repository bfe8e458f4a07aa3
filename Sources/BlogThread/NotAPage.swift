import HTMLDOM

/// Recognises input that is no web page at all (an executable, a PDF, an image, a list of file
/// names), so it is reported as such instead of read as an empty thread: libxml2 recovers from
/// anything, and would make a page of any bytes.
enum NotAPage {
    /// What the bytes are, where they are certainly not a page (`an ELF executable`); nil for
    /// anything that may be one.
    static func kind(of bytes: [UInt8]) -> String? {
        for (signature, kind) in signatures where bytes.starts(with: signature) {
            return kind
        }
        if bytes.count >= 12, bytes[4..<8].elementsEqual("ftyp".utf8) { return "an MP4 or QuickTime file" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes[8..<12].elementsEqual("WEBP".utf8) {
            return "a WebP image"
        }
        let head = bytes.prefix(4096)
        if isBinary(head) { return "binary data" }
        if !bytes.contains(UInt8(ascii: "<")) {
            return bytes.isEmpty ? nil : "text without any markup"
        }
        return nil
    }

    /// Formats by their first bytes; none of these starts a page.
    private static let signatures: [([UInt8], String)] = [
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCE, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Mach-O universal binary or Java class"),
        (Array("MZ".utf8), "a Windows executable"),
        (Array("\0asm".utf8), "a WebAssembly module"),
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("PK\u{03}\u{04}".utf8), "a ZIP archive (or a document packed as one: EPUB, Office)"),
        (Array("7z".utf8) + [0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        (Array("BZh".utf8), "a bzip2 file"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz file"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a Zstandard file"),
        (Array("SQLite format 3\0".utf8), "an SQLite database"),
        (Array("OggS".utf8), "an Ogg media file"),
        (Array("ID3".utf8), "an MP3 file"),
        (Array("fLaC".utf8), "a FLAC file"),
    ]

    /// Control bytes no text holds (NUL and the C0 controls other than tab, line feeds, form
    /// feed, carriage return and escape), in more than one byte in ten: a stray one in old text
    /// is no reason to refuse a page. UTF-16 and UTF-32 text hold NULs where ASCII characters
    /// have no high bytes: that is left to the encoding detection.
    private static func isBinary(_ head: ArraySlice<UInt8>) -> Bool {
        if CharacterEncoding.isWideUnicode(head) { return false }
        let controls = head.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
        return controls * 10 > head.count
    }
}
