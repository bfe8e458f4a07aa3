internal import CLibXML2

/// What libxml2 reported while recovering from broken markup.
public struct ParserMessages: Sendable, Hashable {
    public struct Message: Sendable, Hashable {
        public var line: Int
        public var text: String
    }

    /// How many messages are kept; real pages can produce thousands, and only the first few help.
    public static let limit = 20

    /// The first `limit` messages.
    public internal(set) var first: [Message] = []
    /// How many there were in all.
    public internal(set) var count = 0
}

final class MessageCollector {
    var messages = ParserMessages()

    func add(line: Int, text: String) {
        messages.count += 1
        if messages.first.count < ParserMessages.limit {
            messages.first.append(.init(line: line, text: text))
        }
    }
}

/// libxml2's structured error callback. `userData` is the parser context (libxml2 passes its own
/// `userData`, which a new context sets to itself); its `_private` holds the `MessageCollector`,
/// kept alive by `HTMLDocument.init` for the length of the parse.
func collectParserMessage(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collectorPointer = context.pointee._private else { return }
    let collector = Unmanaged<MessageCollector>.fromOpaque(collectorPointer).takeUnretainedValue()
    let text = error.pointee.message.map { String(cString: $0) } ?? "unknown parser error"
    collector.add(line: Int(error.pointee.line), text: text.trimmingTrailingNewlines())
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last?.isNewline == true { text = text.dropLast() }
        return String(text)
    }
}
