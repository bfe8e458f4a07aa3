import Foundation

/// One node of a page's JSON-LD, flattened out of arrays and `@graph`s. Its strings come with
/// character references decoded: CMSs escape them for HTML (`O&#039;Donnell`) where JSON needs none.
struct JSONLDObject {
    let fields: [String: Any]

    static func parse(_ text: String) -> [JSONLDObject] {
        guard let data = unwrapped(text).data(using: .utf8),
            let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return [] }
        var found: [JSONLDObject] = []
        collect(value, into: &found)
        return found
    }

    /// The JSON inside the `<![CDATA[ … ]]>` (or `//<![CDATA[ … //]]>`) some CMSs wrap scripts in.
    private static func unwrapped(_ text: String) -> Substring {
        var body = text[...].drop { $0.isWhitespace || $0 == "/" }
        guard body.hasPrefix("<![CDATA[") else { return text[...] }
        body = body.dropFirst(9)
        if let end = body.range(of: "]]>", options: .backwards) {
            body = body[..<end.lowerBound]
            while body.last == "/" || body.last?.isWhitespace == true { body = body.dropLast() }
        }
        return body
    }

    private static func collect(_ value: Any, into found: inout [JSONLDObject]) {
        if let array = value as? [Any] {
            for element in array { collect(element, into: &found) }
        } else if let object = value as? [String: Any] {
            if object["@type"] != nil { found.append(JSONLDObject(fields: object)) }
            if let graph = object["@graph"] { collect(graph, into: &found) }
            if let main = object["mainEntity"] as? [String: Any] { collect(main, into: &found) }
        }
    }

    var types: [String] {
        if let type = fields["@type"] as? String { return [type] }
        return fields["@type"] as? [String] ?? []
    }

    func isType(_ type: String) -> Bool {
        types.contains { $0 == type || $0.hasSuffix("/" + type) }
    }

    func string(_ key: String) -> String? {
        switch fields[key] {
        case let text as String: return HTMLEntities.decode(text).nonEmptyCollapsed
        case let number as NSNumber: return number.stringValue
        case let array as [Any]: return array.lazy.compactMap { $0 as? String }.first.map(HTMLEntities.decode)?.nonEmptyCollapsed
        default: return nil
        }
    }

    func strings(_ key: String) -> [String] {
        switch fields[key] {
        case let text as String:
            return HTMLEntities.decode(text).split(separator: ",").compactMap { $0.nonEmptyCollapsed }
        case let array as [Any]:
            return array.compactMap { ($0 as? String).map(HTMLEntities.decode)?.nonEmptyCollapsed }
        default:
            return []
        }
    }

    func object(_ key: String) -> JSONLDObject? {
        if let object = fields[key] as? [String: Any] { return JSONLDObject(fields: object) }
        if let array = fields[key] as? [Any], let first = array.first as? [String: Any] {
            return JSONLDObject(fields: first)
        }
        return nil
    }

    func integer(_ key: String) -> Int? {
        switch fields[key] {
        case let number as NSNumber: return number.intValue
        case let text as String: return Int(text.collapsingWhitespace)
        default: return nil
        }
    }

    /// A name from a Person/Organization object, a list of them, or a plain string.
    func personName(_ key: String) -> String? {
        if let text = fields[key] as? String { return HTMLEntities.decode(text).nonEmptyCollapsed }
        return object(key)?.string("name")
    }
}
