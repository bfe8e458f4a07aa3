import Inflate

/// An HTTP response as a WARC `response` record holds it: status line, headers, then the body
/// as it went over the wire (chunked, compressed).
struct HTTPMessage {
    var status: Int?
    var headers: HeaderFields

    /// Reads the status line and headers; nil where the block does not start with `HTTP/`.
    init?(reading reader: inout ByteReader) throws(ArchiveError) {
        guard let line = try reader.readLine(), line.starts(with: Array("HTTP/".utf8)) else { return nil }
        let words = line.split(separator: 0x20)
        status = words.count > 1 ? Int(String(decoding: words[1], as: UTF8.self)) : nil
        headers = try HeaderFields(reading: &reader) ?? HeaderFields()
    }

    /// The body with `Transfer-Encoding: chunked` and `Content-Encoding` undone.
    func decodedBody(_ raw: [UInt8], limit: Int) throws(ArchiveError) -> [UInt8] {
        var body = raw
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let joined = Self.dechunked(raw) {
            // Some archivers store the body de-chunked but keep the header: left as it is then.
            body = joined
        }
        let encodings = (headers["content-encoding"] ?? "").lowercased().split(separator: ",").map(\.trimmingSpaces)
        for encoding in encodings.reversed() where !encoding.isEmpty && encoding != "identity" {
            switch encoding {
            case "gzip", "x-gzip", "deflate":
                do {
                    body = try Inflater.decompress(body, format: .gzipOrZlib, limit: limit)
                } catch {
                    // A `deflate` body is often bare deflate without the zlib wrapper.
                    guard encoding == "deflate", let bare = try? Inflater.decompress(body, format: .raw, limit: limit) else {
                        throw ArchiveError("Content-Encoding \(encoding): \(error)")
                    }
                    body = bare
                }
            default:
                throw ArchiveError("Content-Encoding \(encoding) is not supported")
            }
        }
        return body
    }

    /// Joins `Transfer-Encoding: chunked` pieces; nil where `bytes` are not chunked.
    static func dechunked(_ bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        var position = 0
        while position < bytes.count {
            guard let lineEnd = bytes[position...].firstIndex(of: 0x0A) else { return nil }
            let sizeText = String(decoding: bytes[position..<lineEnd], as: UTF8.self)
                .prefix { $0 != ";" }.trimmingSpaces
            guard !sizeText.isEmpty, let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            position = lineEnd + 1
            if size == 0 { return result }
            guard position + size <= bytes.count else {
                // Cut short: what arrived is kept.
                result += bytes[position...]
                return result
            }
            result += bytes[position..<(position + size)]
            position += size
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        }
        return result
    }
}

/// Media types read as pages.
enum HTMLMediaType {
    static func contains(_ type: String?) -> Bool {
        type == "text/html" || type == "application/xhtml+xml"
    }

    /// Whether bytes with no declared type open like an HTML document.
    static func looksLikeHTML(_ bytes: some Collection<UInt8>) -> Bool {
        let start = String(decoding: bytes.prefix(512), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }
}
