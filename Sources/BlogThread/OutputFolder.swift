import Foundation

/// Checks made on an output folder before any page is read, so that a folder that cannot be
/// made is one clear usage error rather than a write failure for every page.
public enum OutputFolder {
    /// Why `path` cannot be (or become) a folder to write into, or nil where it can: the nearest
    /// existing part of it must be a folder.
    public static func problem(with path: String) -> String? {
        var candidate = (path as NSString).standardizingPath
        while !candidate.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) {
                return isFolder.boolValue ? nil : "\(candidate) is a file, not a folder"
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate { break }
            candidate = parent
        }
        return nil
    }
}
