/// A page saved as "Web Page, Complete" is `NAME.html` beside a `NAME_files/` folder of its
/// images, styles and frames: one page, so what lies in that folder is not read as pages.
enum SavedPageFolders {
    /// Whether `relative` (a path found walking a folder) lies in the resources folder of a page
    /// among `pages` (every page path found in the same walk).
    static func isResource(_ relative: String, among pages: Set<String>) -> Bool {
        var components = relative.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        while let folder = components.popLast() {
            guard folder.hasSuffix("_files") else { continue }
            let stem = (components + [folder.dropLast(6)]).joined(separator: "/")
            if InputFiles.pageExtensions.contains(where: { pages.contains(stem + "." + $0) }) { return true }
        }
        return false
    }
}
