import Foundation
import PiagraphMessages
import PiagraphPDF
import PiagraphText
import Testing

/// The message catalogue (PiagraphMessages), issue 21: every key has both languages, the
/// Japanese says what the English says (the same arguments) in Japanese, and no key is left
/// without a sample here.
@Suite struct CatalogueTests {
    // Arguments are marked «…» so that a test can see each one in both sentences.
    static let a = "«A»"
    static let b = "«B»"
    static let note = EvidenceNote.form("«note»")
    static let row = ChangeRow(date: "«date»", line: 71)

    /// One value of every case of every catalogue type.
    static let samples: [any Localized] = {
        var all: [any Localized] = []
        all += [FormPlace.item(a), .connections(of: a), .connections(of: nil)] as [FormPlace]
        all +=
            [
                ForeignReason.selectBoxList, .markedOption(a), .legalBasis, .date, .sentenceGoesOn, .strayBracket, .formWords(a),
                .afterForeignName(a), .otherField(a), .phraseBegunBefore, .articleWithoutLaw,
            ]
            as [ForeignReason]
        let g = FormPlace.item(b)
        all +=
            [
                DiagnosticText.pagesWithoutText(pages: [3, 4]), .textGarbled(fragmented: 12, total: 40), .textFlattened(pages: 5),
                .textTruncated(last: a, missing: [b]),
                .verticalDebris(label: a, words: b), .valuesRunTogether(first: a, next: "«C»", words: b), .gridRunsOn(grid: a, next: b),
                .textHoldsEmptyRows(block: a, empty: [b, "«C»"]),
                .blocksInterleaved(next: a), .blockValuesAstray(next: a), .labelRepeated(label: a),
                .numberBeforeLabel(label: a, number: b, labelLine: 7), .nameUnderTitle(label: a, name: b, labelLine: 7),
                .valueForeign(what: a, value: b, reason: .date), .basisBeganAbove(block: a, value: b), .loneMark(group: g, mark: a),
                .sameMarkEverywhere(group: g, mark: a, count: 7),
                .bareArtifact(group: g, options: [a]), .loneCircle(group: g, options: [a]), .checkboxInferred(group: g, options: [a]),
                .nameVariant(group: g, printed: a, option: "«C»"), .optionUnrecognised(group: g, texts: [a]),
                .optionConflictMarks(group: g, options: [a]), .optionConflictDetail(group: g, options: [a]),
                .optionAfterOtherGroup(group: g, options: [a]),
                .detailUnclosed(group: g, option: a, text: b), .detailMixed(group: g, option: a, text: b),
                .nameBesideBlockLabel(name: a, labelLine: 12),
                .optionMissing(group: g, options: [a]),
                .noChoice(item: a), .noChoiceFrom(item: a, value: b), .recordedItemsUnmarked,
                .fieldConflict(field: a, first: b, firstLine: 5, second: "«C»"), .fieldMissing(field: a), .fieldEmpty(field: a),
                .publishedNotFound(dates: [a], lines: [5]), .connectionsMissing(system: 3, name: a), .templateEmpty(system: 3),
                .entrustmentUnnamed(number: 2), .outflowUnnamed(block: a), .outflowNameUnreadable(block: a),
                .methodsMissing(block: a, row: b), .blockNumberLost(block: a),
                .nameWithoutSystemHeading,
                .connectionsAlone,
                .connectionsUnnamed,
                .systemListUnreadable(value: a), .linksNotInBasicForm, .noSystemBasic, .noSystemFull, .sectionInferred(label: a),
                .sectionNotFound(title: a), .headingNotFound(title: a), .timingUnreadable(cell: a), .changeLogNoRows,
                .changeLogCellsMerged(rows: 4), .changeLogRowsMerged(count: 2, lines: [8, 9]),
                .changeLogUndated(count: 6, lines: [1, 2, 3, 4, 5, 6]),
                .changeLogHeaderMissing, .history(.nothingToRecover), .withoutMarks(.fieldMissing(field: a)),
            ] as [DiagnosticText]
        all +=
            [
                HistoryNote.recoveredSources(count: 2, lines: [8]), .recoveredEntrustments(entries: [RecoveredEntry(a, line: 8)]),
                .recoveredOutflows(provisions: 1, transfers: 2, entries: [RecoveredEntry(a, line: 8)]), .nothingToRecover,
                .dateUnreadable(line: 8, date: a), .nothingAfter(date: a), .addedNotInText(subject: a, summary: b, row: row),
                .leftOut(subject: a, summary: nil, row: row), .putBack(subject: a, summary: b, row: row),
                .removedWithoutDescription(subject: a, summary: b, row: row), .sourcesNotReplayed(subject: a, row: row),
                .linksNotRestored(subject: a, row: row), .linksRestored(subject: a, row: row),
                .replacedNotInText(subject: a, summary: b, row: row),
                .contractorBack(subject: a, contractor: b, row: row),
            ] as [HistoryNote]
        all +=
            [
                EvidenceNote.form(a), .connection(system: a, category: b, unreadable: true), .rowWithoutSystem, .holderUnknown,
                .document(a, .form(b)),
            ] as [EvidenceNote]
        all +=
            [
                FindingText.outflowDespiteNone(block: a), .exchangeDespiteNone, .entrustedDespiteNoneII4(count: 2),
                .entrustedDespiteNoneIII4(count: 2),
                .numberNotSelected, .neitherNumberNorCode(file: a), .fileNamedDifferently(names: [a, b], lines: [3, 4]),
                .countDiffers(what: a, stated: 3, listed: 2), .countUnstated(what: a, listed: 2), .directToNetwork(system: a),
                .directToResidentNetwork(system: a), .lateNotice(date: a, subject: b, after: "«C»"), .missingBasis(block: a),
                .oneSidedLink(declarer: a, target: b), .noContractor(entrustment: a), .subcontractUnbounded(entrustment: a, missing: [b]),
                .undeclaredLink(what: a, category: b), .methodSystemUnlinked(name: a),
                .unknownSystem(name: a, places: [Place(note, line: 9)]),
                .entrustedUnknownSystem(number: 2, name: a), .unreachable(what: a, category: b, holder: "«C»"),
                .notChecked(.fieldMissing(field: a), code: "field-missing"), .weakChannel(block: a, methods: [b]),
                .contractorSeveralAffairs(contractor: a, affairs: [b]),
                .sharedLinksDiffer(system: a, gaps: [LinkGap(document: b, line: 4, missing: ["«C»"])]),
                .nameVariants(names: [a, b]),
            ] as [FindingText]
        all +=
            [
                ReportWords.severity("warning"), .form("全項目評価書"), .pageNote(page: 3), .alsoLines([LineRef(file: a, line: 3, page: 2)]),
                .expired(by: a, until: b),
                .checkedSummary(documents: 2, merged: true, counts: [1, 2, 3], accepted: 4), .alsoRestsOn(line: 5), .textLayerLines,
                .ruleHelp(.contradiction),
                .ruleEntry(id: "contradiction", severity: "error", name: a, rationale: b, example: "«C»", needs: "«D»", forms: ["全項目評価書"]),
                .at(page: 3, line: 57), .systemsHeading(count: 5), .nameLost, .links, .noLinksInForm, .flowsHeading, .subcontractUnknown,
                .via,
                .basis, .itemCounts(appendix: 3, history: 4), .diagnosticsHeading(count: 2), .recordedItems,
            ] as [ReportWords]
        all +=
            [
                TrailReason.contractorsHandleFile, .subcontractorsUnnamed, .transfereesReceive, .overNetworkKeyedByCode,
                .provisionDoesNotNameItem,
                .exchangeKeyedByCode, .intermediateServerSide, .bothHandleFile(certain: false), .declaredLinkUnsaid,
            ] as [TrailReason]
        let node = NodeRef(a, lines: [3])
        all +=
            [
                TrailLine.notRecorded(name: a, recordedLine: 3, mark: false, listedLine: nil),
                .recorded(name: a, certain: false, recordedLine: 3, mark: nil, listedLine: 9), .heldBy([node]), .keyedByCode([node]),
                .step(
                    from: node, fromID: "s1", directed: true, to: NodeRef(b, lines: [4]), toID: "s2", kind: "委託", why: .transfereesReceive,
                    evidence: [Place(note, line: 4)]),
                .suppliesFile(from: node, fromID: "s1", evidence: [Place(note, line: 4)]),
                .match(node: node, places: [Place(note, line: 4)]),
                .path(from: a, steps: [.init(label: b, kind: "委託", line: 4)]), .morePaths(limit: 50),
            ] as [TrailLine]
        all += [GraphvizProblem.noContext, .unreadable, .layout(engine: "dot"), .render(format: "svg"), .reported] as [GraphvizProblem]
        all += [HighlightProblem.unknownTerm(a, suggestions: [b])] as [HighlightProblem]
        all +=
            [
                ChangeLine.node(added: true, kind: "委託先", label: a, lines: "3,4"),
                .edge(added: false, kind: "委託", from: a, directed: true, to: b, label: "«C»", lines: "5"),
                .renamed(old: a, new: b, oldLine: 3, newLine: 4),
                .linkMark(system: a, category: b, before: "[ ]", after: "[x]", oldLine: 3, newLine: 4),
                .contractor(entrustment: a, before: b, after: "«C»", oldLine: 3, newLine: 4),
                .subcontract(entrustment: a, before: b, after: "«C»", oldLine: 3, newLine: 4),
                .methods(block: a, before: [b], after: ["«C»"], oldLine: 3, newLine: 4), .noChange,
            ] as [ChangeLine]
        all +=
            [
                HistoryLine.kind("system added"), .change(date: a, timing: "事前", kind: "委託 added", subject: b, summary: "«C»", line: 7),
                .total(changes: 5, other: 18),
            ] as [HistoryLine]
        all +=
            [
                DiagramText.legendTitle, .nodeKind("contractor", japanese: "委託先"), .edgeKind("entrustment", japanese: "委託"), .bus,
                .recovered,
                .unknownMark, .highlightTitle(a), .carries, .mayCarry, .keyedByCode, .suppliesFile, .added, .removed,
                .findingSeverity("warning"),
                .findingsTitle(3), .findingEntry(line: 5, rule: "contradiction", message: a), .moreFindings(4), .evidence(line: 5, note: a),
                .busTooltip, .busLinkTooltip, .busLinesTooltip("3, 4"), .tooLarge(nodes: 6000, edges: 7, maxNodes: 5000, maxEdges: 20000),
                .sfdp(nodes: 200, edges: 7, nodeLimit: 150, edgeLimit: 400), .iterationsCapped(nodes: 70),
                .denseMode(nodes: 20, edges: 190),
                .dotOnly(nodes: 6000, edges: 7, maxNodes: 5000, maxEdges: 20000), .matrixTitle(a),
            ] as [DiagramText]
        all +=
            [
                PageText.reportMeta(documents: 2), .mergedMap, .findingsHeading(3), .noFinding, .show, .severityColumn, .ruleColumn,
                .messageColumn,
                .linesColumn, .matrixHeading, .lineOf("57"), .highlightHeading(a), .systemsHeading, .nameColumn, .lineColumn, .nameLost,
                .recoveredFrom(date: a, line: "57"), .subcontractUnknown, .flowsHeading, .noFlows, .kindColumn, .partyColumn, .methodColumn,
                .recordedItems(line: "57"), .diagnosticsHeading(2),
                .diagnosticEntry(severity: "note", code: "marks-lost", line: "57", message: a),
                .sourcesHeading, .pdfLines(command: a), .gutter(page: 3, line: 57), .scanMeta(documents: 9, read: 8, failed: 1, bodies: 2),
                .rulesHeading, .documentsColumn, .bodiesColumn, .findingsColumn, .bodiesHeading, .mergedReport,
                .bodyMeta(documents: 3, errors: 1, warnings: 2, notes: 3), .fileColumn, .affairColumn, .formColumn, .unreadableMarksColumn,
                .unreadHeading, .errorColumn,
            ] as [PageText]
        all +=
            [
                ErrorText.input(.notFound(path: a)), .pdf(.noPages(path: a)), .about(a, .giveFile),
                .highlight(path: a, .unknownTerm(b, suggestions: [])),
                .layout(.iterationsCapped(nodes: 70)), .tool(a), .graphviz(.layout(engine: "dot"), said: a), .noSuchPath(a), .cannotList(a),
                .notice(.via), .notAPDF(path: a), .directoryMissing(path: a, directory: b),
                .cannotWrite(path: a, reason: b), .baselineUnreadable(path: a), .notABaseline(path: a, why: .notJSON),
                .differentBodies([a, b]),
                .giveFiles, .giveFile, .giveFileOrDirectory, .pdfTimeoutMinimum, .formatUnknown(output: a, formats: "svg|png"),
                .textHasNoOutput,
                .terminalRefused(format: "png"), .svgToTerminal, .writeBaselineNeedsReason, .writeBaselineNeedsBy, .onlyWithWriteBaseline,
                .untilNotADate(a), .dateUnreadable(a), .unknownRule(a, rules: ["contradiction"]), .textLayerAlone, .rowsOrRecover,
                .severalNeedMerge, .oneDocumentOnly, .matrixWithoutOverlays, .matrixFormats, .highlightOneDocument, .giveFromTo,
                .reachAlone,
                .limitMinimum, .noNode(path: a, term: b, closest: ["«C»"]), .forceWithMerge, .mergeMaximum(200, given: 201), .mergeNeedsTwo,
                .jobsMinimum, .scanWritesFiles, .nothingFound([a]), .notADirectory(a), .cannotMakeDirectory(a, reason: b),
                .cannotWriteTemporary(reason: a), .cannotReadTemporary(reason: a), .cannotWriteScan(reason: a),
                .unknownCommand(a, near: "check", commands: ["render", "check"]), .portRange, .boundsPositive, .serve(.busy),
            ] as [ErrorText]
        all +=
            [
                BaselineProblem.notJSON, .schema(a), .noList, .noFingerprint(entry: 2), .noReason(entry: 2), .noBy(entry: 2),
                .untilNotADate(entry: 2, until: a),
            ] as [BaselineProblem]
        all +=
            [
                NoticeText.note(a), .notDrawnOnTerminal, .asOf(date: a, notes: 2), .baselineWritten(path: a, accepted: 3, dropped: 1),
                .tooManyForMap(body: a, documents: 201, maximum: 200), .reportNotWritten(path: a, reason: b),
                .progress(done: 3, total: 9, megabytesPerSecond: "1.5", left: "0:07"), .severalNodes(path: a, term: b, nodes: ["«C»"]),
                .reaches(node: a, count: 3), .via, .paths(count: 2, from: a, to: b, limit: 10), .step(kind: "委託", lines: "3,4"),
            ] as [NoticeText]
        all +=
            [
                ServeText.title, .uploadHeading, .uploadHint(maxFileMB: 64, maxFiles: 200), .chooseFiles, .dropHere, .actionReview,
                .actionDiff,
                .actionBatch, .submit, .sending, .nothingKept, .downloadsHeading, .highlightDownload, .csvDownload(a),
                .diffHeading(old: a, new: b), .backToUpload, .loginHeading, .tokenLabel, .loginButton, .wrongToken,
                .tooLarge(maxFileMB: 64, maxRequestMB: 256), .tooManyFiles(max: 200), .busy, .timedOut(seconds: 300), .badUpload, .noFile,
                .diffNeedsTwo, .unauthorized, .notFound, .couldNotRead(a), .internalError, .listening(a), .insecure(a), .keeping(a),
                .needsToken(a), .tokenFileUnreadable(a), .tokenTooShort(a),
            ] as [ServeText]
        all += HelpText.allCases as [HelpText]
        return all
    }()

