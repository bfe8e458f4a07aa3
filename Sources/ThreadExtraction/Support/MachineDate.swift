// TEMPORARY STUB
import ThreadModel
enum MachineDate {
    static func parse(_ text: String) -> PageDate? { PageDate(rfc3339: text.collapsingWhitespace) }
}
