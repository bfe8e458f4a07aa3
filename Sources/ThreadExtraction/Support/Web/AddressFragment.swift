extension String {
    /// What follows the first `#` of an address (`comment-12` of `/post#comment-12`), the `#`
    /// found by its byte: the walks over a page's links ask it of every link.
    var addressFragment: Substring? {
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return nil }
        return self[utf8.index(after: hash)...]
    }
}
