import Foundation

/// Files whose names are bytes that are not UTF-8 (`caf\xE9.html`, Latin-1), which
/// `FileManager` cannot make: its paths are Strings.
public enum RawNamedFile {
    /// Writes `contents` to the file at `path`'s bytes, replacing one already there.
    public static func write(_ contents: [UInt8], to path: [UInt8]) throws {
        let descriptor = open(path.map { CChar(bitPattern: $0) } + [0], O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: contents)
        try handle.close()
    }
}
