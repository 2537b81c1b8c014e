import ArgumentParser
import PiagraphAudit
import PiagraphModel

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
