import Crypto
import Foundation
import PiagraphMessages
import PiagraphRender

/// The desk's own pages: the upload form, errors, sign-in, a diff; and the downloads put into a
/// report page. Every text from a document or an upload is escaped (HTMLReport.escape).
enum Pages {
    struct Download: Sendable {
        var name: String
        var type: String
        var label: String
        var bytes: [UInt8]
    }

    /// Drawings made on demand: the form sends the document back with the format asked for.
    struct DownloadForm {
        var name: String
        var document: Data
        var formats: [(value: String, label: String)]
    }

    static func e(_ text: String) -> String { HTMLReport.escape(text) }

    static func form(_ form: DownloadForm, _ l: Language) -> String {
        let buttons = form.formats.map { "<button name=\"format\" value=\"\(e($0.value))\">\(e($0.label))</button>" }.joined(separator: " ")
        return "<form class=\"downloads\" method=\"post\" action=\"/download?lang=\(l.rawValue)\" enctype=\"multipart/form-data\">"
            + "<input type=\"hidden\" name=\"name\" value=\"\(e(form.name))\">"
            + "<input type=\"hidden\" name=\"document\" value=\"\(form.document.base64EncodedString())\">\(buttons)</form>\n"
    }

    static func head(_ title: String, _ l: Language) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(l.rawValue)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(e(title))</title><style>\(HTMLReport.style)
        .drop { border: 2px dashed var(--line); border-radius: 8px; padding: 24px; margin: 12px 0; text-align: center; }
        .drop.over { border-color: #1f5fbf; background: #f2f7ff; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 12px 0; } label.action { display: block; margin: 4px 0; }
        ul.downloads { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
        ul.downloads a { display: inline-block; padding: 4px 10px; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; }
        .error { color: var(--error); font-weight: bold; }
        </style></head><body>
        """
    }

    /// The upload's progress: the only script the desk serves, pinned by its hash in the
    /// Content-Security-Policy. The form works without it (a plain multipart POST).
    static let script = """
        const form = document.getElementById('upload'), input = document.getElementById('files'), drop = document.getElementById('drop');
        const bar = document.getElementById('progress');
        drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
        drop.addEventListener('dragleave', () => drop.classList.remove('over'));
        drop.addEventListener('drop', e => { e.preventDefault(); drop.classList.remove('over'); input.files = e.dataTransfer.files; });
        form.addEventListener('submit', e => {
          e.preventDefault();
          const xhr = new XMLHttpRequest();
          xhr.open('POST', form.action);
          bar.hidden = false;
          xhr.upload.onprogress = p => { if (p.lengthComputable) bar.value = p.loaded / p.total; };
          xhr.onload = () => { document.open(); document.write(xhr.responseText); document.close(); };
          xhr.onerror = () => { bar.hidden = true; form.submit(); };
          xhr.send(new FormData(form));
        });
        """

    static let scriptHash = "sha256-" + Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()

    static func upload(_ settings: ServeSettings, _ l: Language) -> String {
        let lang = "?lang=\(l.rawValue)"
        return head(ServeText.title.text(l), l) + """
            <h1>\(e(ServeText.title.text(l)))</h1>
            <h2>\(e(ServeText.uploadHeading.text(l)))</h2>
            <p class="meta">\(e(ServeText.uploadHint(maxFileMB: settings.maxFileBytes >> 20, maxFiles: settings.maxFiles).text(l)))</p>
            <form id="upload" method="post" action="/review\(lang)" enctype="multipart/form-data">
            <div class="drop" id="drop"><label>\(e(ServeText.chooseFiles.text(l))) <input type="file" id="files" name="files" multiple accept=".pdf,.txt,.text,application/pdf,text/plain"></label>
            <p class="meta">\(e(ServeText.dropHere.text(l)))</p></div>
            <fieldset>
            <label class="action"><input type="radio" name="action" value="review" checked> \(e(ServeText.actionReview.text(l)))</label>
            <label class="action"><input type="radio" name="action" value="diff"> \(e(ServeText.actionDiff.text(l)))</label>
            <label class="action"><input type="radio" name="action" value="batch"> \(e(ServeText.actionBatch.text(l)))</label>
            </fieldset>
            <p><button type="submit">\(e(ServeText.submit.text(l)))</button> <progress id="progress" hidden max="1" value="0">\(e(ServeText.sending.text(l)))</progress></p>
            </form>
            <p class="meta">\(e(settings.keep == nil ? ServeText.nothingKept.text(l) : ""))</p>
            <script>\(script)</script>
            </body></html>

            """
    }

    static func message(_ title: String, _ text: String, _ l: Language) -> String {
        head(title, l) + """
            <h1>\(e(title))</h1>
            <p class="error">\(e(text))</p>
            <p><a href="/?lang=\(l.rawValue)">\(e(ServeText.backToUpload.text(l)))</a></p>
            </body></html>

            """
    }

    static func login(wrong: Bool, _ l: Language) -> String {
        head(ServeText.loginHeading.text(l), l) + """
            <h1>\(e(ServeText.title.text(l)))</h1>
            <h2>\(e(ServeText.loginHeading.text(l)))</h2>
            \(wrong ? "<p class=\"error\">\(e(ServeText.wrongToken.text(l)))</p>" : "")
            <form method="post" action="/login?lang=\(l.rawValue)">
            <label>\(e(ServeText.tokenLabel.text(l))) <input type="password" name="token" autocomplete="current-password" required></label>
            <button type="submit">\(e(ServeText.loginButton.text(l)))</button>
            </form>
            </body></html>

            """
    }

    static func list(_ downloads: [Download], _ l: Language) -> String {
        guard !downloads.isEmpty else { return "" }
        let items = downloads.map { d in
            "<li><a download=\"\(e(d.name))\" href=\"data:\(d.type);base64,\(Data(d.bytes).base64EncodedString())\">\(e(d.label))</a></li>"
        }
        return "<h2 id=\"downloads\">\(e(ServeText.downloadsHeading.text(l)))</h2>\n<ul class=\"downloads\">" + items.joined() + "</ul>\n"
    }

    /// A page made elsewhere (the report, the overview) with the downloads after its first
    /// heading and a way back.
    static func decorate(_ html: String, downloads: [Download], form: DownloadForm? = nil, language l: Language) -> String {
        let back = "<p><a href=\"/?lang=\(l.rawValue)\">\(e(ServeText.backToUpload.text(l)))</a></p>\n"
        guard let h1 = html.range(of: "</h1>") else { return html }
        var out = html
        out.insert(contentsOf: "\n" + back + list(downloads, l) + (form.map { Self.form($0, l) } ?? ""), at: h1.upperBound)
        return out
    }

    static func diff(old: String, new: String, svg: [UInt8], lines: [String], downloads: [Download], language l: Language) -> String {
        let title = ServeText.diffHeading(old: old, new: new).text(l)
        let text = String(decoding: svg, as: UTF8.self)
        let inline = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? ""
        return head(title, l) + """
            <h1>\(e(title))</h1>
            <p><a href="/?lang=\(l.rawValue)">\(e(ServeText.backToUpload.text(l)))</a></p>
            \(list(downloads, l))<div class="diagram">\(inline)</div>
            <ul class="paths">\(lines.map { "<li>\(e($0))</li>" }.joined())</ul>
            </body></html>

            """
    }
}
