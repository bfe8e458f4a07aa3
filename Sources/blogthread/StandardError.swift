import RawFileSystem

/// Messages for people. A full or closed descriptor (`2>/dev/full`) fails the write, and a
/// message that cannot be shown is no reason to stop.
enum StandardError {
    /// Writes `text` as it is (a progress bar redrawing its line).
    static func write(_ text: String) {
        try? FileDescriptor.standardError.write(text.utf8)
    }

    /// Writes `line` and a newline.
    static func print(_ line: String) {
        write(line + "\n")
    }
}
