#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system call that failed, by its `errno`.
package struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    package var code: Int32

    package init(code: Int32) { self.code = code }

    /// The calling thread's `errno`, read right after the call that failed.
    static var last: SystemError { SystemError(code: errno) }

    /// The C library's message (`No such file or directory`).
    package var description: String { String(cString: strerror(code)) }

    /// Why, in the few lower-case words of the tool's messages (`no such file`).
    package var reason: String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a folder"
        default: description.lowercased()
        }
    }
}

/// A path's bytes as a C string; nil where a NUL inside would cut it short.
func cString(_ path: [UInt8]) -> [CChar]? {
    path.contains(0) ? nil : path.map { CChar(bitPattern: $0) } + [0]
}
