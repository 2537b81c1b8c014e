// Every error piagraph reports: one line each, in both languages. A reason quoted from the
// system or from a tool (strerror, pdftotext, Graphviz) is shown as that tool wrote it.

import PiagraphPDF
import PiagraphText

public indirect enum ErrorText: Localized, Error {
    case input(InputError)
    case pdf(PDFError)
    /// "PATH: …".
    case about(String, ErrorText)
    case highlight(path: String, HighlightProblem)
    case layout(DiagramText)
    case tool(String)
    case graphviz(GraphvizProblem, said: String?)
    case noSuchPath(String)
    case cannotList(String)
    case notice(NoticeText)
    case serve(ServeText)
    case notAPDF(path: String)
    // Writing and reading files.
    case directoryMissing(path: String, directory: String)
    case cannotWrite(path: String, reason: String?)
    case baselineUnreadable(path: String)
    case notABaseline(path: String, why: BaselineProblem)
    case differentBodies([String])
    // Usage.
    case giveFiles
    case giveFile
    case giveFileOrDirectory
    case pdfTimeoutMinimum
    case formatUnknown(output: String, formats: String)
    case textHasNoOutput
    case terminalRefused(format: String)
    case svgToTerminal
    case writeBaselineNeedsReason
    case writeBaselineNeedsBy
    case onlyWithWriteBaseline
    case untilNotADate(String)
    case dateUnreadable(String)
    case unknownRule(String, rules: [String])
    case textLayerAlone
    case rowsOrRecover
    case severalNeedMerge
    case oneDocumentOnly
    case matrixWithoutOverlays
    case matrixFormats
    case highlightOneDocument
    case giveFromTo
    case reachAlone
    case limitMinimum
    case noNode(path: String, term: String, closest: [String])
    case forceWithMerge
    case mergeMaximum(Int, given: Int)
    case mergeNeedsTwo
    case jobsMinimum
    case portRange
    case boundsPositive
    case scanWritesFiles
    case nothingFound([String])
    case notADirectory(String)
    case cannotMakeDirectory(String, reason: String)
    case cannotWriteTemporary(reason: String)
    case cannotReadTemporary(reason: String)
    case cannotWriteScan(reason: String)
    case unknownCommand(String, near: String?, commands: [String])

    public func text(_ l: Language) -> String {
        switch self {
        case .input(let e): return Self.input(e, l)
        case .pdf(let e): return Self.pdf(e, l)
        case .about(let path, let inner): return "\(path): " + inner.text(l)
        case .highlight(let path, let problem): return "\(path): --highlight " + problem.text(l)
        case .layout(let text): return text.text(l)
        case .tool(let message): return message
        case .graphviz(let problem, let said):
            return problem.text(l) + ": " + (said ?? pick(l, en: "no message from Graphviz", ja: "Graphvizからのメッセージなし"))
        case .noSuchPath(let path): return pick(l, en: "\(path): no such file or directory", ja: "\(path)：ファイルもディレクトリもありません")
        case .cannotList(let path): return pick(l, en: "\(path): cannot list the directory", ja: "\(path)：ディレクトリの中を読めません")
        case .notice(let notice): return notice.text(l)
        case .serve(let text): return text.text(l)
        case .notAPDF(let path):
            return pick(
                l, en: "\(path): not a PDF; --text-layer prints the text piagraph reads from a PDF",
                ja: "\(path)：PDFではありません。--text-layer はpiagraphがPDFから読み取るテキストを出力します")
        case .directoryMissing(let path, let directory):
            return pick(l, en: "\(path): the directory \(directory) does not exist", ja: "\(path)：ディレクトリ \(directory) がありません")
        case .cannotWrite(let path, let reason):
            return pick(l, en: "\(path): cannot write", ja: "\(path)：書き込めません") + (reason.map { " (\($0))" } ?? "")
        case .baselineUnreadable(let path):
            return pick(l, en: "\(path): cannot read the baseline", ja: "\(path)：ベースラインを読み込めません")
        case .notABaseline(let path, let why):
            return pick(l, en: "\(path): not a piagraph baseline (\(why.text(l)))", ja: "\(path)：piagraphのベースラインではありません（\(why.text(l))）")
        case .differentBodies(let bodies):
            return pick(
                l,
                en:
                    "refusing to merge assessments of different bodies (\(bodies.joined(separator: ", "))); use --force to merge them anyway",
                ja: "異なる機関の評価書は統合しません（\(bodies.joined(separator: "、"))）。それでも統合するには --force を付けてください")
        case .giveFiles: return pick(l, en: "Give at least one assessment file.", ja: "評価書のファイルを一つ以上指定してください。")
        case .giveFile: return pick(l, en: "Give an assessment file.", ja: "評価書のファイルを指定してください。")
        case .giveFileOrDirectory:
            return pick(l, en: "Give at least one file or directory.", ja: "ファイルかディレクトリを一つ以上指定してください。")
        case .pdfTimeoutMinimum:
            return pick(l, en: "--pdf-timeout must be at least 1 second.", ja: "--pdf-timeout は1秒以上にしてください。")
        case .formatUnknown(let output, let formats):
            return pick(
                l, en: "Cannot tell the format from '\(output)': use --format \(formats).",
                ja: "「\(output)」から形式を判断できません。--format \(formats) で指定してください。")
        case .textHasNoOutput:
            return pick(l, en: "--format text prints the changes: leave out -o.", ja: "--format text は変更を画面に出力します。-o を外してください。")
        case .terminalRefused(let format):
            return pick(
                l, en: "refusing to write \(format.uppercased()) to a terminal; use -o FILE.\(format)",
                ja: "\(format.uppercased())を端末には出力しません。-o FILE.\(format) を使ってください")
        case .svgToTerminal:
            return pick(
                l, en: "not writing SVG to a terminal; use -o FILE.svg (or --format svg, or redirect stdout)",
                ja: "SVGを端末には出力しません。-o FILE.svg を使ってください（または --format svg を付けるか、標準出力をリダイレクトしてください）")
        case .writeBaselineNeedsReason:
            return pick(
                l, en: "--write-baseline needs --reason (why the findings are accepted).",
                ja: "--write-baseline には --reason（指摘を受け入れる理由）が必要です。")
        case .writeBaselineNeedsBy:
            return pick(
                l, en: "--write-baseline needs --by (who accepts them).", ja: "--write-baseline には --by（受け入れる人）が必要です。")
        case .onlyWithWriteBaseline:
            return pick(
                l, en: "--reason, --by and --until go with --write-baseline.", ja: "--reason、--by、--until は --write-baseline と一緒に使います。")
        case .untilNotADate(let until):
            return pick(
                l, en: "--until '\(until)' is not a date written YYYY-MM-DD.", ja: "--until「\(until)」はYYYY-MM-DD形式の日付ではありません。")
        case .dateUnreadable(let at):
            return pick(
                l, en: "Cannot read the date '\(at)': write 令和5年4月1日 or 2023-04-01.",
                ja: "日付「\(at)」を読み取れません。令和5年4月1日 か 2023-04-01 の形で書いてください。")
        case .unknownRule(let id, let rules):
            return pick(
                l, en: "Unknown rule '\(id)'. Rules: \(rules.joined(separator: ", ")).",
                ja: "ルール「\(id)」はありません。ルール：\(rules.joined(separator: "、"))。")
        case .textLayerAlone:
            return pick(
                l, en: "--text-layer prints the text read from a PDF: use it alone.",
                ja: "--text-layer はPDFから読み取ったテキストを出力します。単独で使ってください。")
        case .rowsOrRecover:
            return pick(
                l, en: "--rows prints the rows as read; --recover adds facts: use one of them.",
                ja: "--rows は読み取った行を出力し、--recover は事項を補います。どちらか一方を使ってください。")
        case .severalNeedMerge:
            return pick(
                l, en: "Several files need --merge (one map of the body).", ja: "複数のファイルには --merge（機関の統合マップ）が必要です。")
        case .oneDocumentOnly:
            return pick(l, en: "--at and --recover work on one document.", ja: "--at と --recover は一つの評価書に使います。")
        case .matrixWithoutOverlays:
            return pick(
                l, en: "--view matrix shows the links only: --highlight and --findings draw on the graph.",
                ja: "--view matrix は接続だけを示します。--highlight と --findings は図に描くものです。")
        case .matrixFormats:
            return pick(l, en: "--view matrix is drawn as svg, png, pdf or dot.", ja: "--view matrix は svg、png、pdf、dot で描きます。")
        case .highlightOneDocument:
            return pick(
                l, en: "--highlight works on one document; draw the merged map without it",
                ja: "--highlight は一つの評価書に使います。統合マップは --highlight なしで描いてください")
        case .giveFromTo: return pick(l, en: "Give --from and --to, or --reach.", ja: "--from と --to、または --reach を指定してください。")
        case .reachAlone:
            return pick(l, en: "--reach cannot be combined with --from/--to.", ja: "--reach は --from・--to と一緒には使えません。")
        case .limitMinimum: return pick(l, en: "--limit must be at least 1.", ja: "--limit は1以上にしてください。")
        case .noNode(let path, let term, let closest):
            return pick(
                l, en: "\(path): no node named '\(term)'; closest: " + closest.joined(separator: ", "),
                ja: "\(path)：「\(term)」という名前のノードはありません。近いもの：" + closest.joined(separator: "、"))
        case .forceWithMerge: return pick(l, en: "--force goes with --merge.", ja: "--force は --merge と一緒に使います。")
        case .mergeMaximum(let max, let given):
            return pick(
                l, en: "--merge takes at most \(max) documents; \(given) were given.",
                ja: "--merge で統合できる評価書は\(max)件までです。\(given)件が指定されました。")
        case .mergeNeedsTwo: return pick(l, en: "--merge needs at least two files.", ja: "--merge には二つ以上のファイルが必要です。")
        case .jobsMinimum: return pick(l, en: "--jobs must be at least 1.", ja: "--jobs は1以上にしてください。")
        case .portRange: return pick(l, en: "--port must be 0 to 65535.", ja: "--port は0から65535にしてください。")
        case .boundsPositive:
            return pick(
                l,
                en:
                    "--max-file-mb, --max-files, --max-request-mb, --pdf-timeout and --request-timeout must be at least 1, --queue at least 0.",
                ja: "--max-file-mb、--max-files、--max-request-mb、--pdf-timeout、--request-timeout は1以上、--queue は0以上にしてください。")
        case .scanWritesFiles:
            return pick(
                l, en: "--reports and --merge-by write files: give -o DIR.",
                ja: "--reports と --merge-by はファイルを書き出します。-o DIR を指定してください。")
        case .nothingFound(let paths):
            return pick(
                l, en: "no .txt or .pdf file found in \(paths.joined(separator: ", "))",
                ja: "\(paths.joined(separator: "、"))に .txt か .pdf のファイルが見つかりません")
        case .notADirectory(let directory):
            return pick(l, en: "\(directory): exists and is not a directory", ja: "\(directory)：ディレクトリではないものが既にあります")
        case .cannotMakeDirectory(let directory, let reason):
            return pick(l, en: "\(directory): cannot make the directory", ja: "\(directory)：ディレクトリを作れません") + " (\(reason))"
        case .cannotWriteTemporary(let reason):
            return pick(l, en: "cannot write a temporary file", ja: "一時ファイルを書き込めません") + " (\(reason))"
        case .cannotReadTemporary(let reason):
            return pick(l, en: "cannot read a temporary file back", ja: "一時ファイルを読み戻せません") + " (\(reason))"
        case .cannotWriteScan(let reason):
            return pick(l, en: "cannot write the scan's output", ja: "走査の結果を書き出せません") + " (\(reason))"
        case .unknownCommand(let word, let near, let commands):
            if let near {
                return pick(l, en: "unknown command '\(word)' (did you mean \(near)?)", ja: "不明なコマンド「\(word)」（\(near) のことですか？）")
            }
            return pick(
                l, en: "unknown command '\(word)', and no file of that name; commands: \(commands.joined(separator: ", "))",
                ja: "不明なコマンド「\(word)」で、その名前のファイルもありません。コマンド：\(commands.joined(separator: "、"))")
        }
    }

    static func input(_ e: InputError, _ l: Language) -> String {
        switch e {
        case .notFound(let p): return pick(l, en: "\(p): no such file", ja: "\(p)：ファイルがありません")
        case .isDirectory(let p):
            return pick(l, en: "\(p): is a directory, not an assessment text file", ja: "\(p)：評価書のテキストファイルではなくディレクトリです")
        case .unreadable(let p, let r): return pick(l, en: "\(p): cannot be read (\(r))", ja: "\(p)：読み込めません（\(r)）")
        case .empty(let p): return pick(l, en: "\(p): the file is empty", ja: "\(p)：ファイルが空です")
        case .binary(let p, let o):
            return pick(
                l, en: "\(p): binary data (NUL byte at offset \(o)); expected the text of a 特定個人情報保護評価書",
                ja: "\(p)：バイナリデータです（オフセット\(o)にNULバイト）。特定個人情報保護評価書のテキストではありません")
        case .invalidEncoding(let p, let o):
            return pick(
                l, en: "\(p): invalid UTF-8 at byte offset \(o), and the file is not Shift_JIS/CP932 or UTF-16 with a BOM either",
                ja: "\(p)：バイトオフセット\(o)に不正なUTF-8があり、Shift_JIS/CP932でもBOM付きUTF-16でもありません")
        case .tooLarge(let p, let b, let limit):
            return pick(
                l, en: "\(p): \(b) bytes is larger than the \(limit)-byte limit for one assessment",
                ja: "\(p)：\(b)バイトは評価書一件の上限（\(limit)バイト）を超えています")
        case .lineTooLong(let p, let line, let b, let limit):
            return pick(
                l, en: "\(p):\(line): a line of \(b) bytes exceeds the \(limit)-byte limit; this is not a converted assessment",
                ja: "\(p):\(line)：\(b)バイトの行は上限（\(limit)バイト）を超えています。変換された評価書ではありません")
        case .notAnAssessment(let p):
            return pick(
                l, en: "\(p): not a 特定個人情報保護評価書 (no header, section or system of one was recognised)",
                ja: "\(p)：特定個人情報保護評価書ではありません（表紙、項目、システムのいずれも認識できません）")
        }
    }

    static func pdf(_ e: PDFError, _ l: Language) -> String {
        switch e {
        case .toolMissing(let p):
            return pick(
                l, en: "\(p): reading a PDF needs poppler's pdftotext, which is not on PATH (Debian/Ubuntu: apt-get install poppler-utils)",
                ja: "\(p)：PDFを読むにはpopplerのpdftotextが必要ですが、PATHにありません（Debian/Ubuntu：apt-get install poppler-utils）")
        case .encrypted(let p):
            return pick(
                l, en: "\(p): the PDF is encrypted; give its password with --password", ja: "\(p)：PDFは暗号化されています。--password でパスワードを指定してください")
        case .wrongPassword(let p):
            return pick(
                l, en: "\(p): the PDF is encrypted and the password given with --password does not open it",
                ja: "\(p)：PDFは暗号化されており、--password のパスワードでは開けません")
        case .noPages(let p): return pick(l, en: "\(p): the PDF has no pages", ja: "\(p)：PDFにページがありません")
        case .noTextLayer(let p, let n):
            return pick(
                l,
                en:
                    "\(p): none of the PDF's \(n) page(s) has a text layer (a scanned document?); run OCR on it first (for example ocrmypdf -l jpn)",
                ja: "\(p)：PDFの\(n)ページのいずれにもテキスト層がありません（スキャン画像ですか）。先にOCRをかけてください（例：ocrmypdf -l jpn）")
        case .damaged(let p, let r):
            return pick(l, en: "\(p): the PDF is damaged or truncated (\(r))", ja: "\(p)：PDFが壊れているか途中で切れています（\(r)）")
        case .timedOut(let p, let s):
            return pick(
                l, en: "\(p): pdftotext did not finish within \(s) s and was stopped; the PDF may be malformed",
                ja: "\(p)：pdftotextが\(s)秒以内に終わらず、止めました。PDFが不正な形式かもしれません")
        case .crashed(let p, let signal, let memory):
            return pick(
                l,
                en:
                    "\(p): pdftotext stopped on signal \(signal) while reading the PDF (past its \(memory) MiB memory bound, or a malformed PDF)",
                ja: "\(p)：pdftotextがPDFの読み取り中にシグナル\(signal)で止まりました（メモリ上限\(memory) MiBを超えたか、不正な形式のPDFです）")
        case .tooMuchOutput(let p, let limit):
            return pick(
                l, en: "\(p): pdftotext wrote more than \(limit) bytes for this PDF and was stopped; the PDF may be malformed",
                ja: "\(p)：pdftotextがこのPDFについて\(limit)バイトを超えて出力したため、止めました。PDFが不正な形式かもしれません")
        }
    }
}

