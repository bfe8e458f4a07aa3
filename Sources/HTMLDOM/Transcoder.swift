#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A page's text as the parser is to read it, as UTF-8: the page's own bytes where they are
/// UTF-8 (not copied), or their transcoding.
struct UTF8Source {
    let bytes: [UInt8]
    /// Where the text starts: past a byte order mark.
    let start: Int
    /// Whether the bytes are known to be valid UTF-8 without a NUL, so they are handed over as
    /// they are; otherwise `UTF8Feed` repairs them on the way.
    let isClean: Bool

    var isEmpty: Bool { start >= bytes.count }
    var count: Int { bytes.count - start }
}

/// Turns a page's bytes into UTF-8 the way a browser decodes them. Legacy encodings are
/// transcoded here; malformed UTF-8 and NULs are replaced as the parser reads (`UTF8Feed`).
enum Transcoder {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// `utf8`: what deciding the encoding found checking the bytes as UTF-8, where it did.
    static func source(from bytes: [UInt8], encoding: DecidedEncoding, utf8: UTF8Validation?) -> UTF8Source {
        let bomLength = encoding.evidence == .byteOrderMark ? (CharacterEncoding.byteOrderMark(bytes)?.length ?? 0) : 0
        switch encoding.name {
        case "UTF-8":
            return UTF8Source(bytes: bytes, start: bomLength, isClean: utf8?.isCleanForParsing ?? false)
        case "windows-1252":
            return UTF8Source(bytes: windows1252(bytes.dropFirst(bomLength)), start: 0, isClean: false)
        default:
            let body = bytes.dropFirst(bomLength)
            let decoded = iconvUTF8(body, from: iconvName(for: encoding.name)) ?? windows1252(body)
            return UTF8Source(bytes: decoded, start: 0, isClean: false)
        }
    }

    /// windows-1252 as the Encoding Standard defines it (bytes 0x80–0x9F mostly punctuation,
    /// the five unassigned ones as C1 controls), decoded without iconv, which rejects those five.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            // Every value lies below U+2200: two or three bytes of UTF-8.
            let value: UInt32 = byte <= 0x9F ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            if value < 0x800 {
                output.append(UInt8(0xC0 | value >> 6))
            } else {
                output.append(UInt8(0xE0 | value >> 12))
                output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            }
            output.append(UInt8(0x80 | value & 0x3F))
        }
        return output
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The system converter's name for each canonical encoding; where browsers decode a label
    /// with a superset (Shift_JIS as windows-31j, GBK as GB18030, EUC-KR as windows-949), so do we.
    static func iconvName(for name: String) -> String {
        switch name {
        case "Shift_JIS": "CP932"
        case "GBK", "gb18030": "GB18030"
        case "EUC-KR": "CP949"
        case "Big5": "BIG5-HKSCS"
        default: name.uppercased()
        }
    }

    /// Converts with the C library's iconv, replacing each byte it cannot decode.
    static func iconvUTF8(_ bytes: ArraySlice<UInt8>, from name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        // The converter is ours until iconv_close; the buffers below are Swift arrays pinned for
        // the duration of each closure.
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var written = 0
        var inputOffset = 0
        var input = Array(bytes)
        while inputOffset < input.count {
            var inputLeft = input.count - inputOffset
            var outputLeft = output.count - written
            let result = input.withUnsafeMutableBytes { inBuffer in
                output.withUnsafeMutableBytes { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? =
                        inBuffer.baseAddress!.advanced(by: inputOffset).assumingMemoryBound(to: CChar.self)
                    var outPointer: UnsafeMutablePointer<CChar>? =
                        outBuffer.baseAddress!.advanced(by: written).assumingMemoryBound(to: CChar.self)
                    let status = iconv(converter, &inPointer, &inputLeft, &outPointer, &outputLeft)
                    return (status, errno)
                }
            }
            inputOffset = input.count - inputLeft
            written = output.count - outputLeft
            guard result.0 == -1 else { break }
            switch result.1 {
            case E2BIG:
                output.append(contentsOf: repeatElement(0, count: output.count))
            default:
                // EILSEQ or EINVAL: a byte that starts no character here.
                if output.count - written < replacement.count { output.append(contentsOf: replacement) }
                output.replaceSubrange(written..<written + replacement.count, with: replacement)
                written += replacement.count
                inputOffset += 1
            }
        }
        output.removeLast(output.count - written)
        return output
    }
}
