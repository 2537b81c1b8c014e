import Foundation
import PiagraphMessages
import PiagraphPDF
import PiagraphText

/// Opens an input, a text file or a PDF, as the document the parser reads. A PDF is read by
/// poppler's pdftotext in a separate process and rebuilt into piagraph's text layer
/// (PDFLayout); facts cite that layer's lines and their pages.
public enum InputFile {
    public struct Options: Sendable {
        public var password: String?
        public var limits: Poppler.Limits
        public init(password: String? = nil, limits: Poppler.Limits = Poppler.Limits()) {
            self.password = password
            self.limits = limits
        }
    }

    /// An error of either kind, as one line.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let text: ErrorText
        public var description: String { text.english }
    }

    public static func load(path: String, options: Options = Options()) throws(Failure) -> SourceDocument {
        do {
            let data = try SourceDocument.read(path: path)
            guard Poppler.isPDF(data.prefix(1024)) else { return try SourceDocument(data: data, path: path) }
            return try pdf(path: path, data: data, options: options)
        } catch let error as InputError {
            throw Failure(text: .input(error))
        } catch let error as PDFError {
            throw Failure(text: .pdf(error))
        } catch {
            throw Failure(text: .about(path, .tool("\(error)")))
        }
    }

    /// The text layer of a PDF, as `piagraph extract --text-layer` prints it.
    public static func textLayer(path: String, options: Options = Options()) throws(Failure) -> PDFLayout.TextLayer {
        do {
            guard FileManager.default.fileExists(atPath: path) else {
                throw Failure(text: .input(.notFound(path: path)))
            }
            guard isPDF(path: path) else {
                throw Failure(text: .notAPDF(path: path))
            }
            return PDFLayout.textLayer(try Poppler.pages(path: path, password: options.password, limits: options.limits))
        } catch let error as PDFError {
            throw Failure(text: .pdf(error))
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(text: .about(path, .tool("\(error)")))
        }
    }

    static func isPDF(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return Poppler.isPDF(head)
    }

    static func pdf(path: String, data: Data, options: Options) throws -> SourceDocument {
        if data.count > SourceDocument.maxBytes * 4 {
            throw InputError.tooLarge(path: path, bytes: data.count, limit: SourceDocument.maxBytes * 4)
        }
        let pages = try Poppler.pages(path: path, password: options.password, limits: options.limits)
        return document(pages: pages, path: path, sha256: FileDigest.hex(data), byteCount: data.count)
    }

    /// The document a PDF's pages make: piagraph's text layer of them (PDFLayout), with where
    /// each page begins and which pages hold no text.
    public static func document(pages: [PDFPage], path: String, sha256: String, byteCount: Int) -> SourceDocument {
        let layer = PDFLayout.textLayer(pages)
        return SourceDocument(
            textLayer: layer.lines, pageStarts: layer.pageStarts, pagesWithoutText: layer.pagesWithoutText, path: path,
            sha256: sha256, byteCount: byteCount)
    }
}
