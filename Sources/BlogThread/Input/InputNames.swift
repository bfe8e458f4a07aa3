extension InputFiles {
    /// Single-file page archives and web archives, read as well as pages.
    public static let archiveExtensions: Set<String> = ["mht", "mhtml", "warc"]

    /// Whether a file found walking a folder is read: a page, an archive, or either gzipped
    /// (`post.html.gz`, `crawl.warc.gz`). Files given by name are read whatever their name.
    static func isInputName(_ path: String) -> Bool {
        var ext = Substring(path.split(separator: ".").last ?? "").lowercased()
        if ext == "gz" {
            let parts = path.split(separator: ".")
            guard parts.count >= 3 else { return false }
            ext = parts[parts.count - 2].lowercased()
        }
        return pageExtensions.contains(ext) || archiveExtensions.contains(ext)
    }
}
