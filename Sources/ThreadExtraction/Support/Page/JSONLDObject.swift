
/// One node of a page's JSON-LD, flattened out of arrays and `@graph`s. Its strings come with
/// character references decoded: CMSs escape them for HTML (`O&#039;Donnell`) where JSON needs none.
struct JSONLDObject {
    let fields: [String: JSONValue]

    static func parse(_ text: String) -> [JSONLDObject] {
        guard let value = JSONValue.parse(unwrapped(text)) else { return [] }
        var found: [JSONLDObject] = []
        collect(value, into: &found)
        return found
    }

    /// The JSON inside the `<![CDATA[ … ]]>` (or `//<![CDATA[ … //]]>`) some CMSs wrap scripts in.
    private static func unwrapped(_ text: String) -> Substring {
        var body = text[...].drop { $0.isWhitespace || $0 == "/" }
        guard body.hasPrefix("<![CDATA[") else { return text[...] }
        body = body.dropFirst(9)
        if let end = body.ranges(of: "]]>").last {
            body = body[..<end.lowerBound]
            while body.last == "/" || body.last?.isWhitespace == true { body = body.dropLast() }
        }
        return body
    }

    private static func collect(_ value: JSONValue, into found: inout [JSONLDObject]) {
        switch value {
        case .array(let elements):
            for element in elements { collect(element, into: &found) }
        case .object(let object):
            if object["@type"] != nil { found.append(JSONLDObject(fields: object)) }
            if let graph = object["@graph"] { collect(graph, into: &found) }
            if let main = object["mainEntity"], case .object = main { collect(main, into: &found) }
        default:
            break
        }
    }

    var types: [String] {
        switch fields["@type"] {
        case .string(let type): [type]
        case .array(let types): types.compactMap(\.string)
        default: []
        }
    }

    func isType(_ type: String) -> Bool {
        types.contains { $0 == type || $0.hasSuffix("/" + type) }
    }

    func string(_ key: String) -> String? {
        switch fields[key] {
        case .string(let text): HTMLEntities.decode(text).nonEmptyCollapsed
        case .number(let number): number
        case .array(let elements): elements.lazy.compactMap(\.string).first.map(HTMLEntities.decode)?.nonEmptyCollapsed
        default: nil
        }
    }

    func strings(_ key: String) -> [String] {
        switch fields[key] {
        case .string(let text): HTMLEntities.decode(text).split(separator: ",").compactMap { $0.nonEmptyCollapsed }
        case .array(let elements): elements.compactMap { $0.string.map(HTMLEntities.decode)?.nonEmptyCollapsed }
        default: []
        }
    }

    func object(_ key: String) -> JSONLDObject? {
        switch fields[key] {
        case .object(let object): JSONLDObject(fields: object)
        case .array(let elements): elements.first?.object.map(JSONLDObject.init)
        default: nil
        }
    }

    func integer(_ key: String) -> Int? {
        switch fields[key] {
        case .number(let number): Int(number) ?? Double(number).flatMap { Int(exactly: $0.rounded(.towardZero)) }
        case .string(let text): Int(text.collapsingWhitespace)
        default: nil
        }
    }

    /// A name from a Person/Organization object, a list of them, or a plain string.
    func personName(_ key: String) -> String? {
        if let text = fields[key]?.string { return HTMLEntities.decode(text).nonEmptyCollapsed }
        return object(key)?.string("name")
    }
}
