/// Somebody who wrote a post or comment (or, for a ping, the page that linked).
public struct Person: Sendable, Hashable {
    /// The name as displayed; for a ping, the linking page's title.
    public var name: String?
    /// Their website or profile; for a ping, the linking page.
    public var url: String?
    /// Their picture.
    public var avatarURL: String?

    /// A person from what the page shows of them.
    public init(name: String? = nil, url: String? = nil, avatarURL: String? = nil) {
        self.name = name
        self.url = url
        self.avatarURL = avatarURL
    }
}
