#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, following symbolic links, as `stat(2)` tells it.
package struct FileStatus: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case regularFile, folder
        /// A pipe, a socket, a device.
        case other
    }

    package var kind: Kind
    /// In bytes; meaningful for a regular file only.
    package var size: Int

    /// The status of what `path` (bytes, which need not be UTF-8) names.
    package static func of(_ path: [UInt8]) -> Result<FileStatus, SystemError> {
        guard let path = cString(path) else { return .failure(SystemError(code: ENOENT)) }
        var status = stat()
        guard stat(path, &status) == 0 else { return .failure(.last) }
        return .success(FileStatus(status))
    }

    /// The status of an open descriptor.
    package static func of(descriptor: Int32) -> Result<FileStatus, SystemError> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.last) }
        return .success(FileStatus(status))
    }

    private init(_ status: stat) {
        kind = switch status.st_mode & S_IFMT {
        case S_IFREG: .regularFile
        case S_IFDIR: .folder
        default: .other
        }
        size = Int(status.st_size)
    }
}
