#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a page's bytes into valid UTF-8 the way a browser decodes them: every malformed
/// sequence becomes U+FFFD and decoding goes on, where libxml2 would switch encodings mid-page
/// or stop.
enum Transcoder {
    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func utf8(from bytes: [UInt8], encoding: DecidedEncoding) -> [UInt8] {
        let bomLength = encoding.evidence == .byteOrderMark ? (CharacterEncoding.byteOrderMark(bytes)?.length ?? 0) : 0
        let body = bytes.dropFirst(bomLength)
        let decoded: [UInt8] =
            switch encoding.name {
            case "UTF-8": repairedUTF8(Array(body))
            case "windows-1252": windows1252(body)
            default: iconvUTF8(Array(body), from: iconvName(for: encoding.name)) ?? windows1252(body)
            }
        return replacingNUL(decoded)
    }

    /// Each NUL becomes U+FFFD, as an HTML tokenizer reads it: libxml2 takes a NUL for the end of
    /// its input, and a NUL inside a tag (or at byte 0) would silently drop the rest of the page.
    /// In UTF-8 a 0 byte is never part of a longer sequence, so bytes are replaced one for one.
    static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        guard var next = bytes.firstIndex(of: 0) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var copiedUpTo = 0
        while true {
            output.append(contentsOf: bytes[copiedUpTo..<next])
            output.append(contentsOf: replacement)
            copiedUpTo = next + 1
            guard let found = bytes[copiedUpTo...].firstIndex(of: 0) else { break }
            next = found
        }
        output.append(contentsOf: bytes[copiedUpTo...])
        return output
    }

    /// Valid UTF-8 unchanged; each invalid byte replaced.
    static func repairedUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        var copiedUpTo = 0
        while index < bytes.count {
            let length = UTF8Validation.sequenceLength(bytes, at: index)
            if length == 0 {
                if output.isEmpty { output.reserveCapacity(bytes.count + 16) }
                output.append(contentsOf: bytes[copiedUpTo..<index])
                output.append(contentsOf: replacement)
                index += 1
                copiedUpTo = index
            } else {
                index += length
            }
        }
        if copiedUpTo == 0 { return bytes }
        output.append(contentsOf: bytes[copiedUpTo...])
        return output
    }

    /// windows-1252 as the Encoding Standard defines it (bytes 0x80–0x9F mostly punctuation,
    /// the five unassigned ones as C1 controls), decoded without iconv, which rejects those five.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value: UInt32 = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return Array(String(scalars).utf8)
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
    static func iconvUTF8(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        // The converter is ours until iconv_close; the buffers below are Swift arrays pinned for
        // the duration of each closure.
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = 0
        var inputOffset = 0
        var input = bytes
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
        return Array(output[..<written])
    }
}
