import ArgumentParser
import PiagraphKit

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
    static var maxDocuments: Int { Body.maxDocuments }

    /// For the commands' validate(): refused before any file is read.
    static func validate(files: [String], merge: Bool) throws {
        if merge && files.count > maxDocuments {
            throw ValidationError("--merge takes at most \(maxDocuments) documents; \(files.count) were given.")
        }
        if merge && files.count < 2 { throw ValidationError("--merge needs at least two files.") }
    }

    static func body(_ documents: [Document], force: Bool) throws -> Body {
        do { return try Body(documents, force: force) } catch { throw CLIError(message: error.description) }
    }
}
