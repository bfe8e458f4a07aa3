extension String {
    /// CR and CRLF turned into LF: CommonMark ends a line at any of the three, so a stray CR in
    /// text would otherwise break a line where the model has none.
    var withUnixLineEndings: String {
        guard unicodeScalars.contains("\r") else { return self }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
            } else if !(scalar == "\n" && previousWasCR) {
                out.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return String(out)
    }

    /// Every line end made a space, for places that cannot hold one (code spans, alt text, titles).
    var withLineEndsAsSpaces: String {
        withUnixLineEndings.replacing("\n", with: " ")
    }
}
