import BlogThread
import RawFileSystem

/// The inputs as the bytes the shell gave. Argument parsing sees Strings, in which each byte
/// that is not UTF-8 became U+FFFD; such an input is found again among the process's own
/// arguments, in order, as the one that reads the same.
enum RawArguments {
    /// An option's value (`--files-from`) as the bytes the shell gave: the first argument that reads the same.
    static func path(for value: String) -> InputPath {
        guard value.unicodeScalars.contains("\u{FFFD}"),
            let raw = ProcessArguments.all.dropFirst().first(where: { String(decoding: $0, as: UTF8.self) == value })
        else { return InputPath(value) }
        return InputPath(bytes: raw)
    }

    static func paths(for inputs: [String]) -> [InputPath] {
        let raw = ProcessArguments.all.dropFirst()
        var next = raw.startIndex
        return inputs.map { input in
            guard input.unicodeScalars.contains("\u{FFFD}"),
                let index = raw[next...].firstIndex(where: { String(decoding: $0, as: UTF8.self) == input })
            else { return InputPath(input) }
            next = index + 1
            return InputPath(bytes: raw[index])
        }
    }
}
