#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One name in a folder, as the file system holds it.
package struct FolderEntry: Sendable, Equatable {
    /// The name's bytes, which need not be UTF-8.
    package var name: [UInt8]
    /// What it names, following a symbolic link; nil for a link that leads nowhere.
    package var kind: FileStatus.Kind?
    /// Whether it is a symbolic link: a walk that entered linked folders could go round for ever.
    package var isLink: Bool
}

extension FolderEntry {
    /// The entries of `folder` (bytes; a symbolic link to a folder is followed), without `.` and
    /// `..`, in the order the file system gives them.
    package static func entries(of folder: [UInt8]) -> Result<[FolderEntry], SystemError> {
        guard let path = cString(folder) else { return .failure(SystemError(code: ENOENT)) }
        guard let directory = opendir(path) else { return .failure(.last) }
        defer { closedir(directory) }
        var entries: [FolderEntry] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(.last) }
                return .success(entries)
            }
            // The entry is the C library's, valid until the next readdir: its name is copied now.
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let type = entry.pointee.d_type
            let kind: FileStatus.Kind? =
                switch Int32(type) {
                case Int32(DT_REG): .regularFile
                case Int32(DT_DIR): .folder
                case Int32(DT_LNK), Int32(DT_UNKNOWN): try? FileStatus.of(folder + [0x2F] + name).get().kind
                default: .other
                }
            let isLink = Int32(type) == Int32(DT_LNK) || (Int32(type) == Int32(DT_UNKNOWN) && Self.isLink(folder + [0x2F] + name))
            entries.append(FolderEntry(name: name, kind: kind, isLink: isLink))
        }
    }

    private static func isLink(_ path: [UInt8]) -> Bool {
        guard let path = cString(path) else { return false }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }
}
