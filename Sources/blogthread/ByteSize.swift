import ArgumentParser

/// A size given on the command line: bytes, or kibibytes, mebibytes or gibibytes with a `K`,
/// `M` or `G` after the number (`64M`, `1G`, `512k`, `64MB`, `1048576`).
struct ByteSize: ExpressibleByArgument {
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var text = Substring(argument.uppercased())
        if text.hasSuffix("B"), text.dropLast().last.map({ !$0.isNumber }) == true { text = text.dropLast() }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30]
        let shift = text.last.flatMap { shifts[$0] } ?? 0
        if shift > 0 { text = text.dropLast() }
        guard !text.isEmpty, text.allSatisfy(\.isASCII), let number = Int(text), number > 0, number <= Int.max >> shift else {
            return nil
        }
        bytes = number << shift
    }

    var defaultValueDescription: String {
        for (unit, shift) in [("G", 30), ("M", 20), ("K", 10)] where bytes % (1 << shift) == 0 {
            return "\(bytes >> shift)\(unit)"
        }
        return "\(bytes)"
    }
}
