/// Something the parser noticed and could not resolve, reported rather than thrown.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A stable machine-readable code; string-backed so that new codes need no new model version.
    public struct Code: OpenName {
        /// The code as the JSON writes it, e.g. `count-mismatch`.
        public var rawValue: String
        /// A code by its JSON name; any string is allowed, so codes from newer versions decode.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The page states a comment count that differs from the number found.
        public static let countMismatch = Code("count-mismatch")
        /// The page links to further pages of comments that are not in this file.
        public static let commentsPaginated = Code("comments-paginated")
        /// The comments are loaded by script (an embed or iframe) and are not in the saved page.
        public static let commentsLoadedByScript = Code("comments-loaded-by-script")
        /// The HTML parser recovered from markup errors.
        public static let markupRecovered = Code("markup-recovered")
        /// No engine was recognised with confidence; the result comes from structural heuristics.
        public static let heuristic = Code("heuristic")
        /// The declared character encoding did not match the bytes.
        public static let encodingOverridden = Code("encoding-overridden")
        /// A safety limit cut the page; the message names what is missing.
        public static let limitReached = Code("limit-reached")
    }

    /// What kind of problem, for programs.
    public var code: Code
    /// What happened, for people.
    public var message: String

    /// A diagnostic with its code and message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }
}
