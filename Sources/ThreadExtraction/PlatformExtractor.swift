import HTMLDOM
import ThreadModel

/// One engine's reading of a page. Adding an engine is adding a type that conforms, in its own
/// file under Platforms/, and a line in `PlatformRegistry`.
protocol PlatformExtractor: Sendable {
    var platform: Platform { get }
    /// How sure it is that the page is this engine's: 0 not at all, 1 certain.
    func detect(_ page: Page) -> Double
    func extract(_ page: Page) -> PlatformExtraction
}

/// What an engine found; whatever it leaves nil is filled from the page's metadata.
struct PlatformExtraction {
    var post = PostParts()
    var comments: [Comment] = []
    /// The elements of the comments the engine found, where it found them in the page: the
    /// discussion is never part of the post, whatever the post reader would make of it.
    var discussion: [Node] = []
    var declaredCommentCount: Int?
    var diagnostics: [Diagnostic] = []
    /// False when the page holds a discussion without its opening post (a forum's page 2): the
    /// post then carries only what names the thread, its title and address.
    var hasPost = true
    /// Which entries the engine's stated count counts: WordPress's counts pingbacks too,
    /// Blogger's and Movable Type's count comments only, PIXNET's leaves out the owner's replies.
    var isCounted: (Comment) -> Bool = { _ in true }
}

/// The post's fields as an engine reads them from its own markup.
struct PostParts {
    var id: String?
    var url: String?
    var title: String?
    var author: Person?
    var published: PageDate?
    var updated: PageDate?
    var tags: [String] = []
    var categories: [String] = []
    var body: RichText?
    /// The element the engine found the body in, for the post reader to prune chrome from
    /// (share bars, related posts) that the engine's own rules let through.
    var bodyElement: Node?
}
