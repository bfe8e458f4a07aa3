/// Somebody who wrote a post or comment (or, for a ping, the page that linked).
public struct Person: Sendable, Hashable {
    public var name: String?
    public var url: String?
    public var avatarURL: String?

    public init(name: String? = nil, url: String? = nil, avatarURL: String? = nil) {
        self.name = name
        self.url = url
        self.avatarURL = avatarURL
    }
}
