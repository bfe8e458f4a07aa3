/// The few `printf`-like formats the outputs use, without a C format string.
extension String {
    /// `self` after as many `filler`s as bring it to `width` characters (`%04d`, `%3d`).
    package func padded(to width: Int, with filler: Character = "0") -> String {
        String(repeating: filler, count: max(0, width - count)) + self
    }

    /// UTF-8 with each byte `needsEncoding` accepts written as `%XX`, the rest kept as written.
    package func percentEncoded(where needsEncoding: (UInt8) -> Bool) -> String {
        guard utf8.contains(where: needsEncoding) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in utf8 {
            if needsEncoding(byte) {
                bytes += [0x25, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Double {
    /// Rounded to tenths, as `%.1f` writes it: ties go to the even digit.
    package var inTenths: String {
        guard isFinite else { return "\(self)" }
        let tenths = (self * 10).rounded(.toNearestOrEven)
        let digits = String(Int(tenths.magnitude)).padded(to: 2)
        return (tenths < 0 ? "-" : "") + digits.dropLast() + "." + digits.suffix(1)
    }
}
