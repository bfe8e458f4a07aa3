import BlogThread
import RawFileSystem

/// The inputs as the bytes the shell gave. Argument parsing sees Strings, in which each byte
/// that is not UTF-8 became U+FFFD; such an input is found again among the process's own
/// arguments, in order, as the one that reads the same.
enum RawArguments {
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
