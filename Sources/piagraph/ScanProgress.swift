import Foundation
import PiagraphMessages

/// The progress line on a terminal: documents, MB/s, time left. Redrawn at most 5 times a second.
struct ScanProgress {
    let total: Int
    let totalBytes: Int
    let start = Date()
    var done = 0
    var doneBytes = 0
    var lastDrawn = Date.distantPast

    mutating func advance(bytes: Int) {
        done += 1
        doneBytes += bytes
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(doneBytes) / seconds
        let left = rate > 0 ? Int(Double(totalBytes - doneBytes) / rate) : 0
        let line = NoticeText.progress(
            done: done, total: total, megabytesPerSecond: String(format: "%.1f", rate / 1_000_000),
            left: "\(left / 60):\(ScanLayout.pad(left % 60, 2))"
        ).text(language)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
}
