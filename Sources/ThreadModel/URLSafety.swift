/// Which addresses may be written as live links and images.
///
/// The extractor vets addresses when it builds the tree, but a caller can build a model by hand,
/// so every renderer asks again here rather than trusting its input: a link that would run script
/// is written as its text only.
package enum URLSafety {
    /// Schemes that run script when followed.
    private static let scriptSchemes: Set<String> = ["javascript", "vbscript", "livescript"]

    /// A link destination is safe unless its scheme runs script or carries inline content (`data:`).
    package static func isSafeLink(_ destination: String) -> Bool {
        guard let scheme = scheme(of: destination) else { return true }
        return !scriptSchemes.contains(scheme) && scheme != "data"
    }

    /// An image source may also be a `data:` image: a browser never runs an image as script.
    package static func isSafeImage(_ source: String) -> Bool {
        guard let scheme = scheme(of: source) else { return true }
        if scheme == "data" {
            return browserForm(of: source).dropFirst("data:".count).lowercased().hasPrefix("image/")
        }
        return !scriptSchemes.contains(scheme)
    }

    /// The scheme, lowercased, as a browser reads it; nil for a relative address.
    static func scheme(of address: String) -> String? {
        let form = browserForm(of: address)
        guard let colon = form.firstIndex(of: ":") else { return nil }
        let candidate = form[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }

    /// The address as the WHATWG URL parser sees it: leading and trailing C0 controls and spaces
    /// stripped, tabs and newlines removed anywhere (so `java\tscript:` is still `javascript:`).
    private static func browserForm(of address: String) -> String {
        var scalars = Substring(address).unicodeScalars
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        var form = String.UnicodeScalarView()
        form.append(contentsOf: scalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" })
        return String(form)
    }
}