/// Why a file is not a piagraph baseline.
public enum BaselineProblem: Localized {
    case notJSON
    case schema(String)
    case noList
    case noFingerprint(entry: Int)
    case noReason(entry: Int)
    case noBy(entry: Int)
    case untilNotADate(entry: Int, until: String)

    public func text(_ l: Language) -> String {
        switch self {
        case .notJSON: return pick(l, en: "not a JSON object", ja: "JSONオブジェクトではありません")
        case .schema(let schema): return pick(l, en: "its schema is not \(schema)", ja: "schemaが\(schema)ではありません")
        case .noList: return pick(l, en: "no \"accepted\" list", ja: "\"accepted\" の一覧がありません")
        case .noFingerprint(let k): return pick(l, en: "entry \(k) has no fingerprint", ja: "\(k)番目の項目にfingerprintがありません")
        case .noReason(let k): return pick(l, en: "entry \(k) has no reason", ja: "\(k)番目の項目にreasonがありません")
        case .noBy(let k):
            return pick(l, en: "entry \(k) does not say who accepted it (\"by\")", ja: "\(k)番目の項目に受け入れた人（\"by\"）がありません")
        case .untilNotADate(let k, let until):
            return pick(
                l, en: "entry \(k): until '\(until)' is not a date written YYYY-MM-DD",
                ja: "\(k)番目の項目：until「\(until)」はYYYY-MM-DD形式の日付ではありません")
        }
    }
}

/// What Graphviz could not do.
public enum GraphvizProblem: Localized {
    case noContext
    case unreadable
    case layout(engine: String)
    case render(format: String)
    case reported

    public func text(_ l: Language) -> String {
        switch self {
        case .noContext: return pick(l, en: "Graphviz: cannot create a context", ja: "Graphviz：コンテキストを作れません")
        case .unreadable: return pick(l, en: "Graphviz could not read the graph", ja: "Graphvizが図を読み込めませんでした")
        case .layout(let engine): return pick(l, en: "Graphviz layout (\(engine)) failed", ja: "Graphvizの配置（\(engine)）に失敗しました")
        case .render(let format): return pick(l, en: "Graphviz could not render \(format)", ja: "Graphvizが\(format)を描けませんでした")
        case .reported: return pick(l, en: "Graphviz reported an error", ja: "Graphvizがエラーを報告しました")
        }
    }
}
