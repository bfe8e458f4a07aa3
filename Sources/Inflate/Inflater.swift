internal import CZlib

/// zlib's inflate behind a safe interface: the only code that touches zlib or its pointers.
///
/// One `Inflater` decompresses one stream a piece at a time, so an archive of any size is read
/// with a fixed amount of memory. A gzip file may hold several members one after another (a
/// `.warc.gz` holds one per record); `inflate` stops at the end of each member, so the caller
/// can tell where in the compressed file every member began.
package final class Inflater {
    package enum Format: Sendable {
        /// gzip members (RFC 1952).
        case gzip
        /// gzip or zlib (RFC 1950), told apart by their headers: what HTTP's `Content-Encoding`
        /// names `gzip` and `deflate`.
        case gzipOrZlib
        /// Bare deflate (RFC 1951), which some servers send as `deflate`.
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: 15 + 16
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            }
        }
    }

    /// What one call did.
    package struct Step: Sendable, Equatable {
        /// Compressed bytes used.
        package var consumed: Int
        /// Decompressed bytes appended.
        package var produced: Int
        /// The member (the whole stream, for zlib and raw) ended; `reset()` reads the next one.
        package var memberEnded: Bool
    }

    /// Allocated once and never moved: zlib's state keeps a pointer back to it.
    private let stream: UnsafeMutablePointer<z_stream>

    package init(_ format: Format) throws(InflateError) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, format.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw InflateError(status: status, message: nil)
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    /// Decompresses from `input[start...]` into `output[outputStart...]` (the caller's buffer,
    /// reused from call to call); stops early at the end of a member.
    package func inflate(
        _ input: [UInt8], from start: Int, into output: inout [UInt8], at outputStart: Int
    ) throws(InflateError) -> Step {
        precondition(start >= 0 && start <= input.count && outputStart >= 0 && outputStart < output.count)
        let limit = output.count - outputStart
        var status: Int32 = Z_OK
        var consumed = 0
        var produced = 0
        input.withUnsafeBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                // zlib's next_in is not const; it never writes through it.
                stream.pointee.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress.map { $0 + start })
                stream.pointee.avail_in = UInt32(input.count - start)
                stream.pointee.next_out = outputBuffer.baseAddress! + outputStart
                stream.pointee.avail_out = UInt32(limit)
                status = CZlib.inflate(stream, Z_NO_FLUSH)
                consumed = input.count - start - Int(stream.pointee.avail_in)
                produced = limit - Int(stream.pointee.avail_out)
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
            }
        }
        switch status {
        case Z_OK, Z_STREAM_END:
            return Step(consumed: consumed, produced: produced, memberEnded: status == Z_STREAM_END)
        case Z_BUF_ERROR:
            // No progress was possible: more input is needed.
            return Step(consumed: consumed, produced: produced, memberEnded: false)
        default:
            throw InflateError(status: status, message: stream.pointee.msg.map { String(cString: $0) })
        }
    }

    /// Starts over for the next member of the same file.
    package func reset() throws(InflateError) {
        let status = inflateReset(stream)
        guard status == Z_OK else { throw InflateError(status: status, message: nil) }
    }

    /// Decompresses a whole small stream (an HTTP body, a saved `.html.gz`): every member of a
    /// gzip file, at most `limit` bytes of output.
    package static func decompress(_ bytes: [UInt8], format: Format, limit: Int) throws(InflateError) -> [UInt8] {
        let inflater = try Inflater(format)
        var output = [UInt8](repeating: 0, count: max(1 << 16, min(limit, bytes.count * 4)))
        var produced = 0
        var position = 0
        while true {
            if produced == output.count {
                guard output.count < limit else { throw InflateError(status: nil, message: "more than \(limit) bytes") }
                output += repeatElement(0, count: min(output.count, limit - output.count))
            }
            let step = try inflater.inflate(bytes, from: position, into: &output, at: produced)
            position += step.consumed
            produced += step.produced
            if step.memberEnded {
                // Another member may follow (gzip allows several); padding of zeros does not count.
                guard format == .gzip, bytes[position...].contains(where: { $0 != 0 }) else { break }
                try inflater.reset()
            } else if step.consumed == 0 && step.produced == 0 {
                // A stream cut short keeps what came through; one that stops making sense does not.
                guard position == bytes.count else { throw InflateError(status: nil, message: "no progress") }
                break
            }
        }
        return Array(output[..<produced])
    }
}

/// Why zlib refused: its status and message, where it gave one.
package struct InflateError: Error, Sendable, CustomStringConvertible {
    package var status: Int32?
    package var message: String?

    package var description: String {
        let reason = message ?? status.map { "zlib status \($0)" } ?? "unknown"
        return "not valid compressed data (\(reason))"
    }
}
