/// Lines and runs of bytes over a `ChunkSource`, holding no more than the pieces it is in the
/// middle of: what lets a multi-gigabyte archive be read record by record.
struct ByteReader: ChunkSource {
    private var source: any ChunkSource
    /// Pieces read and not yet consumed; `index` is the position in the first.
    private var pending: [Chunk] = []
    private var index = 0
    /// Bytes consumed so far (decompressed bytes, for gzip).
    private(set) var position = 0

    init(_ source: any ChunkSource) { self.source = source }

    /// Where the next byte lies in the file: a record's offset when read at its start.
    mutating func fileOffset() throws(ArchiveError) -> Int? {
        guard try fill(1) else { return nil }
        return pending[0].fileOffset(at: index)
    }

    /// Whether at least `count` bytes are buffered, reading pieces as needed.
    private mutating func fill(_ count: Int) throws(ArchiveError) -> Bool {
        var available = pending.reduce(0) { $0 + $1.bytes.count } - index
        while available < count {
            guard let chunk = try source.next() else { return false }
            pending.append(chunk)
            available += chunk.bytes.count
        }
        return true
    }

    /// Up to `count` bytes ahead, without consuming them.
    mutating func peek(_ count: Int) throws(ArchiveError) -> [UInt8] {
        _ = try fill(count)
        var bytes: [UInt8] = []
        var start = index
        for chunk in pending {
            bytes += chunk.bytes[start..<min(chunk.bytes.count, start + count - bytes.count)]
            start = 0
            if bytes.count == count { break }
        }
        return bytes
    }

    /// The next line without its line break (LF or CRLF); nil at the end. A line longer than
    /// `limit` is an error: no record header is that long.
    mutating func readLine(limit: Int = 64 * 1024) throws(ArchiveError) -> [UInt8]? {
        switch try readBoundedLine(limit: limit) {
        case nil: return nil
        case .line(let line): return line
        case .tooLong: throw ArchiveError("a header line longer than \(limit) bytes")
        }
    }

    /// A line read by `readBoundedLine`.
    enum Line {
        case line([UInt8])
        /// A line longer than the limit, passed over to its end without being kept.
        case tooLong(length: Int)
    }

    /// The next line as `readLine` reads it, but a line longer than `limit` is passed over to
    /// its end, holding no more than `limit` bytes of it, so reading goes on at the next line.
    mutating func readBoundedLine(limit: Int) throws(ArchiveError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            guard try fill(1) else {
                if length > limit { return .tooLong(length: length) }
                return length == 0 ? nil : .line(line)
            }
            let bytes = pending[0].bytes
            let newline = bytes[index...].firstIndex(of: 0x0A)
            let end = newline ?? bytes.count
            length += end - index
            if length <= limit { line += bytes[index..<end] } else { line = [] }
            advance(by: end - index + (newline == nil ? 0 : 1))
            guard newline != nil else { continue }
            if length > limit { return .tooLong(length: length) }
            if line.last == 0x0D { line.removeLast() }
            return .line(line)
        }
    }

    /// Exactly `count` bytes, or fewer where the stream ends first; `expected`: how many the
    /// stream is known to hold, so the array is made that size once instead of grown.
    mutating func read(_ count: Int, expected: Int? = nil) throws(ArchiveError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(count, expected.map { max(0, $0 - position) } ?? 1 << 24))
        while bytes.count < count, try fill(1) {
            let chunk = pending[0].bytes
            let end = min(chunk.count, index + count - bytes.count)
            bytes += chunk[index..<end]
            advance(by: end - index)
        }
        return bytes
    }

    /// Passes over `count` bytes without keeping them; returns how many there were.
    @discardableResult
    mutating func skip(_ count: Int) throws(ArchiveError) -> Int {
        var skipped = 0
        while skipped < count, try fill(1) {
            let step = min(pending[0].bytes.count - index, count - skipped)
            advance(by: step)
            skipped += step
        }
        return skipped
    }

    /// Everything left, up to `limit` bytes; nil where there is more. `expected`: as for `read`.
    mutating func readToEnd(limit: Int, expected: Int? = nil) throws(ArchiveError) -> [UInt8]? {
        let bytes = try read(limit, expected: expected)
        if bytes.count == limit, try fill(1) { return nil }
        return bytes
    }

    /// The rest of the stream as pieces, for a decompressor reading it.
    mutating func next() throws(ArchiveError) -> Chunk? {
        guard try fill(1) else { return nil }
        let first = pending.removeFirst()
        defer { index = 0 }
        return Chunk(bytes: Array(first.bytes[index...]), fileOffset: first.fileOffset(at: index), isDecompressed: first.isDecompressed)
    }

    private mutating func advance(by count: Int) {
        index += count
        position += count
        while let first = pending.first, index >= first.bytes.count {
            index -= first.bytes.count
            pending.removeFirst()
        }
    }
}
