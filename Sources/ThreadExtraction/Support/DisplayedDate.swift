// TEMPORARY STUB
import ThreadModel
enum DisplayedDate {
    static func parse(_ text: String, language: String? = nil) -> PageDate? { nil }
}
