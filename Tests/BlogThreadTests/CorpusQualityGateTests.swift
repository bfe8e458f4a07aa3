import BlogThread
import Foundation
import XCTest

/// Scores every page of the shared corpus against its hand-checked gold with the corpus's own
/// scorer, and holds each engine to the floor it has reached: a change that makes extraction
/// worse fails here instead of landing quietly. Raise a floor when an engine gets better; never
/// lower one without saying why.
final class CorpusQualityGateTests: XCTestCase {
    /// F1, parent accuracy and date accuracy each engine must keep (nil: not held).
    static let floors: [String: (f1: Double, parent: Double?, date: Double?)] = [
        "TOTAL": (0.99, 0.99, 0.99),
        "blogger": (0.99, 0.99, 0.99),
        "disqus": (0.99, 0.99, 0.99),
        "drupal": (0.99, 0.99, 0.99),
        "generic": (0.98, 0.98, 0.99),
        "habr": (0.99, 0.99, nil),
        "hackernews": (0.99, 0.99, nil),
        "livejournal": (0.99, 0.99, 0.99),
        "pixnet": (0.99, 0.99, 0.99),
        "reddit": (0.99, 0.99, 0.99),
        "stackexchange": (0.99, 0.99, 0.99),
        "vbulletin": (0.99, nil, 0.99),
        "wordpress": (0.99, 0.99, 0.99),
    ]

    func testEveryEngineHoldsItsFloor() throws {
        let pages = try ExtractedPages.corpus()
        let scorer = SharedCorpus.shared.appendingPathComponent("tools/score.py")
        guard FileManager.default.fileExists(atPath: scorer.path) else { throw XCTSkip("no corpus scorer") }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("blogthread-gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        for page in pages {
            let name = page.url.deletingPathExtension().lastPathComponent
            if case .success(let thread) = page.thread {
                try JSONExporter().export(thread).write(to: out.appendingPathComponent(name + ".json"))
            }
        }
        let figuresFile = out.appendingPathComponent("figures.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", scorer.path, "--gold", SharedCorpus.shared.appendingPathComponent("corpus/gold").path,
            "--out", out.path, "--json", figuresFile.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 is not available to run the scorer") }
        process.waitUntilExit()
        guard let figures = try JSONSerialization.jsonObject(with: Data(contentsOf: figuresFile)) as? [String: Any] else {
            return XCTFail("the scorer wrote no figures")
        }
        XCTAssertEqual((figures["invalid"] as? [Any])?.count, 0, "outputs that break the schema: \(figures["invalid"] ?? "")")
        for (engine, floor) in Self.floors.sorted(by: { $0.key < $1.key }) {
            let row = try XCTUnwrap(figures[engine] as? [String: Any], "no row for \(engine)")
            XCTAssertGreaterThanOrEqual(row["f1"] as? Double ?? 0, floor.f1, "\(engine) F1")
            if let parent = floor.parent { XCTAssertGreaterThanOrEqual(row["parent"] as? Double ?? 0, parent, "\(engine) parent accuracy") }
            XCTAssertGreaterThanOrEqual(row["engine"] as? Double ?? 0, engine == "TOTAL" ? 0.98 : 0.9, "\(engine) engine detection")
            if let date = floor.date { XCTAssertGreaterThanOrEqual(row["date"] as? Double ?? 0, date, "\(engine) date accuracy") }
        }
    }
}
