import RawFileSystem
import ThreadModel

/// A file's path as the file system holds it: bytes, which need not be UTF-8 (a name saved
/// under Latin-1, an archive unpacked on another system). The file is opened by these bytes; a
/// `String` would have turned each byte that is not UTF-8 into U+FFFD and named another file.
public struct InputPath: Sendable, Hashable, CustomStringConvertible {
    /// The path's bytes, as given to `open(2)`.
    public let bytes: [UInt8]

    /// The path of these bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// The path written as text (always valid UTF-8).
    public init(_ path: String) { bytes = Array(path.utf8) }

    /// The path as messages and `source.file` show it: as it is where it is UTF-8, and each byte
    /// that is not as `\xE9`, so two such names read apart.
    public var description: String { Self.text(bytes[...], invalidBytePrefix: "\\x") }

    /// `bytes` as text for an output file's name: each byte that is not UTF-8 as `%E9`, a
    /// character no shell needs quoted.
    static func nameText(_ bytes: ArraySlice<UInt8>) -> String {
        text(bytes, invalidBytePrefix: "%")
    }

    /// The whole file, opened by these bytes; a failure names the path as `description` does.
    func contents() throws(ReadError) -> [UInt8] {
        switch OpenedFile.forReading(bytes) {
        case .success(let file):
            // open(2) opens a folder as well; reading it is what fails.
            if (try? FileStatus.of(descriptor: file.number).get())?.kind == .folder {
                throw ReadError(file: description, reason: "is a folder")
            }
            do {
                return try file.readToEnd()
            } catch {
                throw ReadError(file: description, reason: "\(error)")
            }
        case .failure(let error):
            throw ReadError(file: description, reason: error.reason)
        }
    }

    /// The last component: what follows the last `/`.
    var lastComponent: ArraySlice<UInt8> {
        bytes.lastIndex(of: 0x2F).map { bytes[($0 + 1)...] } ?? bytes[...]
    }

    /// This folder's path with `relative` (a name, or names joined by `/`) after it.
    func appending(_ relative: [UInt8]) -> InputPath {
        guard !relative.isEmpty else { return self }
        return InputPath(bytes: bytes.last == 0x2F || bytes.isEmpty ? bytes + relative : bytes + [0x2F] + relative)
    }

    private static func text(_ bytes: ArraySlice<UInt8>, invalidBytePrefix prefix: String) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    text += prefix + String(byte, radix: 16, uppercase: true).padded(to: 2)
                }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }
}
