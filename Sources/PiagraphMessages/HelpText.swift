// The in-program help of every command and option. The man pages are made from the English.

public enum HelpText: String, Sendable, Hashable, CaseIterable, Localized {
    case root
    case lang
    // Shared options.
    case password, pdfTimeout, failOn, disable, merge, force
    // render
    case renderAbstract, renderDiscussion, renderFiles, renderOutput, renderFormat, renderRecover, renderAt, renderVerbose
    case renderFindings, renderView, renderHighlight
    // extract
    case extractAbstract, extractDiscussion, extractFiles, extractFormat, extractRecover, extractRows, extractTextLayer, extractJobs
    // check
    case checkAbstract, checkDiscussion, checkFiles, checkFormat, checkListRules, checkBaseline, checkWriteBaseline, checkReason
    case checkBy, checkUntil
    // report
    case reportAbstract, reportDiscussion, reportFiles, reportOutput, reportHighlight, reportRecover
    // scan
    case scanAbstract, scanDiscussion, scanPaths, scanOutput, scanJobs, scanBom, scanReports, scanMergeBy
    // paths
    case pathsAbstract, pathsDiscussion, pathsFile, pathsFrom, pathsTo, pathsReach, pathsLimit
    // history
    case historyAbstract, historyDiscussion, historyFile
    // diff
    case diffAbstract, diffDiscussion, diffOld, diffNew, diffOutput, diffFormat
    // serve
    case serveAbstract, serveDiscussion, serveHost, servePort, serveJobs, serveQueue, serveMaxFile, serveMaxFiles, serveMaxRequest
    case serveRequestTimeout, serveKeep, serveToken, serveInsecure

    public func text(_ l: Language) -> String {
        let t = texts
        return l == .ja ? t.ja : t.en
    }

