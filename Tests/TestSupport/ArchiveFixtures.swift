import Foundation

/// Web archives and single-file pages made in the tests, byte by byte, the way wget, Heritrix,
/// Chrome and browsers' "save as" write them, so the fixtures need no binary files.
public enum ArchiveFixtures {
    /// A gzip member of `bytes` (RFC 1952) in deflate's stored blocks: made here, since the code
    /// under test only decompresses, and valid input to any gunzip.
    public static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var member: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var start = 0
        repeat {
            let end = min(bytes.count, start + 0xFFFF)
            let length = UInt16(end - start)
            member.append(end == bytes.count ? 0x01 : 0x00)
            member += littleEndian(UInt32(length) | UInt32(~length) << 16, bytes: 4)
            member += bytes[start..<end]
            start = end
        } while start < bytes.count
        return member + littleEndian(crc32(bytes), bytes: 4) + littleEndian(UInt32(truncatingIfNeeded: bytes.count), bytes: 4)
    }

    private static func littleEndian(_ value: UInt32, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { value, _ in value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { crc, byte in crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }

    /// One WARC record.
    public struct Record {
        public var type: String
        public var uri: String?
        public var date = "2024-03-05T10:20:30Z"
        public var contentType: String?
        public var block: [UInt8]
        public var id: String

        public init(type: String, uri: String? = nil, date: String = "2024-03-05T10:20:30Z", contentType: String? = nil, block: [UInt8], id: String? = nil) {
            self.type = type
            self.uri = uri
            self.date = date
            self.contentType = contentType
            self.block = block
            self.id = id ?? "<urn:uuid:\(UUID().uuidString.lowercased())>"
        }

        /// A `response` record holding an HTTP response.
        public static func response(
            uri: String, status: String = "200 OK", headers: [String], body: [UInt8], date: String = "2024-03-05T10:20:30Z"
        ) -> Record {
            let head = (["HTTP/1.1 \(status)"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
            return Record(type: "response", uri: uri, date: date, contentType: "application/http; msgtype=response",
                          block: Array(head.utf8) + body)
        }

        public var bytes: [UInt8] {
            var lines = ["WARC/1.1", "WARC-Type: \(type)", "WARC-Record-ID: \(id)", "WARC-Date: \(date)"]
            if let uri { lines.append("WARC-Target-URI: \(uri)") }
            if let contentType { lines.append("Content-Type: \(contentType)") }
            lines.append("Content-Length: \(block.count)")
            return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + block + Array("\r\n\r\n".utf8)
        }
    }

    /// A WARC file and the offset of each record in it: one gzip member per record when
    /// `compressed`, as `.warc.gz` files are written.
    public static func warc(_ records: [Record], compressed: Bool) throws -> (bytes: [UInt8], offsets: [Int]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        for record in records {
            offsets.append(bytes.count)
            bytes += compressed ? gzip(record.bytes) : record.bytes
        }
        return (bytes, offsets)
    }

    /// HTTP chunked transfer encoding of `bytes`, in pieces of `size`.
    public static func chunked(_ bytes: [UInt8], size: Int) -> [UInt8] {
        var result: [UInt8] = []
        var start = 0
        while start < bytes.count {
            let piece = bytes[start..<min(bytes.count, start + size)]
            result += Array((String(piece.count, radix: 16) + "\r\n").utf8) + piece + Array("\r\n".utf8)
            start += size
        }
        return result + Array("0\r\n\r\n".utf8)
    }

    /// Quoted-printable, as MHTML writers encode HTML parts: `=` and bytes outside ASCII
    /// escaped, lines broken softly at 76 characters.
    public static func quotedPrintable(_ bytes: [UInt8]) -> String {
        var result = ""
        var lineLength = 0
        for byte in bytes {
            let piece: String
            if byte == 0x0A {
                result += "\r\n"
                lineLength = 0
                continue
            } else if byte == 0x3D || byte >= 0x80 || byte < 0x20 {
                piece = String(format: "=%02X", byte)
            } else {
                piece = String(UnicodeScalar(byte))
            }
            if lineLength + piece.count > 75 {
                result += "=\r\n"
                lineLength = 0
            }
            result += piece
            lineLength += piece.count
        }
        return result
    }

    /// An MHTML file as Chrome writes it: the HTML part quoted-printable (or base64), an image
    /// part in base64.
    public static func mhtml(html: String, url: String, date: String, base64HTML: Bool = false) -> [UInt8] {
        let boundary = "----MultipartBoundary--abc123----"
        let htmlBody = base64HTML
            ? Data(html.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
            : quotedPrintable(Array(html.utf8))
        let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 40)).base64EncodedString()
        let text = """
            From: <Saved by Blink>\r
            Snapshot-Content-Location: \(url)\r
            Subject: A post\r
            Date: \(date)\r
            MIME-Version: 1.0\r
            Content-Type: multipart/related;\r
            \ttype="text/html";\r
            \tboundary="\(boundary)"\r
            \r
            \r
            --\(boundary)\r
            Content-Type: text/html; charset="utf-8"\r
            Content-Transfer-Encoding: \(base64HTML ? "base64" : "quoted-printable")\r
            Content-Location: \(url)\r
            \r
            \(htmlBody)\r
            \r
            --\(boundary)\r
            Content-Type: image/png\r
            Content-Transfer-Encoding: base64\r
            Content-Location: https://example.com/logo.png\r
            \r
            \(image)\r
            \r
            --\(boundary)--\r

            """
        return Array(text.utf8)
    }
}
