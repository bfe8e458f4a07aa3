/// Hands out the names a run writes its results under, so that no two inputs write the same
/// file: every name is checked against every name already taken, including the ones made up to
/// avoid a clash: `a.html`, `a.htm` and `a-2.html` in one folder get three different names.
///
/// Names are paths relative to the output folder, without extension; one run writes one format,
/// so equal names are equal files. Not thread-safe: names are allocated before work starts.
public struct OutputNames: Sendable {
    private var taken: Set<String> = []
    /// Where the search for a free `name-N` resumes, so that many equal names cost linear time.
    private var nextNumber: [String: Int] = [:]

    /// No name taken yet.
    public init() {}

    /// `name` when it is free, else the first free one of `name-2`, `name-3`, …; taken from then on.
    public mutating func claim(_ name: String) -> String {
        if taken.insert(name).inserted { return name }
        var number = nextNumber[name, default: 2]
        while !taken.insert("\(name)-\(number)").inserted { number += 1 }
        nextNumber[name] = number + 1
        return "\(name)-\(number)"
    }
}
