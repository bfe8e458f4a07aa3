import Foundation

/// Checks made on an output folder before any page is read, so that a folder that cannot be
/// made is one clear usage error rather than a write failure for every page.
public enum OutputFolder {
    /// Why `path` cannot be (or become) a folder to write into, or nil where it can: the nearest
    /// existing part of it must be a folder.
    public static func problem(with path: String) -> String? {
        if path == "-" { return "- is standard output, not a folder: leave out --output-dir to write there" }
        var candidate = (path as NSString).standardizingPath
        while !candidate.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : "\(candidate) is a file, not a folder"
            }
            // Foundation's deletingLastPathComponent traps on a relative name of one component.
            guard let slash = candidate.lastIndex(of: "/") else { break }
            if slash == candidate.startIndex { candidate = candidate == "/" ? "" : "/"; continue }
            candidate = String(candidate[..<slash])
        }
        return nil
    }
}
