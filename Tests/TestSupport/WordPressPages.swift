/// WordPress pages made in the tests: a post with its comments in the core walker's markup, a
/// page of several when `page` is given, linked to the others the way the core's comment
/// navigation links them.
public enum WordPressPages {
    public struct Entry: Sendable {
        public var id: String
        public var parent: String?
        public var author: String
        public var text: String

        public init(_ id: String, parent: String? = nil, author: String, text: String) {
            self.id = id
            self.parent = parent
            self.author = author
            self.text = text
        }
    }

    /// `post`: the post's address; `page`/`pages`: this comment page and how many there are;
    /// `note`: a save tool's comment before `<html>`; `published`: every comment's date
    /// as displayed.
    public static func page(
        post: String, entries: [Entry], declared: Int, page: Int? = nil, pages: Int = 1, note: String? = nil,
        published: String = "2020-01-02T03:04:05+01:00"
    ) -> String {
        let address = { (number: Int) in number == 1 ? post : post + "comment-page-\(number)/" }
        let canonical = page.map(address) ?? post
        var navigation = ""
        if let page {
            var links: [String] = []
            if page > 1 { links.append(#"<div class="nav-previous"><a href="\#(address(page - 1))#comments">Older</a></div>"#) }
            links.append(#"<span aria-current="page" class="page-numbers current">\#(page)</span>"#)
            if page < pages { links.append(#"<div class="nav-next"><a href="\#(address(page + 1))#comments">Newer</a></div>"#) }
            navigation = #"<nav class="comment-navigation">"# + links.joined() + "</nav>"
        }
        func render(_ parent: String?, depth: Int) -> String {
            let children = entries.filter { $0.parent == parent }
            guard !children.isEmpty else { return "" }
            return (depth == 1 ? #"<ol class="comment-list">"# : #"<ol class="children">"#) + children.map { entry in
                #"<li id="comment-\#(entry.id)" class="comment depth-\#(depth)"><article id="div-comment-\#(entry.id)" class="comment-body">"#
                    + #"<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">\#(entry.author)</b></div>"#
                    + #"<div class="comment-metadata"><a href="\#(canonical)#comment-\#(entry.id)"><time datetime="\#(published)">\#(published)</time></a></div></footer>"#
                    + #"<div class="comment-content"><p>\#(entry.text)</p></div></article>"#
                    + render(entry.id, depth: depth + 1) + "</li>"
            }.joined() + "</ol>"
        }
        return (note.map { "<!--\n\($0)\n-->\n" } ?? "") + """
            <!DOCTYPE html><html lang="en"><head><meta name="generator" content="WordPress 6.4">
            <link rel="canonical" href="\(canonical)"><title>A post</title></head><body>
            <article class="post hentry"><h1 class="entry-title">A post</h1>
            <div class="entry-content"><p>Body</p></div></article>
            <div id="comments"><h2 class="comments-title">\(declared) thoughts on “A post”</h2>
            \(navigation)\(render(nil, depth: 1))\(navigation)</div></body></html>
            """
    }
}
