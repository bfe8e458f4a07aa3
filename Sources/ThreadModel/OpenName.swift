/// A name from an open set (engines, diagnostic codes): string-backed so that a new value needs
/// no new model version, and coded as its plain string (the standard library's `Codable` for
/// `RawRepresentable`).
public protocol OpenName: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
}

extension OpenName {
    /// A value by its name: `Platform("typepad")`.
    public init(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }

    public var description: String { rawValue }
}
