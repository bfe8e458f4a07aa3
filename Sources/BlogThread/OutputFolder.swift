import RawFileSystem

/// Checks made on an output folder before any page is read, so that a folder that cannot be
/// made is one clear usage error rather than a write failure for every page.
public enum OutputFolder {
    /// Why `path` cannot be (or become) a folder to write into, or nil where it can: the nearest
    /// existing part of it must be a folder.
    public static func problem(with path: InputPath) -> String? {
        if path.bytes == [0x2D] { return "- is standard output, not a folder: leave out --output-dir to write there" }
        var candidate = standardized(path.bytes)
        while !candidate.isEmpty {
            if case .success(let status) = FileStatus.of(candidate) {
                return status.kind == .folder ? nil : "\(InputPath(bytes: candidate)) is a file, not a folder"
            }
            guard let slash = candidate.lastIndex(of: 0x2F) else { break }
            candidate = slash == 0 ? (candidate == [0x2F] ? [] : [0x2F]) : Array(candidate[..<slash])
        }
        return nil
    }

    /// `path` without empty or `.` parts (`a//./b/` is `a/b`), so each step up drops one name.
    private static func standardized(_ path: [UInt8]) -> [UInt8] {
        let names = path.split(separator: 0x2F).filter { $0 != [0x2E] }
        let joined = Array(names.joined(separator: [0x2F]))
        return path.first == 0x2F ? [0x2F] + joined : joined
    }
}
