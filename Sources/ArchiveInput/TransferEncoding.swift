#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// MIME's `Content-Transfer-Encoding`s, as MHTML files use them.
enum TransferEncoding {
    static func decode(_ bytes: ArraySlice<UInt8>, encoding: String?) -> [UInt8] {
        switch encoding?.lowercased() {
        case "quoted-printable": quotedPrintable(bytes)
        case "base64": base64(bytes)
        default: Array(bytes)
        }
    }

    /// `=XX` is a byte, `=` at the end of a line joins it to the next (RFC 2045 §6.7).
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x3D else {
                result.append(byte)
                index += 1
                continue
            }
            let next = bytes.index(after: index)
            if next < bytes.endIndex, bytes[next] == 0x0A {
                index = next + 1
            } else if next + 1 < bytes.endIndex, bytes[next] == 0x0D, bytes[next + 1] == 0x0A {
                index = next + 2
            } else if next + 1 < bytes.endIndex, let high = hexValue(bytes[next]), let low = hexValue(bytes[next + 1]) {
                result.append(high << 4 | low)
                index = next + 2
            } else {
                // Not an escape: kept as written, as decoders are told to.
                result.append(byte)
                index = next
            }
        }
        return result
    }

    static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let data = Data(base64Encoded: Data(bytes.filter { !(0x09...0x0D).contains($0) && $0 != 0x20 }), options: .ignoreUnknownCharacters)
        return data.map { [UInt8]($0) } ?? []
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
