#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Pages given as JSON Lines, one `{"url": …, "html": …}` object a line (`savedAt` optional),
/// the way a cluster job hands records to a mapper. Read a line at a time.
struct JSONLinesReader {
    private var reader: ByteReader
    private var line = 0
    private let pageLimit: Int

    init(_ reader: ByteReader, pageLimit: Int) {
        self.reader = reader
        self.pageLimit = pageLimit
    }

    private struct Line: Decodable {
        var url: String?
        var html: String
        var savedAt: String?
    }

    mutating func next() -> ArchiveItem? {
        while true {
            let offset: Int?
            let read: ByteReader.Line?
            do {
                offset = try reader.fileOffset()
                read = try reader.readBoundedLine(limit: pageLimit)
            } catch {
                return .failed("\(error)", record: nil)
            }
            guard let read, let offset else { return nil }
            line += 1
            guard case .line(let bytes) = read else {
                if case .tooLong(let length) = read {
                    return .failed("line \(line) is " + PageLimit.refusal(size: length, limit: pageLimit), record: nil)
                }
                continue
            }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let decoded = try? JSONDecoder().decode(Line.self, from: Data(bytes)) else {
                return .failed("line \(line) is not a JSON object with an \"html\" string", record: nil)
            }
            return .page(ArchivedPage(
                bytes: Array(decoded.html.utf8), url: decoded.url, savedAt: decoded.savedAt,
                record: .init(id: "line \(line)", offset: offset)))
        }
    }
}
