/// CommonMark's delimiter-run rules (spec §6.2): whether a run of `*`, `_` or `~` can open or close
/// emphasis depends only on the characters just outside the run.
///
/// CommonMark 0.31 counts Unicode symbols (`£`, `→`) as punctuation; earlier versions, and the
/// parsers built on them, count them as ordinary characters. Both readings are given, so that
/// escaping can be safe under either and markup can be written only where both agree.
enum MarkdownFlanking {
    struct Reading: Equatable {
        var canOpen: Bool
        var canClose: Bool
    }

    /// The readings of a run of `delimiter` between `before` and `after`; nil is the start or end of
    /// a line, which counts as whitespace.
    static func readings(of delimiter: Unicode.Scalar, before: Unicode.Scalar?, after: Unicode.Scalar?) -> [Reading] {
        [false, true].map { symbolsArePunctuation in
            let beforeClass = characterClass(before, symbolsArePunctuation: symbolsArePunctuation)
            let afterClass = characterClass(after, symbolsArePunctuation: symbolsArePunctuation)
            let left = afterClass != .whitespace && (afterClass != .punctuation || beforeClass != .other)
            let right = beforeClass != .whitespace && (beforeClass != .punctuation || afterClass != .other)
            guard delimiter == "_" else { return Reading(canOpen: left, canClose: right) }
            // `_` does not act inside a word: snake_case stays as it is.
            return Reading(
                canOpen: left && (!right || beforeClass == .punctuation),
                canClose: right && (!left || afterClass == .punctuation))
        }
    }

    /// Unicode whitespace as CommonMark defines it: the Zs category, tab, line feed, form feed, carriage return.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        ["\t", "\n", "\u{0C}", "\r"].contains(scalar) || scalar.properties.generalCategory == .spaceSeparator
    }

    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (33...47 ~= scalar.value || 58...64 ~= scalar.value || 91...96 ~= scalar.value
            || 123...126 ~= scalar.value)
    }

    private enum CharacterClass { case whitespace, punctuation, other }

    private static func characterClass(_ scalar: Unicode.Scalar?, symbolsArePunctuation: Bool) -> CharacterClass {
        guard let scalar else { return .whitespace }
        if isWhitespace(scalar) { return .whitespace }
        if isASCIIPunctuation(scalar) { return .punctuation }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return symbolsArePunctuation ? .punctuation : .other
        default:
            return .other
        }
    }
}
