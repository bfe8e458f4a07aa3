import BlogThread
import RawFileSystem

/// The inputs as the bytes the shell gave. Argument parsing sees Strings, in which each byte
/// that is not UTF-8 became U+FFFD; such an input is found again among the process's own
/// arguments, in order, as the one that reads the same.
enum RawArguments {
    /// An option's value (`--files-from`, `--output-dir`) as the bytes the shell gave: the first
    /// argument that reads the same, alone (`-o DIR`) or after its option's `=` (`--output-dir=DIR`).
    static func path(for value: String) -> InputPath {
        guard value.unicodeScalars.contains("\u{FFFD}") else { return InputPath(value) }
        for argument in ProcessArguments.all.dropFirst() {
            if String(decoding: argument, as: UTF8.self) == value { return InputPath(bytes: argument) }
            if argument.starts(with: [0x2D, 0x2D]), let equals = argument.firstIndex(of: 0x3D),
                String(decoding: argument[(equals + 1)...], as: UTF8.self) == value
            {
                return InputPath(bytes: Array(argument[(equals + 1)...]))
            }
        }
        return InputPath(value)
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
