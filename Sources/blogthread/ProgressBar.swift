#if canImport(FoundationEssentials)
import FoundationEssentials
import Glibc
#else
import Foundation
#endif
import BlogThread

/// A one-line progress bar on standard error, redrawn in place: pages done, rate and, where the
/// inputs' size is known, how far and how long to go. Drawn only when standard error is a
/// terminal, so logs and pipes get the summary line alone.
final class ProgressBar {
    private let isShown = isatty(STDERR_FILENO) == 1
    private var lastDrawn = Date.distantPast

    func update(_ summary: BatchRunner.Summary, fraction: Double?) {
        guard isShown, Date().timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = Date()
        let rate = summary.seconds > 0 ? Double(summary.pages) / summary.seconds : 0
        var line = "\(summary.pages) pages, " + rate.inTenths + " pages/s"
        if let fraction, fraction > 0 {
            let width = 24
            let filled = Int(fraction * Double(width))
            let remaining = Int(summary.seconds * (1 - fraction) / fraction)
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + String(Int(fraction * 100)).padded(to: 3, with: " ") + "% " + line
                + ", ETA \(remaining / 60):" + String(remaining % 60).padded(to: 2)
        }
        StandardError.write("\r\u{1B}[K" + line)
    }

    /// Clears the bar before the summary line.
    func finish() {
        guard isShown, lastDrawn != .distantPast else { return }
        StandardError.write("\r\u{1B}[K")
    }
}
