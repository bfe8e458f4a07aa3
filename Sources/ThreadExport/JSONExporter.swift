import Foundation
import ThreadModel

/// Writes a thread as the JSON interface, version 1 (`thread.schema.json`), through the model's
/// own `Codable`: every key present, null where there is no value, keys sorted so output diffs
/// cleanly. `JSONDecoder().decode(ExtractedThread.self, from:)` reads it back.
public struct JSONExporter: ThreadExporter {
    /// The version of the JSON interface written.
    public static let schemaVersion = ExtractedThread.schemaVersion

    /// One thread per line (JSON Lines) rather than indented.
    public let isLines: Bool

    /// An indented exporter, or with `lines` one writing JSON Lines.
    public init(lines: Bool = false) {
        isLines = lines
    }

    /// `json`, or `jsonl`.
    public var fileExtension: String { isLines ? "jsonl" : "json" }

    /// The thread as JSON with sorted keys (pretty-printed, or on one line), ending in a newline.
    public func export(_ thread: ExtractedThread) throws -> Data {
        let encoder = JSONEncoder()
        // Compact output has no line break of its own: the encoder escapes those inside strings.
        encoder.outputFormatting = isLines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(thread)
        data.append(0x0A)
        return data
    }
}
