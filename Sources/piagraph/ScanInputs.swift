import Foundation
import PiagraphMessages

/// The files a scan reads, in its input order: each argument in turn; a directory's text and
/// PDF files (recursively, hidden ones skipped) sorted by path.
enum ScanInputs {
    static let extensions: Set<String> = ["txt", "text", "pdf"]

    struct Item: Sendable {
        var path: String
        var bytes: Int
        /// Why the path cannot be scanned (it does not exist, cannot be listed).
        var error: String?
    }

    static func expand(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                items.append(Item(path: path, bytes: 0, error: ErrorText.noSuchPath(path).text(language)))
                continue
            }
            guard isDirectory.boolValue else {
                items.append(Item(path: path, bytes: size(path), error: nil))
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                items.append(Item(path: path, bytes: 0, error: ErrorText.cannotList(path).text(language)))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [Item] = []
            while let relative = enumerator.nextObject() as? String {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                if name.hasPrefix(".") {
                    if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                guard let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) else { continue }
                // stat, not the enumerator's attributes: a symbolic link to a file counts as the file.
                var info = stat()
                let full = base + "/" + relative
                guard stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
                found.append(Item(path: full, bytes: Int(info.st_size), error: nil))
            }
            // Byte order of paths: the same order on every machine and locale.
            items += found.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        }
        return items
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
