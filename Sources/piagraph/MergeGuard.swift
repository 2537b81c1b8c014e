import PiagraphAudit
import PiagraphModel

/// Merging is for the assessments of one body; documents of different bodies need --force.
enum MergeGuard {
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