    /// The case's name, for the coverage check.
    static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }

    /// Every `case` each catalogue enum declares, read from its source: a new key without a
    /// sample here fails `everyKeyHasASample`.
    static func declaredCases() throws -> [String: Set<String>] {
        var declared: [String: Set<String>] = [:]
        let directory = Repo.root.appendingPathComponent("Sources/PiagraphMessages")
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".swift") {
            var current: String?
            for line in try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                if let m = line.firstMatch(of: /^public (?:indirect )?enum (\w+)/) {
                    current = String(m.1)
                    continue
                }
                guard let current, let m = line.firstMatch(of: /^    (?:indirect )?case (.*)$/) else { continue }
                // `case a, b`, `case a(x: Int, y: [String])`, `case a = "a"`: the names before any ( or =.
                var depth = 0
                var names: [String] = []
                var name = ""
                var taking = true
                for c in m.1 {
                    if c == "(" { depth += 1 }
                    if c == ")" { depth -= 1 }
                    if depth == 0 && c == "," {
                        names.append(name)
                        name = ""
                        taking = true
                        continue
                    }
                    if depth > 0 || c == "(" || c == "=" { taking = false }
                    if taking && (c.isLetter || c.isNumber) { name.append(c) }
                }
                names.append(name)
                declared[current, default: []].formUnion(names.filter { !$0.isEmpty })
            }
        }
        declared["Language"] = nil
        return declared
    }

    @Test func everyKeyHasASample() throws {
        let declared = try Self.declaredCases()
        var sampled: [String: Set<String>] = [:]
        for s in Self.samples { sampled[String(describing: type(of: s)), default: []].insert(Self.caseName(s)) }
        sampled["RuleKey"] = Set(RuleKey.allCases.map(Self.caseName))
        #expect(declared.count >= 19, "the catalogue's types were found: \(declared.keys.sorted())")
        for (type, cases) in declared {
            let missing = cases.subtracting(sampled[type] ?? [])
            #expect(missing.isEmpty, "\(type): no sample of \(missing.sorted())")
        }
    }

    @Test func everyKeyHasBothLanguages() {
        var texts: [(String, String, String)] = Self.samples.map { ("\(type(of: $0)).\(Self.caseName($0))", $0.text(.en), $0.text(.ja)) }
        for key in RuleKey.allCases {
            let en = key.text(.en)
            let ja = key.text(.ja)
            texts += [
                ("rule \(key.rawValue) name", en.name, ja.name), ("rule \(key.rawValue) rationale", en.rationale, ja.rationale),
                ("rule \(key.rawValue) example", en.example, ja.example), ("rule \(key.rawValue) needs", en.needs, ja.needs),
            ]
        }
        for (key, en, ja) in texts {
            #expect(!en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): English is empty")
            #expect(!ja.trimmingCharacters(in: .whitespaces).isEmpty, "\(key): Japanese is empty")
            let english = Self.englishWords(in: ja)
            #expect(english.isEmpty, "\(key): English words in the Japanese: \(english) — \(ja)")
        }
    }

    /// Every argument a sentence is given appears in both languages: a translation that drops
    /// one (a system's name, a line) says less than the English.
    @Test func bothLanguagesCarryTheArguments() {
        for sample in Self.samples {
            let en = sample.text(.en)
            let ja = sample.text(.ja)
            for marker in ["«A»", "«B»", "«C»", "«D»", "«note»", "«date»"] where en.contains(marker) {
                #expect(ja.contains(marker), "\(type(of: sample)).\(Self.caseName(sample)): \(marker) is missing in \(ja)")
            }
        }
    }

    @Test func errorsOfTheLowerLayersSayWhatTheCatalogueSays() {
        let inputs: [InputError] = [
            .notFound(path: "a"), .isDirectory(path: "a"), .unreadable(path: "a", reason: "r"), .empty(path: "a"),
            .binary(path: "a", offset: 3),
            .invalidEncoding(path: "a", offset: 3), .tooLarge(path: "a", bytes: 9, limit: 8),
            .lineTooLong(path: "a", line: 2, bytes: 9, limit: 8),
            .notAnAssessment(path: "a"),
        ]
        for e in inputs {
            #expect(ErrorText.input(e).english == e.description)
            #expect(ErrorText.input(e).text(.ja).hasPrefix("a"), "the path first")
        }
        let pdfs: [PDFError] = [
            .toolMissing(path: "a"), .encrypted(path: "a"), .wrongPassword(path: "a"), .noPages(path: "a"),
            .noTextLayer(path: "a", pages: 2),
            .damaged(path: "a", reason: "r"), .timedOut(path: "a", seconds: 5), .crashed(path: "a", signal: 9, memoryMiB: 512),
            .tooMuchOutput(path: "a", limit: 9),
        ]
        for e in pdfs { #expect(ErrorText.pdf(e).english == e.description) }
    }

    @Test func theLocaleChoosesTheLanguage() {
        #expect(Language.fromLocale(["LANG": "ja_JP.UTF-8"]) == .ja)
        #expect(Language.fromLocale(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromLocale([:]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"]) == .en, "LC_ALL first")
        #expect(Language.fromLocale(["LC_ALL": "", "LC_MESSAGES": "ja_JP.eucJP", "LANG": "C"]) == .ja, "an empty variable does not count")
        #expect(Language.fromArguments(["check", "--lang", "ja", "a.txt"]) == .ja)
        #expect(Language.fromArguments(["check", "--lang=en"]) == .en)
        #expect(Language.fromArguments(["check", "--", "--lang", "ja"]) == nil, "after -- it is a file name")
        #expect(Language.fromArguments(["check", "--lang", "fr"]) == nil)
    }

    /// A sentence written as a string literal outside the catalogue is one a Japanese reader
    /// sees in English. Known exceptions, each with its reason: the English `description`s of
    /// the lowest layers' errors (`InputError`, `PDFError`, below the catalogue; equal to the
    /// catalogue's English by `errorsOfTheLowerLayersSayWhatTheCatalogueSays`) and the reasons
    /// pdftotext's failures quote; the graph's `holderRule` and merge rules (graph JSON data,
    /// like its keys); the benchmark's and fuzz driver's own output (for developers).
    @Test func noSentenceOutsideTheCatalogue() throws {
        let exempt: Set<String> = ["InputError.swift", "Poppler.swift", "GraphBuilder.swift", "GraphMerger.swift"]
        let sources = Repo.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        var found: [String] = []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let name = (file as NSString).lastPathComponent
            guard !file.hasPrefix("PiagraphMessages/"), !file.hasPrefix("piagraph-bench/"), !file.hasPrefix("piagraph-fuzz/"),
                !exempt.contains(name)
            else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                for literal in line.matches(of: #/"((?:[^"\\]|\\.)*)"/#) where literal.1.contains(#/[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}/#) {
                    found.append("\(file):\(k + 1): \(literal.1)")
                }
            }
        }
        #expect(found.isEmpty, "English sentences outside the catalogue:\n\(found.joined(separator: "\n"))")
    }

    /// ASCII words left in Japanese text, beside what a Japanese sentence names as it is: the
    /// option and value words a user types (`--format json`), codes and rule ids, placeholders
    /// and markup (`<files>`), paths, the form's section numbers (I, II, III, IV, V), and a short
    /// list of proper nouns and file formats that Japanese documents write in Latin letters.
    static func englishWords(in text: String, also extra: Set<String> = []) -> [String] {
        var t = text
        for pattern in [
            #/«[^»]*»/#, #/\{[a-z]+\}/#, #/\[[a-z-]+\]/#, #/`[^`]*`/#, #/'[^'\n]*'/#, #/<[^>]*>/#, #/\S*[/.]\S*/#, #/Shift_JIS/#,
            #/--?[A-Za-z][A-Za-z-]*/#, #/[A-Z][A-Z0-9_]+(?:-[0-9]+)?/#, #/[a-z]+(?:-[a-z]+)+/#,
        ] {
            t = t.replacing(pattern, with: " ")
        }
        let allowed = Self.allowedWords.union(extra)
        return t.matches(of: /[A-Za-z][A-Za-z_]+/).map { String($0.output) }.filter { !allowed.contains($0) }
    }

    /// Latin words a Japanese text keeps: product, format and tool names (written so in Japanese
    /// too), the values options take, rule ids' and codes' parts (they are identifiers).
    static let allowedWords: Set<String> = {
        var words: Set<String> = [
            "piagraph", "Graphviz", "poppler", "pdftotext", "ocrmypdf", "jpn", "sfdp", "dot", "Excel", "Debian", "Ubuntu", "MiB", "Japan",
            "Shift_JIS", "apt", "get", "install", "utils", "ja", "en", "text", "json", "sarif", "svg", "png", "pdf", "graph", "matrix",
            "body", "error", "warning", "note", "check", "render", "extract", "report", "scan", "paths", "history", "diff", "help", "serve",
            "systemd", "Bearer",
            "input", "type", "checkbox", "checked", "schema", "accepted", "fingerprint", "reason", "by", "until", "ID", "MB", "txt",
        ]
        for rule in RuleKey.allCases { words.formUnion(rule.rawValue.split(separator: "-").map(String.init)) }
        return words
    }()
}
