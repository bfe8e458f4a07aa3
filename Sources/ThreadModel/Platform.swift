/// The engine whose markup was recognised. A string-backed struct rather than an enum, so that a
/// new engine adds a value without breaking anyone who switches over the known ones.
public struct Platform: OpenName {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let wordpress = Platform("wordpress")
    public static let generic = Platform("generic")
    public static let unknown = Platform("unknown")
}
