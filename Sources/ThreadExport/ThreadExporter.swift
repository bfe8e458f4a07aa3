#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ThreadModel

/// One output format. Adding a format is adding a type that conforms, and a line in `ExportFormat`.
public protocol ThreadExporter: Sendable {
    /// The extension of the files this format writes, without the dot.
    var fileExtension: String { get }
    func export(_ thread: ExtractedThread) throws -> Data
}
