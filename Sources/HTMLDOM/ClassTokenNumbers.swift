/// The distinct class tokens of one document, numbered as they are first met. A reader that
/// groups a page's elements by their tokens keys its groups by these numbers and makes a String
/// once per distinct token: a String per element and token costs more than the grouping.
package struct ClassTokenNumbers {
    private let document: HTMLDocument
    /// Where the first occurrence of each numbered token lies in the tree's text.
    private var ranges: [Range<Int>] = []
    private var byFingerprint = FingerprintTable<Int32>()
    /// Tokens whose fingerprint an earlier token holds, by their bytes: a collision costs a
    /// lookup, never a wrong number.
    private var collided: [[UInt8]: Int32] = [:]

    package init(of document: HTMLDocument) {
        self.document = document
    }

    /// Calls `body` with the number of each of the element's class tokens, in order, repeats
    /// included, as `Node.classes` splits them.
    package mutating func forEachNumber(of node: Node, _ body: (Int32) -> Void) {
        guard node.document === document, let range = node.classValueRange else { return }
        document.store.bytes.withUnsafeBytes { text in
            forEachToken(UnsafeRawBufferPointer(rebasing: text[range])) { token in
                body(number(of: token, in: text))
            }
        }
    }

    /// The token's text.
    package func token(_ number: Int32) -> String {
        String(decoding: document.store.bytes[ranges[Int(number)]], as: UTF8.self)
    }

    private mutating func number(of token: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int32 {
        let print = fingerprint(of: token)
        guard let known = byFingerprint[print] else {
            let number = newNumber(token, in: text)
            byFingerprint.set(number, for: print)
            return number
        }
        if sameBytes(UnsafeRawBufferPointer(rebasing: text[ranges[Int(known)]]), token) { return known }
        let bytes = Array(token)
        if let number = collided[bytes] { return number }
        let number = newNumber(token, in: text)
        collided[bytes] = number
        return number
    }

    private mutating func newNumber(_ token: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int32 {
        let start = token.baseAddress.map { text.baseAddress!.distance(to: $0) } ?? 0
        ranges.append(start..<(start + token.count))
        return Int32(ranges.count - 1)
    }
}
