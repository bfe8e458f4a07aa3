/// Where a page is one of several pages of the same discussion (`comment-page-2`, `?p=2`, a
/// forum's page 3).
public struct Pagination: Sendable, Hashable {
    /// This page's number, where the page states or links it; counted from 1.
    public var page: Int?
    /// The address of the next page of the discussion.
    public var nextURL: String?
    /// The address of the previous page of the discussion.
    public var previousURL: String?

    /// A page's place among the discussion's pages.
    public init(page: Int? = nil, nextURL: String? = nil, previousURL: String? = nil) {
        self.page = page
        self.nextURL = nextURL
        self.previousURL = previousURL
    }
}
