extension InputPath {
    /// The folder holding what this path names: what comes before the last `/` (`/` for a
    /// name at the root), empty for a name without one.
    var parent: InputPath {
        guard let slash = bytes.lastIndex(of: 0x2F) else { return InputPath(bytes: []) }
        return InputPath(bytes: slash == 0 ? [0x2F] : Array(bytes[..<slash]))
    }
}
