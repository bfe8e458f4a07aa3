#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArchiveInput
import HTMLDOM
@_exported import ThreadExport
@_exported import ThreadModel
import ThreadExtraction

/// Reads saved pages into threads: the one entry point a library user needs.
///
/// ```swift
/// import BlogThread
/// let thread = try ThreadReader().read(contentsOf: "saved-post.html")
/// let markdown = try MarkdownExporter().export(thread)
/// ```
public struct ThreadReader: Sendable {
    private let extractor: ThreadExtractor

    /// The names `init(engine:)` accepts, sorted.
    public static var engines: [Platform] { ThreadExtractor.engines }

    /// A reader that detects each page's engine; it holds no state, so one can serve any
    /// number of threads at once.
    public init() {
        extractor = ThreadExtractor()
    }

    /// Reads every page as `engine`'s instead of the detected engine's; `.generic` reads comments
    /// by the page's structure alone. `engines` lists the names.
    public init(engine: Platform) throws(UnknownEngine) {
        guard let extractor = ThreadExtractor(engine: engine) else { throw UnknownEngine(name: engine.rawValue) }
        self.extractor = extractor
    }

    /// Reads a page, or an XML export of a discussion, from its bytes; `file` is reported as the
    /// thread's source. `baseURL` is the address the bytes came from, where you know it (you
    /// fetched them): relative links resolve against it, and it stands as the thread's address,
    /// where the page names no address of its own (a canonical link, `og:url`).
    public func read(bytes: [UInt8], file: String? = nil, baseURL: URL? = nil) throws(ReadError) -> ExtractedThread {
        try read(ArchivedPage(bytes: bytes, url: baseURL?.absoluteString), file: file)
    }

    /// Reads a page taken out of an archive (or a file), with what the archive says about it.
    /// The page's bytes are let go once its tree is built (where the caller gives up its own
    /// copy), so a large page is not held twice while it is read.
    package func read(_ page: consuming ArchivedPage, file: String?) throws(ReadError) -> ExtractedThread {
        let origin = PageOrigin(url: page.url, savedAt: page.savedAt, record: page.record)
        let document = try Self.parse(page.bytes, charset: page.charset, file: file)
        _ = consume page
        return extractor.extract(document, file: file, origin: origin)
    }

    private static func parse(_ bytes: [UInt8], charset: String?, file: String?) throws(ReadError) -> HTMLDocument {
        if let kind = NotAPage.kind(of: bytes) { throw ReadError(file: file, reason: "not a web page: \(kind)") }
        do {
            // An XML file whose root is not `html` is an export (a Disqus backup), not a page.
            let isXML = HTMLDocument.xmlRootElementName(of: bytes).map { $0.lowercased() != "html" } ?? false
            return try isXML ? HTMLDocument(xmlBytes: bytes) : HTMLDocument(bytes: bytes, transportCharset: charset)
        } catch {
            throw ReadError(file: file, reason: error.description)
        }
    }

    /// Reads a page, or an XML export of a discussion, from its bytes as `Data`, as
    /// `read(bytes:file:baseURL:)` does.
    public func read(data: Data, file: String? = nil, baseURL: URL? = nil) throws(ReadError) -> ExtractedThread {
        try read(bytes: [UInt8](data), file: file, baseURL: baseURL)
    }

    /// Reads a saved page from a file URL. Nothing is fetched from the network: for a web address,
    /// fetch the page yourself and pass its bytes.
    public func read(contentsOf url: URL) throws(ReadError) -> ExtractedThread {
        guard url.isFileURL else {
            throw ReadError(file: url.absoluteString, reason: "not a file URL; fetch the page and read its bytes")
        }
        return try read(contentsOf: InputPath(url.path))
    }

    /// Reads a saved page from a file named by text.
    public func read(contentsOf path: String) throws(ReadError) -> ExtractedThread {
        try read(contentsOf: InputPath(path))
    }

    /// Reads a saved page from a file named by its path's bytes, which need not be UTF-8; the
    /// thread's `source.file` shows each byte that is not as `\xE9`.
    public func read(contentsOf path: InputPath) throws(ReadError) -> ExtractedThread {
        try read(ArchivedPage(bytes: path.contents()), file: path.description)
    }
}

/// An engine name no reader answers to.
public struct UnknownEngine: Error, Sendable, CustomStringConvertible {
    /// The name asked for.
    public var name: String

    /// The name and the names known, for a usage message.
    public var description: String {
        "unknown engine '\(name)'; known engines: \(ThreadReader.engines.map(\.rawValue).joined(separator: ", "))"
    }
}

/// A page that could not be read at all, naming the file.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// The input as given; nil for standard input or bytes read without a name.
    public var file: String?
    /// Why, in a few words (`no such file`, `not a web page (a PDF document)`).
    public var reason: String

    /// An error about `file` for `reason`.
    public init(file: String?, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// `FILE: REASON`, as the command line prints it.
    public var description: String { "\(file ?? "standard input"): \(reason)" }
}
