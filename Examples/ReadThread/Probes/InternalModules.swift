// Must NOT compile in a client: the library's inner modules are reachable by `import`, but their
// declarations have `package` access, so a client sees the facade, the model and the exporters
// only. `.ci/example` type-checks this file and expects exactly these two symbols to be missing.
import HTMLDOM
import ThreadExtraction

let document = try HTMLDocument(bytes: Array("<p>x</p>".utf8))
let extractor = ThreadExtractor()
