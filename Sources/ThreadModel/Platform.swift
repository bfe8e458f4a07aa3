/// The engine whose markup was recognised. A string-backed struct rather than an enum, so that a
/// new engine adds a value without breaking anyone who switches over the known ones.
public struct Platform: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static let wordpress = Platform("wordpress")
    public static let generic = Platform("generic")
    public static let unknown = Platform("unknown")
}
