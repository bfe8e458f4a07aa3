#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Changes made to the file system by paths' bytes, which need not be UTF-8: an output folder
/// named under Latin-1 is written into as it is named, not under a `String`'s U+FFFD.
package enum FileChanges {
    /// `path` created (or emptied) for writing.
    package static func openForWriting(_ path: [UInt8]) -> Result<FileDescriptor, SystemError> {
        guard let path = cString(path) else { return .failure(SystemError(code: ENOENT)) }
        while true {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return .success(FileDescriptor(number: descriptor, owned: true)) }
            if errno != EINTR { return .failure(.last) }
        }
    }

    /// `source` renamed to `target`; rename(2) replaces a file already there in one step.
    package static func rename(_ source: [UInt8], to target: [UInt8]) -> Result<Void, SystemError> {
        guard let source = cString(source), let target = cString(target) else { return .failure(SystemError(code: ENOENT)) }
        return renameFile(source, target) == 0 ? .success(()) : .failure(.last)
    }

    /// The file `path` removed; a file already gone is no failure worth telling.
    package static func remove(_ path: [UInt8]) {
        guard let path = cString(path) else { return }
        unlink(path)
    }

    /// The folder `path` and every missing folder above it made, as `mkdir -p` does.
    package static func makeFolders(_ path: [UInt8]) -> Result<Void, SystemError> {
        if path.isEmpty || (try? FileStatus.of(path).get().kind) == .folder { return .success(()) }
        let ends = path.indices.filter { $0 > 0 && path[$0] == 0x2F } + [path.count]
        for end in ends {
            guard let part = cString(Array(path[..<end])) else { return .failure(SystemError(code: ENOENT)) }
            // A part already there is checked by the next step (or the last), which fails inside a file.
            if mkdir(part, 0o777) != 0, errno != EEXIST { return .failure(.last) }
        }
        return (try? FileStatus.of(path).get().kind) == .folder ? .success(()) : .failure(SystemError(code: ENOTDIR))
    }
}

/// rename(2), named apart from `FileChanges.rename`, which would hide it.
private func renameFile(_ source: [CChar], _ target: [CChar]) -> Int32 { rename(source, target) }
