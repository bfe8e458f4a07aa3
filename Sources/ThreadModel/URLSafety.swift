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
            let mediaType = browserForm(of: source).dropFirst("data:".count).prefix("image/".count).map(asciiLowercase)
            return mediaType.elementsEqual("image/".unicodeScalars)
        }
        return !scriptSchemes.contains(scheme)
    }

    /// The scheme, lowercased, as a browser reads it; nil for a relative address.
    static func scheme(of address: String) -> String? {
        var candidate = String.UnicodeScalarView()
        for scalar in browserForm(of: address) {
            if scalar == ":" { return candidate.isEmpty ? nil : String(String(candidate).lowercased()) }
            let letter = ("a"..."z").contains(asciiLowercase(scalar))
            guard letter || !candidate.isEmpty && (("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar))
            else { return nil }
            candidate.append(scalar)
        }
        return nil
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    /// The address as the WHATWG URL parser sees it, read lazily (a scheme is short, a `data:`
    /// address can be megabytes): leading C0 controls and spaces skipped, tabs and newlines
    /// skipped anywhere (so `java\tscript:` is still `javascript:`). Trailing ones need no
    /// stripping: no scheme or media type holds them.
    private static func browserForm(of address: String) -> some Sequence<Unicode.Scalar> {
        address.unicodeScalars.drop { $0.value <= 0x20 }.lazy.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
    }
}
