import Foundation

/// Expands command-line inputs into the pages to read: files as given, folders recursively
/// (`*.html`, `*.htm`, in a stable order), `-` for standard input.
public enum InputFiles {
    /// One page to read.
    public enum Input: Sendable, Hashable {
        /// The bytes on standard input (`-`).
        case standardInput
        /// A page file; `outputName` is the path to write its result under, without extension.
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
            guard let walker = manager.enumerator(atPath: argument) else {
                problems.append(ReadError(file: argument, reason: "the folder cannot be read"))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                if isInputName(relative) { found.append(relative) }
            }
            let all = Set(found)
            for relative in found.sorted() where !SavedPageFolders.isResource(relative, among: all) {
                inputs.append(.file(path: (argument as NSString).appendingPathComponent(relative), outputName: stem(of: relative)))
            }
        }
        return (disambiguated(inputs), problems)
    }

    private static func stem(of path: String) -> String {
        (path as NSString).deletingPathExtension
    }

    /// Two inputs with the same name (`a/post.html`, `b/post.html` given as files) must not
    /// overwrite each other's output.
    private static func disambiguated(_ inputs: [Input]) -> [Input] {
        var seen: [String: Int] = [:]
        return inputs.map { input in
            guard case .file(let path, let name) = input else { return input }
            let count = seen[name, default: 0] + 1
            seen[name] = count
            return count == 1 ? input : .file(path: path, outputName: "\(name)-\(count)")
        }
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
