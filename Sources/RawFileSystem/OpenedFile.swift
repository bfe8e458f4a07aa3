#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files opened by their path's bytes, which need not be UTF-8: a `String` path would turn a
/// byte that is not UTF-8 into U+FFFD and name another file.
package enum OpenedFile {
    /// `path` opened for reading. A pipe's opening waits for its writer, as reading it would.
    package static func forReading(_ path: [UInt8]) -> Result<FileDescriptor, SystemError> {
        guard let path = cString(path) else { return .failure(SystemError(code: ENOENT)) }
        while true {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC)
            if descriptor >= 0 { return .success(FileDescriptor(number: descriptor, owned: true)) }
            if errno != EINTR { return .failure(.last) }
        }
    }
}
