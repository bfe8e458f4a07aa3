import Foundation

/// Expands command-line inputs into the pages to read: files as given, folders recursively
/// (`*.html`, `*.htm`, in a stable order), `-` for standard input.
public enum InputFiles {
    /// One page to read.
    public enum Input: Sendable, Hashable {
        /// The bytes on standard input (`-`).
        case standardInput
        /// A page file; `outputName` is the path to write its result under, without extension,
        /// before `OutputNames` makes it unique in the run.
        case file(path: String, outputName: String)
    }

    /// The file extensions a folder is searched for, lower case.
    public static let pageExtensions: Set<String> = ["html", "htm", "xhtml"]

    /// The pages named by `arguments`, and a message for each argument that names none.
    public static func expand(_ arguments: [String]) -> (inputs: [Input], problems: [ReadError]) {
        var inputs: [Input] = []
        var problems: [ReadError] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                problems.append(ReadError(file: argument, reason: "no such file or folder"))
                continue
            }
            guard isFolder.boolValue else {
                inputs.append(.file(path: argument, outputName: stem(of: (argument as NSString).lastPathComponent)))
                continue
            }
            // The folder itself may be a symbolic link, which the walker would not enter.
            let resolved = URL(fileURLWithPath: argument).resolvingSymlinksInPath().path
            guard let walker = manager.enumerator(atPath: resolved) else {
                problems.append(ReadError(file: argument, reason: "the folder cannot be read"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                if isInputName(relative) { found.append(relative) }
            }
            let all = Set(found)
            let pages = found.sorted().filter { !SavedPageFolders.isResource($0, among: all) }
            guard !pages.isEmpty else {
                problems.append(ReadError(file: argument, reason: "the folder holds no page or archive (\(folderSearchDescription))"))
                continue
            }
            for relative in pages {
                inputs.append(.file(path: (argument as NSString).appendingPathComponent(relative), outputName: stem(of: relative)))
            }
        }
        return (inputs, problems)
    }

    /// What a folder is searched for, as messages and help say it.
    public static var folderSearchDescription: String {
        (pageExtensions.sorted() + archiveExtensions.sorted()).map { "." + $0 }.joined(separator: ", ") + ", and each gzipped"
    }

    private static func stem(of path: String) -> String {
        (path as NSString).deletingPathExtension
    }

    static func describe(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileReadNoSuchFileError: return "no such file"
            case NSFileReadNoPermissionError: return "permission denied"
            default: break
            }
        }
        return nsError.localizedDescription
    }
}
