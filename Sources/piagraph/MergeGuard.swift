import ArgumentParser
import PiagraphKit
import PiagraphMessages

/// --merge and --force, shared by render, check and report.
struct MergeOptions: ParsableArguments {
    @Flag(help: help(.merge))
    var merge = false

    @Flag(help: help(.force))
    var force = false

    func validate() throws {
        if force && !merge { throw usage(.forceWithMerge) }
    }
}

/// Merging is for the assessments of one body; documents of different bodies need --force.
enum MergeGuard {
    static var maxDocuments: Int { Body.maxDocuments }

    /// For the commands' validate(): refused before any file is read.
    static func validate(files: [String], merge: Bool) throws {
        if merge && files.count > maxDocuments {
            throw usage(.mergeMaximum(maxDocuments, given: files.count))
        }
        if merge && files.count < 2 { throw usage(.mergeNeedsTwo) }
    }

    static func body(_ documents: [Document], force: Bool) throws -> Body {
        do { return try Body(documents, force: force) } catch { throw CLIError(error.text) }
    }
}
