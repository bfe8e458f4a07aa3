import Foundation

/// Messages for people. Written with the throwing call: `FileHandle.write(_:)` traps on a full
/// or closed descriptor (`2>/dev/full`), and a message that cannot be shown is no reason to crash.
enum StandardError {
    /// Writes `text` as it is (a progress bar redrawing its line).
    static func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }

    /// Writes `line` and a newline.
    static func print(_ line: String) {
        write(line + "\n")
    }
}
