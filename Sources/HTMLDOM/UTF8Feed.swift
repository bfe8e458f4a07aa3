/// Hands a `UTF8Source` to libxml2 a piece at a time, as its reader asks for input, so the
/// parser holds only the piece it is reading rather than a copy of the page. Each NUL (which
/// libxml2 takes for the end of its input) and each byte that starts no valid UTF-8 sequence
/// become U+FFFD on the way, as an HTML tokenizer reads them; a source known to be clean is
/// copied as it is.
final class UTF8Feed {
    private let source: UTF8Source
    private var offset: Int

    init(_ source: UTF8Source) {
        self.source = source
        offset = source.start
    }

    /// Fills up to `capacity` bytes of `buffer` (libxml2 asks for at least 4, room for any
    /// sequence or a replacement) and returns how many; 0 at the end.
    func read(into buffer: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        source.bytes.withUnsafeBufferPointer { bytes in
            if source.isClean {
                let count = min(capacity, bytes.count - offset)
                guard count > 0 else { return 0 }
                buffer.update(from: bytes.baseAddress! + offset, count: count)
                offset += count
                return count
            }
            var written = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte != 0 && byte < 0x80 {
                    guard written < capacity else { break }
                    buffer[written] = byte
                    written += 1
                    offset += 1
                    continue
                }
                let length = byte == 0 ? 0 : UTF8Validation.sequenceLength(bytes, at: offset)
                guard written + max(length, Transcoder.replacement.count) <= capacity else { break }
                if length == 0 {
                    for replacementByte in Transcoder.replacement {
                        buffer[written] = replacementByte
                        written += 1
                    }
                    offset += 1
                } else {
                    (buffer + written).update(from: bytes.baseAddress! + offset, count: length)
                    written += length
                    offset += length
                }
            }
            return written
        }
    }
}
