#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif
import RawFileSystem

/// Expands command-line inputs into the pages to read: files as given, folders recursively
/// (`*.html`, `*.htm`, in a stable order), `-` for standard input.
public enum InputFiles {
    /// One page to read.
    public enum Input: Sendable, Hashable {
        /// The bytes on standard input (`-`).
        case standardInput
        /// A page file; `outputName` is the path to write its result under, without extension,
        /// before `OutputNames` makes it unique in the run.
        case file(path: InputPath, outputName: String)
    }

    /// The file extensions a folder is searched for, lower case.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// The pages named by `arguments`, and a message for each argument that names none.
    public static func expand(_ arguments: [String]) -> (inputs: [Input], problems: [ReadError]) {
        expand(arguments.map(InputPath.init))
    }

    /// The pages named by `arguments` (paths as bytes, which need not be UTF-8), and a message
    /// for each argument, or folder in one, that names none.
    public static func expand(_ arguments: [InputPath]) -> (inputs: [Input], problems: [ReadError]) {
        var inputs: [Input] = []
        var problems: [ReadError] = []
        for argument in arguments {
            if argument.bytes == Array("-".utf8) {
                inputs.append(.standardInput)
                continue
            }
            let status: FileStatus
            switch FileStatus.of(argument.bytes) {
            case .success(let found): status = found
            case .failure(let error):
                let reason = error.code == ENOENT || error.code == ENOTDIR ? "no such file or folder" : error.reason
                problems.append(ReadError(file: argument.description, reason: reason))
                continue
            }
            guard status.kind == .folder else {
                inputs.append(.file(path: argument, outputName: stem(of: argument.lastComponent)))
                continue
            }
            let (found, unreadable) = pages(in: argument)
            problems += unreadable
            guard !found.isEmpty || !unreadable.isEmpty else {
                problems.append(ReadError(file: argument.description, reason: "the folder holds no page or archive (\(folderSearchDescription))"))
                continue
            }
            for relative in found {
                inputs.append(.file(path: argument.appending(relative), outputName: stem(of: relative[...])))
            }
        }
        return (inputs, problems)
    }

    /// The pages and archives under `folder` (paths relative to it), in a stable order, and a
    /// message for each folder in it that cannot be read. Linked files are read; linked folders
    /// are not entered (a link may lead back up), and pipes and devices found by a walk are not
    /// read (only one named on the command line is).
    private static func pages(in folder: InputPath) -> (pages: [[UInt8]], problems: [ReadError]) {
        var found: [(text: String, path: [UInt8])] = []
        var problems: [ReadError] = []
        var folders: [[UInt8]] = [[]]
        while let relative = folders.popLast() {
            let entries: [FolderEntry]
            switch FolderEntry.entries(of: folder.appending(relative).bytes) {
            case .success(let listed): entries = listed
            case .failure(let error):
                let reason = "the folder cannot be read: \(error.reason)"
                problems.append(ReadError(file: folder.appending(relative).description, reason: reason))
                continue
            }
            for entry in entries {
                let path = relative.isEmpty ? entry.name : relative + [0x2F] + entry.name
                switch entry.kind {
                case .folder where !entry.isLink: folders.append(path)
                case .regularFile:
                    let text = InputPath(bytes: path).description
                    if isInputName(text) { found.append((text, path)) }
                default: break
                }
            }
        }
        let all = Set(found.map(\.text))
        return (
            found.sorted { $0.text != $1.text ? $0.text < $1.text : $0.path.lexicographicallyPrecedes($1.path) }
                .filter { !SavedPageFolders.isResource($0.text, among: all) }.map(\.path),
            problems
        )
    }

    /// What a folder is searched for, as messages and help say it.
    public static var folderSearchDescription: String {
        (pageExtensions.sorted() + archiveExtensions.sorted()).map { "." + $0 }.joined(separator: ", ") + ", and each gzipped"
    }

    /// The output name of a page at `path`: its text (each byte that is not UTF-8 escaped)
    /// without the extension.
    /// A name that starts with its only dot (`.profile`) has no extension.
    private static func stem(of path: ArraySlice<UInt8>) -> String {
        let text = InputPath.nameText(path)
        let name = text.lastIndex(of: "/").map { text.index(after: $0) } ?? text.startIndex
        guard let dot = text[name...].lastIndex(of: "."), dot > name else { return text }
        return String(text[..<dot])
    }
}
