// `piagraph serve`: the review desk's pages, its error pages and what it says when it starts.

public enum ServeText: Localized {
    case title
    case uploadHeading
    case uploadHint(maxFileMB: Int, maxFiles: Int)
    case chooseFiles
    case dropHere
    case actionReview
    case actionDiff
    case actionBatch
    case submit
    case sending
    case nothingKept
    case downloadsHeading
    case highlightDownload
    case csvDownload(String)
    case diffHeading(old: String, new: String)
    case backToUpload
    case loginHeading
    case tokenLabel
    case loginButton
    case wrongToken
    // Error pages: the status, then what to do.
    case tooLarge(maxFileMB: Int, maxRequestMB: Int)
    case tooManyFiles(max: Int)
    case busy
    case timedOut(seconds: Int)
    case badUpload
    case noFile
    case diffNeedsTwo
    case unauthorized
    case notFound
    case couldNotRead(String)
    case internalError
    // Start-up, on stderr.
    case listening(String)
    case insecure(String)
    case keeping(String)
    case needsToken(String)
    case tokenFileUnreadable(String)
    case tokenTooShort(String)

    public func text(_ l: Language) -> String {
        switch self {
        case .title: return pick(l, en: "piagraph — review desk", ja: "piagraph — 点検デスク")
        case .uploadHeading: return pick(l, en: "Assessments to review", ja: "点検する評価書")
        case .uploadHint(let mb, let files):
            return pick(
                l,
                en:
                    "PDF or text files of 特定個人情報保護評価書, up to \(mb) MB each and \(files) at once. One file gives its review; several of one body, their merged map; two versions of one document, what changed between them.",
                ja: "特定個人情報保護評価書のPDFかテキストファイル。1ファイル\(mb) MBまで、一度に\(files)件まで。1件ならその点検結果、同じ機関の複数件なら統合マップ、同じ評価書の二つの版なら変更点を示します。")
        case .chooseFiles: return pick(l, en: "Files", ja: "ファイル")
        case .dropHere: return pick(l, en: "or drop the files here", ja: "またはここにファイルをドロップ")
        case .actionReview: return pick(l, en: "Review (several of one body: merged map)", ja: "点検（同じ機関の複数件は統合マップ）")
        case .actionDiff: return pick(l, en: "Compare two versions", ja: "二つの版を比較")
        case .actionBatch: return pick(l, en: "Batch overview (a body's or a prefecture's documents)", ja: "一括の一覧（機関・都道府県の評価書）")
        case .submit: return pick(l, en: "Send", ja: "送信")
        case .sending: return pick(l, en: "Sending…", ja: "送信中…")
        case .nothingKept:
            return pick(
                l,
                en:
                    "The files are read in memory and a private temporary directory, and removed once the page is sent; nothing is logged but the request's method, path, status, size and time.",
                ja: "ファイルはメモリと専用の一時ディレクトリで読み、ページを返した時点で削除します。記録するのはリクエストのメソッド、パス、ステータス、サイズ、時間だけです。")
        case .downloadsHeading: return pick(l, en: "Downloads", ja: "ダウンロード")
        case .highlightDownload: return pick(l, en: "個人番号 highlight (SVG)", ja: "個人番号の流れ（SVG）")
        case .csvDownload(let name): return pick(l, en: "table \(name)", ja: "表 \(name)")
        case .diffHeading(let old, let new): return pick(l, en: "Changes: \(old) → \(new)", ja: "変更点：\(old) → \(new)")
        case .backToUpload: return pick(l, en: "Review other documents", ja: "ほかの評価書を点検する")
        case .loginHeading: return pick(l, en: "Sign in", ja: "ログイン")
        case .tokenLabel: return pick(l, en: "Access token", ja: "アクセストークン")
        case .loginButton: return pick(l, en: "Sign in", ja: "ログイン")
        case .wrongToken: return pick(l, en: "The token is not right.", ja: "トークンが正しくありません。")
        case .tooLarge(let file, let request):
            return pick(
                l, en: "The upload is too large: at most \(file) MB a file and \(request) MB a request.",
                ja: "アップロードが大きすぎます。1ファイル\(file) MB、1回\(request) MBまでです。")
        case .tooManyFiles(let max):
            return pick(l, en: "Too many files: at most \(max) at once.", ja: "ファイルが多すぎます。一度に\(max)件までです。")
        case .busy:
            return pick(
                l, en: "The server is reviewing as many documents as it can; try again in a minute.",
                ja: "サーバーは処理できる上限の評価書を点検中です。1分ほどしてからもう一度送ってください。")
        case .timedOut(let seconds):
            return pick(
                l, en: "Reading the documents took longer than \(seconds) s and was given up; a PDF may be malformed.",
                ja: "評価書の読み取りが\(seconds)秒を超えたため中止しました。PDFが不正な形式かもしれません。")
        case .badUpload:
            return pick(
                l, en: "The request is not a file upload (multipart/form-data) this page sends.",
                ja: "このページが送るファイルのアップロード（multipart/form-data）の形ではありません。")
        case .noFile: return pick(l, en: "No file was sent.", ja: "ファイルが送られていません。")
        case .diffNeedsTwo:
            return pick(l, en: "Comparing needs exactly two files: the older and the newer version.", ja: "比較にはちょうど二つのファイル（旧版と新版）が必要です。")
        case .unauthorized: return pick(l, en: "Sign in first.", ja: "先にログインしてください。")
        case .notFound: return pick(l, en: "No such page.", ja: "そのページはありません。")
        case .couldNotRead(let reason): return pick(l, en: "Could not read it: \(reason)", ja: "読み取れませんでした：\(reason)")
        case .internalError: return pick(l, en: "Something went wrong on the server.", ja: "サーバーで問題が起きました。")
        case .listening(let url): return pick(l, en: "piagraph serve: listening on \(url)", ja: "piagraph serve: \(url) で待ち受けています")
        case .insecure(let host):
            return pick(
                l,
                en:
                    "piagraph serve: WARNING: listening on \(host) WITHOUT authentication (--insecure-no-auth): anyone who reaches this address can upload documents",
                ja: "piagraph serve: 警告：\(host) で認証なしに待ち受けています（--insecure-no-auth）。このアドレスに届く人は誰でも評価書をアップロードできます")
        case .keeping(let directory):
            return pick(l, en: "piagraph serve: results are kept in \(directory)", ja: "piagraph serve: 結果を \(directory) に保存します")
        case .needsToken(let host):
            return pick(
                l, en: "--host \(host) is reachable from other machines: give --token FILE (or --insecure-no-auth)",
                ja: "--host \(host) はほかのマシンから届きます。--token FILE を指定してください（または --insecure-no-auth）")
        case .tokenFileUnreadable(let path): return pick(l, en: "\(path): cannot read the token file", ja: "\(path)：トークンのファイルを読み込めません")
        case .tokenTooShort(let path):
            return pick(l, en: "\(path): the token is shorter than 16 characters", ja: "\(path)：トークンが16文字より短いです")
        }
    }
}
