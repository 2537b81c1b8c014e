import Foundation
import PiagraphAudit
import PiagraphMessages
import PiagraphText

/// Findings a reviewer has accepted, each with a reason, who accepted it and optionally until
/// when (`check --baseline`, `--write-baseline`). A JSON file meant to be committed beside the
/// documents:
///
///     {"schema": "piagraph.baseline/1", "accepted": [{"fingerprint": "…", "rule": "…",
///      "file": "…", "message": "…", "reason": "…", "by": "…", "until": "2027-03-31"}]}
///
/// Only `fingerprint`, `reason` and `by` are needed to match; `rule`, `file` and `message`
/// say, for the person reading the file, what was accepted.
public struct Baseline: Sendable, Equatable {
    public struct Acceptance: Sendable, Equatable {
        public var fingerprint: String
        public var rule: String
        public var file: String
        public var message: String
        public var reason: String
        public var by: String
        /// YYYY-MM-DD: the last day the acceptance holds; nil for no end.
        public var until: String?

        public init(fingerprint: String, rule: String, file: String, message: String, reason: String, by: String, until: String?) {
            self.fingerprint = fingerprint
            self.rule = rule
            self.file = file
            self.message = message
            self.reason = reason
            self.by = by
            self.until = until
        }

        /// Expired once the day after `until` has begun.
        public func expired(today: String) -> Bool { until.map { $0 < today } ?? false }
    }

    public struct ReadError: Error, CustomStringConvertible {
        public let text: ErrorText
        public var description: String { text.english }
    }

    public static let schema = "piagraph.baseline/1"
    public var accepted: [Acceptance]

    public init(accepted: [Acceptance] = []) { self.accepted = accepted }

    public func acceptance(of fingerprint: String) -> Acceptance? { accepted.first { $0.fingerprint == fingerprint } }

    public static func parse(_ data: Data, path: String) throws(ReadError) -> Baseline {
        func fail(_ why: BaselineProblem) -> ReadError { ReadError(text: .notABaseline(path: path, why: why)) }
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw fail(.notJSON) }
        guard root["schema"] as? String == schema else { throw fail(.schema(schema)) }
        guard let entries = root["accepted"] as? [[String: Any]] else { throw fail(.noList) }
        var accepted: [Acceptance] = []
        for (k, entry) in entries.enumerated() {
            guard let fingerprint = entry["fingerprint"] as? String, !fingerprint.isEmpty else {
                throw fail(.noFingerprint(entry: k + 1))
            }
            guard let reason = entry["reason"] as? String, !reason.isEmpty else { throw fail(.noReason(entry: k + 1)) }
            guard let by = entry["by"] as? String, !by.isEmpty else { throw fail(.noBy(entry: k + 1)) }
            let until = entry["until"] as? String
            if let until, JapaneseDate(iso: until) == nil {
                throw fail(.untilNotADate(entry: k + 1, until: until))
            }
            accepted.append(
                Acceptance(
                    fingerprint: fingerprint, rule: entry["rule"] as? String ?? "", file: entry["file"] as? String ?? "",
                    message: entry["message"] as? String ?? "", reason: reason, by: by, until: until))
        }
        return Baseline(accepted: accepted)
    }

    public func serialized() -> [UInt8] {
        JSON.object([
            ("schema", .string(Self.schema)),
            (
                "accepted",
                .array(
                    accepted.map { a in
                        var members: [(String, JSON)] = [
                            ("fingerprint", .string(a.fingerprint)), ("rule", .string(a.rule)), ("file", .string(a.file)),
                            ("message", .string(a.message)), ("reason", .string(a.reason)), ("by", .string(a.by)),
                        ]
                        if let until = a.until { members.append(("until", .string(until))) }
                        return .object(members)
                    })
            ),
        ]).serializedBytes()
    }
}

/// A finding as seen against the baseline.
public struct Reviewed: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// Not in the baseline.
        case new
        /// Accepted and the acceptance holds: reported as suppressed, not as a failure.
        case accepted(Baseline.Acceptance)
        /// Accepted, but the acceptance has ended: a finding again.
        case expired(Baseline.Acceptance)
    }

    public var fingerprint: String
    /// nil when no baseline was given.
    public var state: State?

    public init(fingerprint: String, state: State?) {
        self.fingerprint = fingerprint
        self.state = state
    }

    public var isSuppressed: Bool { if case .accepted = state { return true } else { return false } }
}
