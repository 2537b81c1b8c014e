import ArgumentParser
import PiagraphAudit
import PiagraphModel

/// --merge and --force, shared by render, check and report.
struct MergeOptions: ParsableArguments {
    @Flag(help: "Take the documents as one body's: one map of the body (render, report), also checked together (check).")
    var merge = false

    @Flag(help: "With --merge: merge documents of different bodies anyway.")
    var force = false

    func validate() throws {
        if force && !merge { throw ValidationError("--force goes with --merge.") }
    }
}

/// Merging is for the assessments of one body; documents of different bodies need --force.
enum MergeGuard {
    /// At most this many documents make one map: a body publishes a few dozen assessments; more
    /// is a mistake (a whole directory tree), and the map would not be readable.
    static let maxDocuments = 200

    /// For the commands' validate(): refused before any file is read.
    static func validate(files: [String], merge: Bool) throws {
        if merge && files.count > maxDocuments {
            throw ValidationError("--merge takes at most \(maxDocuments) documents; \(files.count) were given.")
        }
        if merge && files.count < 2 { throw ValidationError("--merge needs at least two files.") }
    }

    static func context(files: [String], assessments: [Assessment], force: Bool) throws -> MergeContext {
        let context = MergeContext(Array(zip(files, assessments)))
        let bodies = context.bodies
        if Set(bodies).count > 1 && !force {
            let seen = bodies.uniqued()
            throw CLIError(message: "refusing to merge assessments of different bodies (\(seen.joined(separator: ", "))); use --force to merge them anyway")
        }
        return context
    }
}
