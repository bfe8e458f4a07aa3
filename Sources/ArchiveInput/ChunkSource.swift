import Inflate
import RawFileSystem

/// Bytes as they come off the disk (or out of a decompressor), a piece at a time.
protocol ChunkSource {
    /// The next piece, or nil at the end.
    mutating func next() throws(ArchiveError) -> Chunk?
}

/// A piece of a byte stream and where it lies in the file.
struct Chunk {
    var bytes: [UInt8]
    /// For a plain file, the file offset of `bytes[0]`; for gzip, the file offset of the member
    /// these bytes were decompressed from.
    var fileOffset: Int
    /// Whether `bytes` came out of a gzip member: every byte of it then lies at `fileOffset`.
    var isDecompressed: Bool

    func fileOffset(at index: Int) -> Int { isDecompressed ? fileOffset : fileOffset + index }
}

/// Reads a file (or standard input) in pieces, never whole.
struct FileChunks: ChunkSource {
    static let pieceSize = 1 << 16
    private let file: FileDescriptor
    private var offset = 0

    init(_ file: FileDescriptor) { self.file = file }

    mutating func next() throws(ArchiveError) -> Chunk? {
        let bytes: [UInt8]
        do {
            bytes = try file.read(upTo: Self.pieceSize)
        } catch {
            throw ArchiveError("the file cannot be read: \(error)")
        }
        guard !bytes.isEmpty else { return nil }
        defer { offset += bytes.count }
        return Chunk(bytes: bytes, fileOffset: offset, isDecompressed: false)
    }
}

/// Decompresses a gzip file member by member as it is read. A piece never spans two members,
/// so each knows the file offset of the member it came from: a `.warc.gz` record's offset.
struct GzipChunks<Compressed: ChunkSource>: ChunkSource {
    private var compressed: Compressed
    private let inflater: Inflater
    private var input: [UInt8] = []
    private var inputStart = 0
    /// File offset of `input[0]`.
    private var inputOffset = 0
    private var memberOffset = 0
    private var atEnd = false
    /// Reused for every piece; zlib may hold more output when it is filled.
    private var buffer = [UInt8](repeating: 0, count: FileChunks.pieceSize)
    private var bufferFilled = false

    init(_ compressed: Compressed) throws(ArchiveError) {
        self.compressed = compressed
        do {
            inflater = try Inflater(.gzip)
        } catch {
            throw ArchiveError("\(error)")
        }
    }

    mutating func next() throws(ArchiveError) -> Chunk? {
        while true {
            if inputStart == input.count, !bufferFilled {
                guard !atEnd, let piece = try compressed.next() else {
                    atEnd = true
                    return nil
                }
                inputOffset = piece.fileOffset
                input = piece.bytes
                inputStart = 0
            }
            let step: Inflater.Step
            do {
                step = try inflater.inflate(input, from: inputStart, into: &buffer, at: 0)
            } catch {
                throw ArchiveError("\(error) at offset \(inputOffset + inputStart)")
            }
            inputStart += step.consumed
            bufferFilled = step.produced == buffer.count
            let chunk = Chunk(bytes: Array(buffer[..<step.produced]), fileOffset: memberOffset, isDecompressed: true)
            if step.memberEnded {
                do { try inflater.reset() } catch { throw ArchiveError("\(error)") }
                memberOffset = inputOffset + inputStart
            }
            if step.produced > 0 { return chunk }
        }
    }
}

/// Why an archive could not be read (further).
package struct ArchiveError: Error, Sendable, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
}
