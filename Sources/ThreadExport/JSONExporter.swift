import Foundation
import ThreadModel

/// Writes a thread as the JSON interface, version 1 (`thread.schema.json`), through the model's
/// own `Codable`: every key present, null where there is no value, keys sorted so output diffs
/// cleanly. `JSONDecoder().decode(ExtractedThread.self, from:)` reads it back.
public struct JSONExporter: ThreadExporter {
    /// The version of the JSON interface written.
    public static let schemaVersion = ExtractedThread.schemaVersion

    /// An exporter; it has no options.
    public init() {}

    /// `json`.
    public var fileExtension: String { "json" }

    /// The thread as pretty-printed JSON with sorted keys, ending in a newline.
    public func export(_ thread: ExtractedThread) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(thread)
        data.append(0x0A)
        return data
    }
}
