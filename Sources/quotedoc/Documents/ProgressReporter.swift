import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Progress on standard error: a bar redrawn in place on a terminal (done/total, rate, ETA),
/// a plain line every few seconds otherwise, nothing when disabled.
final class ProgressReporter {
    let enabled: Bool
    let isTerminal = isatty(STDERR_FILENO) == 1
    let start = Date()
    var lastLine = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func report(done: Int, total: Int, failed: Int) {
        guard enabled else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let counts = "\(done)/\(total)\(failed > 0 ? " (\(failed) failed)" : "")  \(Int(rate))/s  ETA \(Int(eta.rounded(.up))) s"
        if isTerminal {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(counts)   ".utf8))
        } else if Date().timeIntervalSince(lastLine) >= 5 || done == total {
            lastLine = Date()
            FileHandle.standardError.write(Data("progress: \(counts)\n".utf8))
        }
    }

    func finish() {
        if enabled, isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
