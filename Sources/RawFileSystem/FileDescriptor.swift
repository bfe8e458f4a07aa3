#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file, read and written by system calls. The process's own standard streams are never
/// closed; a file this opened is closed by `close()`, or when the last reference goes.
package final class FileDescriptor: @unchecked Sendable {
    package let number: Int32
    /// Guarded by its single owner: a descriptor is read or written by one thread at a time.
    private var isOpen: Bool
    private let closesItself: Bool

    package static let standardInput = FileDescriptor(number: 0, owned: false)
    package static let standardOutput = FileDescriptor(number: 1, owned: false)
    package static let standardError = FileDescriptor(number: 2, owned: false)

    init(number: Int32, owned: Bool) {
        self.number = number
        isOpen = true
        closesItself = owned
    }

    deinit {
        if closesItself, isOpen { _ = closeDescriptor(number) }
    }

    /// Up to `count` bytes; empty at the end of the file.
    package func read(upTo count: Int) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { buffer in
            Self.retried { readDescriptor(number, buffer.baseAddress, count) }
        }
        bytes.removeLast(count - (try read.get()))
        return bytes
    }

    /// Everything left to read.
    package func readToEnd() throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let piece = try read(upTo: 1 << 16)
            if piece.isEmpty { return bytes }
            bytes += piece
        }
    }

    /// All of `bytes`, however many calls that takes (a pipe takes a part at a time).
    package func write(_ bytes: some Collection<UInt8>) throws(SystemError) {
        let written = bytes.withContiguousStorageIfAvailable { write(UnsafeRawBufferPointer($0)) }
        try (written ?? Array(bytes).withUnsafeBytes { write($0) }).get()
    }

    private func write(_ buffer: UnsafeRawBufferPointer) -> Result<Void, SystemError> {
        var start = 0
        while start < buffer.count {
            switch Self.retried({ writeDescriptor(number, buffer.baseAddress! + start, buffer.count - start) }) {
            case .success(let count): start += count
            case .failure(let error): return .failure(error)
            }
        }
        return .success(())
    }

    /// Closes the file; a failure here (a full disk on a network file system) means what was
    /// written may not be there.
    package func close() throws(SystemError) {
        guard closesItself, isOpen else { return }
        isOpen = false
        if closeDescriptor(number) != 0 { throw .last }
    }

    /// A call's result, made again when a signal interrupted it.
    private static func retried(_ call: () -> Int) -> Result<Int, SystemError> {
        while true {
            let result = call()
            if result >= 0 { return .success(result) }
            if errno != EINTR { return .failure(.last) }
        }
    }
}

// The C library's calls, named apart from the methods above that would hide them.
private func readDescriptor(_ number: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(number, buffer, count) }
private func writeDescriptor(_ number: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(number, buffer, count) }
private func closeDescriptor(_ number: Int32) -> Int32 { close(number) }
