#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's arguments as the bytes it was given. `CommandLine.arguments` decodes them as
/// UTF-8 and turns a byte that is not into U+FFFD, so a path given as an argument would name
/// another file.
package enum ProcessArguments {
    /// Every argument, the program's name first.
    package static var all: [[UInt8]] {
        (0..<Int(CommandLine.argc)).map { index in
            // argv's strings belong to the process and live as long as it; copied here.
            guard let argument = CommandLine.unsafeArgv[index] else { return [] }
            return UnsafeBufferPointer(start: argument, count: strlen(argument)).map { UInt8(bitPattern: $0) }
        }
    }
}
