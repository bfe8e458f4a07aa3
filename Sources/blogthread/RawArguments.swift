import BlogThread
import RawFileSystem

/// The inputs as the bytes the shell gave. Argument parsing sees Strings, in which each byte
/// that is not UTF-8 became U+FFFD; such an input is found again among the process's own
/// arguments, in order, as the one that reads the same.
enum RawArguments {
    /// An option's value (`--files-from`, `--output-dir`) as the bytes the shell gave: the first
    /// argument that reads the same, alone (`-o DIR`), after its option's `=` (`--output-dir=DIR`)
    /// or after its one-letter option (`-oDIR`).
    static func path(for value: String) -> InputPath {
        guard value.unicodeScalars.contains("\u{FFFD}") else { return InputPath(value) }
        for argument in ProcessArguments.all.dropFirst() {
            for bytes in [argument[...], attachedValue(in: argument)] where String(decoding: bytes, as: UTF8.self) == value {
                return InputPath(bytes: Array(bytes))
            }
        }
        return InputPath(value)
    }

    /// The value an option's argument carries: what follows a long option's `=` or a short
    /// option's letter; nothing for an argument that is not an option.
    private static func attachedValue(in argument: [UInt8]) -> ArraySlice<UInt8> {
        let dash: UInt8 = 0x2D
        guard argument.first == dash, argument.count > 2 else { return [] }
        guard argument[1] == dash else { return argument.dropFirst(2) }
        return argument.firstIndex(of: 0x3D).map { argument[($0 + 1)...] } ?? []
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