    private var texts: (en: String, ja: String) {
        switch self {
        case .root:
            return (
                "Read Japanese privacy impact assessments (特定個人情報保護評価書): their facts, their architecture, where the My Number travels.",
                "特定個人情報保護評価書を読み、記載事項、システム構成、個人番号の流れを示します。"
            )
        case .lang:
            return (
                "The language of messages and pages: ja or en (default: the locale, LC_ALL, LC_MESSAGES or LANG).",
                "メッセージとページの言語：ja か en（既定はロケール LC_ALL、LC_MESSAGES、LANG に従います）。"
            )
        case .password:
            return (
                "The password of an encrypted PDF (also read from PIAGRAPH_PDF_PASSWORD).",
                "暗号化されたPDFのパスワード（環境変数 PIAGRAPH_PDF_PASSWORD からも読みます）。"
            )
        case .pdfTimeout: return ("Stop pdftotext after this many seconds on one PDF.", "一つのPDFでpdftotextを止めるまでの秒数。")
        case .failOn:
            return (
                "Exit 1 when a finding is at least this severe: error, warning or note.",
                "この重大度以上の指摘があれば終了ステータス1で終わります：error（エラー）、warning（警告）、note（備考）。"
            )
        case .disable:
            return (
                "Turn a rule off (repeatable): {rules}. `check --list-rules` describes them.",
                "ルールを無効にします（繰り返し可）：{rules}。各ルールの説明は `check --list-rules` で表示します。"
            )
        case .merge:
            return (
                "Take the documents as one body's: one map of the body (render, report), also checked together (check).",
                "複数の評価書を一つの機関のものとして扱います：機関の統合マップ（render、report）、まとめての点検（check）。"
            )
        case .force: return ("With --merge: merge documents of different bodies anyway.", "--merge と一緒に：異なる機関の評価書も統合します。")
        case .renderAbstract:
            return ("Draw the architecture an assessment describes (the default command).", "評価書が記載するシステム構成を図にします（既定のコマンド）。")
        case .renderDiscussion:
            return (
                """
                The graph is laid out and rendered in process through Graphviz's C API. The format comes \
                from --format, else from the output file's extension, else SVG. With --highlight, the \
                highlighted paths and their source lines are printed (to stderr when the diagram goes to stdout). \
                On a terminal without -o, --highlight prints the paths as text and draws nothing.
                """,
                """
                図はGraphvizのC APIでプロセス内で配置・描画します。形式は --format、なければ出力ファイルの拡張子、\
                なければSVGです。--highlight を付けると、流れの経路とその根拠の行を出力します（図を標準出力に書くときは\
                標準エラー出力へ）。端末で -o を付けないときは、--highlight は経路を文字で示し、図は描きません。
                """
            )
        case .renderFiles:
            return ("The assessment, a PDF or a text file (several with --merge).", "評価書：PDFかテキストファイル（--merge では複数）。")
        case .renderOutput:
            return ("Output file (written atomically); stdout when omitted.", "出力ファイル（途中の状態を残さずに書き出します）。省略すると標準出力。")
        case .renderFormat: return ("svg, png, pdf, dot or json (the graph itself).", "svg、png、pdf、dot、json（図のデータそのもの）。")
        case .renderRecover:
            return (
                "Add facts of sections the body lost from the (別添2) change log, drawn dashed.",
                "本文から失われた欄の事項を(別添2)変更箇所から補い、破線で描きます。"
            )
        case .renderAt:
            return (
                "Draw the graph as it stood on this date (令和5年4月1日 or 2023-04-01), as far as the change log allows.",
                "この日付（令和5年4月1日 または 2023-04-01）時点の構成を、変更箇所から分かる範囲で描きます。"
            )
        case .renderVerbose:
            return (
                "Show Graphviz's own warnings and errors on stderr (they are otherwise captured).",
                "Graphviz自身の警告とエラーを標準エラー出力に表示します（通常は表示しません）。"
            )
        case .renderFindings:
            return (
                "Colour the nodes and edges audit findings concern and list the findings in the legend.",
                "点検の指摘に関わるノードと辺に色を付け、凡例に指摘を一覧します。"
            )
        case .renderView:
            return (
                "graph (the architecture drawn) or matrix (the ③ links as a table: readable at the form's maximum of 20 systems).",
                "graph（システム構成の図）か matrix（③の接続の表。様式の上限の20システムでも読めます）。"
            )
        case .renderHighlight:
            return (
                "Mark where a term travels: a recorded item (個人番号, 地方税関係情報, any (別添1) item), a system or a party. Repeatable.",
                "語の流れを示します：記録項目（個人番号、地方税関係情報、(別添1)の項目）、システム、相手方。繰り返し可。"
            )
        case .extractAbstract:
            return ("Print the facts an assessment states, each with its source line.", "評価書の記載事項を、根拠の行とともに出力します。")
        case .extractDiscussion:
            return (
                """
                JSON follows the piagraph.extract/1 contract (one object per file, an array for several).
                Exit status: 0 on success, 2 when a file cannot be read as an assessment.
                """,
                """
                JSONは piagraph.extract/1 の形式に従います（ファイルごとに一つのオブジェクト、複数なら配列）。
                終了ステータス：成功で0、評価書として読めないファイルがあれば2。
                """
            )
        case .extractFiles:
            return (
                "Assessments: PDF files, or text files (UTF-8, UTF-16 with BOM, or Shift_JIS).",
                "評価書：PDFファイル、またはテキストファイル（UTF-8、BOM付きUTF-16、Shift_JIS）。"
            )
        case .extractFormat: return ("Output format: json or text.", "出力形式：json か text。")
        case .extractJobs:
            return (
                "Documents read at once (default: the machine's cores); the output is the same, in the files' order.",
                "同時に読む評価書の数（既定：CPUのコア数）。出力は変わらず、ファイルの順です。"
            )
        case .extractRecover:
            return (
                "Add facts of sections the body lost from the (別添2) change log, each marked with the row's date and line.",
                "本文から失われた欄の事項を(別添2)変更箇所から補い、その行の日付と行番号を添えます。"
            )
        case .extractRows:
            return (
                "Print the rows as read after the layout was rebuilt (line, label, value), instead of the facts.",
                "事項の代わりに、レイアウトを組み直した後に読んだ行（行番号、ラベル、値）を出力します。"
            )
        case .extractTextLayer:
            return (
                "Print piagraph's text layer of a PDF (the text its facts cite by line; each page begins with a form feed), instead of the facts.",
                "事項の代わりに、piagraphがPDFから取り出したテキスト層（事項が行番号で引用するテキスト。各ページは改ページ文字で始まります）を出力します。"
            )
        case .checkAbstract:
            return (
                "Audit assessments: undeclared or unreachable links, unauthorized paths, contradictions.",
                "評価書を点検します：記載のない接続、到達できない流れ、根拠のない経路、矛盾。"
            )
        case .checkDiscussion:
            return (
                """
                Findings print like compiler diagnostics (FILE:LINE: severity: [rule] message), citing every line \
                they rest on. Findings accepted in a --baseline file are not reported as failures (JSON and SARIF \
                list them as suppressed); an acceptance past its date is a finding again. Exit status: 0 when no \
                finding is at or above --fail-on, 1 when one is, 2 for a usage or input error.
                """,
                """
                指摘はコンパイラの診断と同じ形（ファイル:行: 重大度: [ルール] 内容）で、根拠とする行をすべて示します。\
                --baseline のファイルで受け入れた指摘は失敗として扱いません（JSONとSARIFでは抑止として示します）。\
                期限を過ぎた受け入れは再び指摘になります。終了ステータス：--fail-on 以上の指摘がなければ0、あれば1、\
                使い方や入力の誤りは2。
                """
            )
        case .checkFiles, .reportFiles: return ("Assessments: PDF or text files.", "評価書：PDFかテキストファイル。")
        case .checkFormat: return ("text, json or sarif (SARIF 2.1.0).", "text、json、sarif（SARIF 2.1.0）。")
        case .checkListRules:
            return ("List the rules with their severity and rationale.", "ルールを重大度と理由とともに一覧します。")
        case .checkBaseline:
            return (
                "Accepted findings (a file written by --write-baseline): reported as suppressed, not as failures.",
                "受け入れた指摘（--write-baseline で書いたファイル）：失敗ではなく抑止として示します。"
            )
        case .checkWriteBaseline:
            return (
                "Accept every finding of this run into this file (with --reason and --by); acceptances already in --baseline keep theirs.",
                "この実行のすべての指摘を受け入れてこのファイルに書きます（--reason と --by を付けて）。--baseline に既にある受け入れはそのまま残します。"
            )
        case .checkReason: return ("With --write-baseline: why the findings are accepted.", "--write-baseline と一緒に：指摘を受け入れる理由。")
        case .checkBy: return ("With --write-baseline: who accepts them.", "--write-baseline と一緒に：受け入れる人。")
        case .checkUntil:
            return (
                "With --write-baseline: the last day the acceptance holds (YYYY-MM-DD).",
                "--write-baseline と一緒に：受け入れの最終日（YYYY-MM-DD）。"
            )
        case .reportAbstract: return ("Write a self-contained HTML review report.", "単独で開けるHTMLの点検レポートを書き出します。")
        case .reportDiscussion:
            return (
                "One HTML file, no script and no external asset: the diagram (inline SVG), the findings with links to the cited lines, the facts as tables, the highlight paths, and the cited source lines in context.",
                "スクリプトも外部ファイルもない一つのHTMLファイルです：図（埋め込みSVG）、引用した行へのリンク付きの指摘、表にした記載事項、流れの経路、前後の行とともに示す引用箇所。"
            )
        case .reportOutput: return ("The HTML file to write (atomically).", "書き出すHTMLファイル（途中の状態を残しません）。")
        case .reportHighlight: return ("Mark where a term travels (repeatable).", "語の流れを示します（繰り返し可）。")
        case .reportRecover:
            return (
                "Add facts of sections the body lost from the (別添2) change log.", "本文から失われた欄の事項を(別添2)変更箇所から補います。"
            )
        case .scanAbstract:
            return (
                "Read many assessments at once (files and directories) into tables and an overview.",
                "多数の評価書（ファイルとディレクトリ）をまとめて読み、表と一覧ページにします。"
            )
        case .scanDiscussion:
            return (
                """
                Directories are read recursively (.txt, .text and .pdf files, hidden ones skipped), in byte order \
                of their paths; results come in input order whatever --jobs is. Without -o, one JSON line per \
                document goes to stdout. With -o DIR: documents.csv, documents.jsonl, rules.csv, bodies.csv and \
                index.html (the overview). A document that cannot be read is listed with its error and the scan \
                goes on. Exit status: 0, 1 when a finding is at least --fail-on, 2 when a document could not be \
                read or on a usage error.
                """,
                """
                ディレクトリは再帰的に読みます（.txt、.text、.pdf。隠しファイルは除く）。順序はパスのバイト順で、\
                結果は --jobs に関わらず入力の順に並びます。-o なしでは評価書ごとに1行のJSONを標準出力に書きます。\
                -o DIR では documents.csv、documents.jsonl、rules.csv、bodies.csv、index.html（一覧ページ）を書きます。\
                読めない評価書はエラーとともに一覧し、走査は続けます。終了ステータス：0、--fail-on 以上の指摘があれば1、\
                読めない評価書や使い方の誤りがあれば2。
                """
            )
        case .scanPaths: return ("Files and directories of assessments (PDF or text).", "評価書のファイルとディレクトリ（PDFかテキスト）。")
        case .scanOutput:
            return ("Write the tables and the overview into this directory (made if missing).", "表と一覧ページをこのディレクトリに書き出します（なければ作ります）。")
        case .scanJobs: return ("Documents read at once (default: the machine's cores).", "同時に読む評価書の数（既定：CPUのコア数）。")
        case .scanBom:
            return (
                "Begin the CSV files with a UTF-8 byte order mark, which Excel needs to read UTF-8.",
                "CSVファイルの先頭にUTF-8のBOMを付けます（ExcelがUTF-8を読むのに必要です）。"
            )
        case .scanReports:
            return (
                "Also write each document's HTML report (with its diagram) into DIR/reports, linked from the overview.",
                "評価書ごとのHTMLレポート（図付き）も DIR/reports に書き出し、一覧ページからリンクします。"
            )
        case .scanMergeBy:
            return ("Also write one merged map and report per body into DIR/bodies.", "機関ごとの統合マップとレポートも DIR/bodies に書き出します。")
        case .pathsAbstract:
            return ("List every simple path between two nodes, or what a node can reach.", "二つのノードの間のすべての経路、または一つのノードから到達できるものを一覧します。")
        case .pathsDiscussion:
            return (
                "Declared links go both ways; flows (入手, 提供, 移転, 委託, 再委託) one way. Nodes are named by their label or id.",
                "記載された接続は双方向、流れ（入手、提供、移転、委託、再委託）は一方向です。ノードは名称かIDで指定します。"
            )
        case .pathsFile, .historyFile: return ("The assessment: a PDF or a text file.", "評価書：PDFかテキストファイル。")
        case .pathsFrom: return ("Start node.", "始点のノード。")
        case .pathsTo: return ("End node (with --from).", "終点のノード（--from と一緒に）。")
        case .pathsReach: return ("List every node this one can reach.", "このノードから到達できるすべてのノードを一覧します。")
        case .pathsLimit: return ("At most this many paths.", "示す経路の上限。")
        case .historyAbstract:
            return ("The (別添2) change log as a timeline of architecture changes.", "(別添2)変更箇所を、システム構成の変更の年表として示します。")
        case .historyDiscussion:
            return (
                "Systems added or removed, links changed, 委託 added, removed or replaced, 提供先/移転先 added, removed or renumbered, 入手 changed; each with its date, 提出時期 and line.",
                "システムの追加・削除、接続の変更、委託の追加・削除・委託先変更、提供先・移転先の追加・削除・番号変更、入手の変更を、日付、提出時期、行番号とともに示します。"
            )
        case .diffAbstract:
            return (
                "What changed between two versions of an assessment, as text or as a diagram.", "評価書の二つの版の間の変更を、文字または図で示します。"
            )
        case .diffDiscussion:
            return (
                "Nodes, edges, links, flows, methods and contractors that were added, removed or changed, each with its lines in the old and the new text. Diagrams mark added parts green, removed parts red and dashed.",
                "追加・削除・変更されたノード、辺、接続、流れ、方法、委託先を、旧版と新版の行番号とともに示します。図では追加を緑、削除を赤の破線で示します。"
            )
        case .diffOld: return ("The older version.", "旧版。")
        case .diffNew: return ("The newer version.", "新版。")
        case .diffOutput: return ("Output file for a diagram (written atomically).", "図の出力ファイル（途中の状態を残しません）。")
        case .diffFormat: return ("text (default without -o), svg, png, pdf or dot.", "text（-o なしの既定）、svg、png、pdf、dot。")
        case .serveAbstract:
            return (
                "The review desk in a browser: upload assessments, read their review, merged map, changes or batch overview.",
                "ブラウザで使う点検デスク：評価書をアップロードし、点検結果、統合マップ、変更点、一括の一覧を見ます。"
            )
        case .serveDiscussion:
            return (
                """
                An HTTP server for the people of a section who do not use a terminal. Stateless: an upload is read in a \
                private temporary directory and removed once its page is sent, nothing is logged but method, path, \
                status, size and time. A host other than loopback needs --token FILE (or --insecure-no-auth). \
                SIGTERM stops it after the requests in flight (at most 30 s). docs/serve.md: deployment behind a \
                reverse proxy, a systemd unit.
                """,
                """
                端末を使わない課の職員のためのHTTPサーバーです。状態を持ちません：アップロードは専用の一時ディレクトリで読み、\
                ページを返した時点で削除します。記録するのはメソッド、パス、ステータス、サイズ、時間だけです。\
                ループバック以外のホストには --token FILE（または --insecure-no-auth）が必要です。SIGTERM を受けると、\
                処理中のリクエストを終えてから（最長30秒）止まります。リバースプロキシの後ろでの運用と systemd の例は docs/serve.md にあります。
                """
            )
        case .serveHost:
            return ("The address to listen on (default: 127.0.0.1, this machine only).", "待ち受けるアドレス（既定：127.0.0.1、このマシンからのみ）。")
        case .servePort: return ("The port (0: any free one, said at start).", "ポート（0なら空いているもの。起動時に表示します）。")
        case .serveJobs: return ("Reviews at once (default: the machine's cores).", "同時に処理する点検の数（既定：CPUのコア数）。")
        case .serveQueue:
            return ("Requests that may wait for a job; more are refused with 429.", "処理待ちにできるリクエストの数。超えたものは429で断ります。")
        case .serveMaxFile: return ("The largest file accepted, in MB.", "受け付けるファイルの最大サイズ（MB）。")
        case .serveMaxFiles: return ("The most files in one upload.", "一度にアップロードできるファイルの最大数。")
        case .serveMaxRequest: return ("The largest upload (all its files), in MB.", "一回のアップロード（全ファイルの合計）の最大サイズ（MB）。")
        case .serveRequestTimeout:
            return ("Give up reading an upload's documents after this many seconds (408).", "アップロードの評価書の読み取りをこの秒数で打ち切ります（408）。")
        case .serveKeep:
            return (
                "Keep each result page in this directory under numbered names (never a name from an upload).",
                "結果のページをこのディレクトリに番号の名前で保存します（アップロードの名前は使いません）。"
            )
        case .serveToken:
            return (
                "A file holding the access token (16 characters or more): a browser signs in with it, a client sends it as a Bearer token.",
                "アクセストークン（16文字以上）を書いたファイル。ブラウザはこれでログインし、クライアントはBearerトークンとして送ります。"
            )
        case .serveInsecure:
            return (
                "Listen on a non-loopback host without authentication (said loudly at start).",
                "ループバック以外のホストで認証なしに待ち受けます（起動時に警告します）。"
            )
        }
    }
}

extension HelpText {
    /// `--disable`'s help, naming the rules.
    public static func disable(rules: [String], _ l: Language) -> String {
        HelpText.disable.text(l).replacingOccurrences(of: "{rules}", with: rules.joined(separator: l == .ja ? "、" : ", "))
    }
}
