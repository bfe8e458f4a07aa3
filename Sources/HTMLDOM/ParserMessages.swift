internal import CLibXML2

/// What libxml2 reported while recovering from broken markup.
package struct ParserMessages: Sendable, Hashable {
    package struct Message: Sendable, Hashable {
        package var line: Int
        package var text: String
    }

    /// How many messages are kept; real pages can produce thousands, and only the first few help.
    package static let limit = 20

    /// The first `limit` messages.
    package internal(set) var first: [Message] = []
    /// How many there were in all.
    package internal(set) var count = 0
    /// The message of a safety limit that stopped the parser (elements nested deeper than
    /// `HTMLDocument.maximumDepth`, a text over libxml2's 10,000,000 bytes): everything after its
    /// line is missing from the tree.
    package internal(set) var stop: Message?
}

final class MessageCollector {
    var messages = ParserMessages()

    func add(line: Int, text: @autoclosure () -> String, stopsParsing: Bool) {
        messages.count += 1
        guard messages.first.count < ParserMessages.limit || (stopsParsing && messages.stop == nil) else { return }
        let message = ParserMessages.Message(line: line, text: text())
        if messages.first.count < ParserMessages.limit { messages.first.append(message) }
        if stopsParsing, messages.stop == nil { messages.stop = message }
    }
}

/// libxml2's structured error callback. `userData` is the `MessageCollector` registered by
/// `HTMLDocument.init`, which keeps it alive for the length of the parse.
func collectParserMessage(_ userData: UnsafeMutableRawPointer?, _ error: xmlErrorPtr?) {
    guard let userData, let error else { return }
    // libxml2 2.9 predates HTML5 and calls <article>, <time> or <svg> unknown; that is not an error
    // in the page.
    guard error.pointee.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue) else { return }
    let collector = Unmanaged<MessageCollector>.fromOpaque(userData).takeUnretainedValue()
    // libxml2 halts on these two: a limit (depth, "Huge input lookup") or a text it refuses to hold.
    let code = error.pointee.code
    let stops = code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) || code == Int32(XML_ERR_NO_MEMORY.rawValue)
    collector.add(
        line: Int(error.pointee.line),
        text: (error.pointee.message.map { String(cString: $0) } ?? "unknown parser error").trimmingTrailingNewlines(),
        stopsParsing: stops)
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last?.isNewline == true { text = text.dropLast() }
        return String(text)
    }
}
