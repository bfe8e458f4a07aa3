import RawFileSystem

/// `--files-from`: newline-separated paths, as `find` and cluster mappers write them.
public enum FileList {
    /// The paths listed in the file at `list` (nil: standard input), as their bytes; blank lines
    /// are passed over and a carriage return before a line break is not part of the path.
    public static func paths(in list: InputPath?) throws(ReadError) -> [InputPath] {
        let data: [UInt8]
        if let list {
            data = try list.contents()
        } else {
            do {
                data = try FileDescriptor.standardInput.readToEnd()
            } catch {
                throw ReadError(file: "standard input", reason: "\(error)")
            }
        }
        // Split as bytes: in a String, CR LF is one character and no line feed.
        return data.split(separator: 0x0A).compactMap { line in
            let path = line.last == 0x0D ? line.dropLast() : line
            return path.isEmpty ? nil : InputPath(bytes: Array(path))
        }
    }
}
