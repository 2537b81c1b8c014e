#!/usr/bin/env python3
"""A randomized printer of the assessment form: prints one document's facts as one of endlessly
many printings of the form, to test that piagraph reads printings no fixture has shown it.

The form's content is built once from the facts (`form()`: headings, label/value rows, option
grids, select boxes, the change log); a printing draws its layout at random from a seed
(`draw()`): producer (Chromium from HTML, or LibreOffice Calc from an .xlsx workbook made with
openpyxl, as bodies publish the form), paper (A4, A3), label column 8–45 mm, font 7–12 pt,
margins, mark glyphs ([○]/[ ], [ ○ ]/[　], ■/□, ●/○, ☑/☐, [✓], [レ]), option grids of 1–3
columns, a select box's value before or after its <選択肢> list, forced page breaks inside
blocks, running headers and footers with page numbers as 「- 3 -」「3 / 12」「(3)」「3」, borders or
none, labels at the top or the middle of their cells, full-width numbers in headings, the
title's bracket forms.

Input: facts in the extract schema (`piagraph extract` of an example, whose equality with the
hand-made key the tests hold, or a hand-written document of Tests/PiagraphTests/Fixtures/printer).
A mark the document itself lost (checked null) is printed unchecked; the scorer leaves it out.
Rows the facts do not hold (②事務の内容, ②システムの機能, …) get a fixed placeholder sentence, so
that prose cells and page breaks exist as in the real form.

Usage: formgen.py FACTS.json SEED OUT.pdf [--producer chromium|calc]   (prints the parameters)
"""
import html
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile

CONNECTIONS = ["情報提供ネットワークシステム", "庁内連携システム", "住民基本台帳ネットワークシステム",
               "既存住民基本台帳システム", "宛名システム等", "税務システム", "その他"]
PROSE = ("本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、"
         "原本の記載による。")
DECLARATION = ("は、{affair}における特定個人情報ファイルの取扱いに当たり、特定個人情報ファイルの取扱いが個人のプライバシー等の"
               "権利利益に影響を及ぼしかねないことを認識し、特定個人情報の漏えいその他の事態を発生させるリスクを軽減させるために"
               "適切な措置を講じ、もって個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。")
STAMPS = {"基礎項目評価書": "様式2", "重点項目評価書": "様式3", "全項目評価書": "様式4"}

# Mark glyphs: (selected, not selected). "circles" is a radio-style pair: a lone ○ cannot be read.
MARKS = {
    "brackets": ("[○]", "[ ]"),
    "spaced": ("[ ○ ]", "[　]"),
    "boxes": ("■", "□"),
    "circles": ("●", "○"),
    "ballot": ("☑", "☐"),
    "check": ("[✓]", "[ ]"),
    "re": ("[レ]", "[ ]"),
}
PAGE_NUMBERS = {"dash": "- {p} -", "slash": "{p} / {n}", "paren": "({p})", "bare": "{p}"}
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def draw(seed, producer=None):
    """The layout parameters of one printing: everything random comes from the seed."""
    r = random.Random(seed)
    p = {
        "seed": seed,
        "producer": producer or r.choice(["chromium", "calc"]),
        "paper": r.choice(["A4", "A4", "A3"]),
        "label_mm": round(r.uniform(8, 45), 1),
        "font_pt": round(r.uniform(7, 12) * 2) / 2,
        "margin_mm": r.randint(8, 25),
        "marks": r.choice(sorted(MARKS)),
        "grid_columns": r.randint(1, 3),
        "choice_after": r.random() < 0.3,
        "borders": r.random() < 0.8,
        "valign": r.choice(["top", "middle"]),
        "header": r.choice([None, "title", "body"]),
        "page_number": r.choice([None, "dash", "slash", "paren", "bare"]),
        "page_number_at": r.choice(["bottom", "top"]),
        "break_rate": r.choice([0.0, 0.03, 0.08]),
        "full_width_numbers": r.random() < 0.4,
        "title_brackets": r.choice(["()", "（）", " ( ) ", "（ ）"]),
        "break_seed": r.randint(0, 2**31),
        # The change log's 変更日 column, as the form's workbook sets it (a date wraps below ~25 mm).
        "log_date_mm": round(r.uniform(9, 32), 1),
    }
    return p


# ---------------------------------------------------------------------------------------------
# The form's content, once for every printing.

def grid(options):
    return ("grid", [(name, checked, detail) for name, checked, detail in options])


def form(facts, p):
    """The form as blocks: ("title", text), ("cover", number, title), ("para", text),
    ("rows", [row]), ("part", text), ("section", text), ("log", rows). A row is
    (label, value) or ("band", text) (a full-width cell such as システム3); a value is text,
    ("grid", options), ("inline", options), ("choice", chosen, choices, tail) or ("list", names)."""
    a = facts["assessment"]
    kind = a.get("kind") or "重点項目評価書"
    org = a.get("organization") or ""
    body = org[:-1] if org.endswith("長") else org
    number = lambda n: str(n).translate(FULL_WIDTH) if p["full_width_numbers"] else str(n)
    o, c = p["title_brackets"][0:len(p["title_brackets"]) // 2], p["title_brackets"][len(p["title_brackets"]) // 2:]
    out = [("title", f"特定個人情報保護評価書{o}{kind}{c}"),
           ("cover", a.get("number") or "", a.get("title") or ""),
           ("section", "個人のプライバシー等の権利利益の保護の宣言"),
           ("para", body + DECLARATION.format(affair=a.get("affair") or "当該事務")),
           ("rows", [("特記事項", ""), ("評価実施機関名", org), ("公表日", a.get("published") or "")]),
           ("para", f"[令和6年10月 {STAMPS.get(kind, '様式3')}]"),
           ("part", "項目一覧"),
           ("para", "Ⅰ 基本情報 Ⅱ 特定個人情報ファイルの概要 (別添1) 特定個人情報ファイル記録項目 Ⅲ リスク対策 (別添2) 変更箇所")]
    files = a.get("files") or []
    systems = facts.get("systems") or []
    if kind == "基礎項目評価書":
        out.append(("part", "Ⅰ 関連情報"))
        out.append(("section", f"{number(1)}.特定個人情報ファイルを取り扱う事務"))
        out.append(("rows", [("①事務の名称", a.get("affair") or ""), ("②事務の内容", PROSE),
                             ("③システムの名称", ("list", [s.get("name") or "" for s in systems]))]))
        out.append(("section", f"{number(2)}.特定個人情報ファイル名"))
        out.append(("rows", [("band", "、".join(files))]))
        out.append(("section", f"{number(3)}.個人番号の利用 ※"))
        out.append(("rows", [("法令上の根拠", "番号法第9条第1項 別表第一")]))
        return out
    out.append(("part", "Ⅰ 基本情報"))
    out.append(("section", f"{number(1)}.特定個人情報ファイルを取り扱う事務"))
    out.append(("rows", [("①事務の名称", a.get("affair") or ""), ("②事務の内容 ※", PROSE)]))
    out.append(("section", f"{number(2)}.特定個人情報ファイルを取り扱う事務において使用するシステム"))
    rows = []
    for s in systems:
        no = s.get("no")
        rows.append(("band", f"システム{number(no) if no is not None else ''}"))
        conns = [(c["category"], c["checked"], c.get("detail")) for c in s.get("connections") or []]
        rows += [("①システムの名称", s.get("name") or ""), ("②システムの機能", PROSE), ("③他のシステムとの接続", grid(conns))]
    out.append(("rows", rows))
    out.append(("section", f"{number(3)}.特定個人情報ファイル名"))
    if len(files) > 1:
        out.append(("rows", [("band", " ".join(f"({i + 1}) {f}" for i, f in enumerate(files)))]))
    else:
        out.append(("rows", [("band", files[0] if files else "")]))
    net = ((facts.get("declarations") or {}).get("networkExchange") or {}).get("value")
    if net:
        out.append(("section", f"{number(5)}.情報提供ネットワークシステムによる情報連携 ※"))
        out.append(("rows", [("①実施の有無", ("choice", net, ["実施する", "実施しない", "未定"], ""))]))
    full = kind == "全項目評価書"
    for index, file in enumerate(files if full else files[-1:]):
        # In 全項目, II repeats for each file; a fact names its file (none: the first).
        mine = lambda x: not full or (x.get("file") or files[0]) == file
        out.append(("part", "Ⅱ 特定個人情報ファイルの概要"))
        out.append(("section", f"{number(1)}.特定個人情報ファイル名"))
        out.append(("rows", [("band", f"({index + 1}) {file}" if full else file)]))
        items = [i for i in facts.get("recordedItems") or [] if mine(i)]
        if items:
            out.append(("section", f"{number(2)}.基本情報"))
            out.append(("rows", [("主な記録項目 ※", ("inline", [(i["name"], i["checked"], i.get("detail")) for i in items]))]))
        flows = [f for f in facts.get("flows") or [] if mine(f)]
        acq = [f for f in flows if f["kind"] == "acquisition"]
        meth = [f for f in flows if f["kind"] == "acquisitionMethod"]
        if acq or meth:
            out.append(("section", f"{number(3)}.特定個人情報の入手・使用"))
            rows = []
            if acq:
                rows.append(("①入手元 ※", grid([(f["party"], f["checked"], f.get("detail")) for f in acq])))
            if meth:
                rows.append(("②入手方法", grid([(f["method"], f["checked"], f.get("detail")) for f in meth])))
            out.append(("rows", rows))
        ent = [f for f in flows if f["kind"] == "entrustment"]
        if ent:
            out.append(("section", f"{number(4)}.特定個人情報ファイルの取扱いの委託"))
            rows = [("委託の有無 ※", ("choice", "委託する", ["委託する", "委託しない"], f" ( {len(ent)} ) 件"))]
            for f in ent:
                rows.append((f"委託事項{number(f['no'])}", f.get("item") or ""))
                rows.append(("①委託内容", f.get("content") or PROSE))
                if full:
                    rows.append(("②取扱いを委託する特定個人情報ファイルの範囲",
                                 ("choice", "特定個人情報ファイルの全体", ["特定個人情報ファイルの全体", "特定個人情報ファイルの一部"], "")))
                rows.append(("⑥委託先名" if full else "③委託先名", f.get("contractor") or ""))
                sub = f.get("subcontract")
                if sub is not None:
                    rows.append(("⑦再委託の有無 ※" if full else "④再委託の有無 ※",
                                 ("choice", "再委託する" if sub else "再委託しない", ["再委託する", "再委託しない"], "")))
            out.append(("rows", rows))
        outs = [f for f in flows if f["kind"] in ("provision", "transfer")]
        if outs:
            out.append(("section", f"{number(5)}.特定個人情報の提供・移転(委託に伴うものを除く。)"))
            rows = []
            for f in outs:
                word = "提供" if f["kind"] == "provision" else "移転"
                rows.append((f"{word}先{number(f['no'])}", f.get("recipient") or ""))
                rows.append(("①法令上の根拠", f.get("basis") or ""))
                if f.get("purpose"):
                    rows.append((f"②{word}先における用途", f["purpose"]))
                if f.get("information"):
                    rows.append((f"③{word}する情報", f["information"]))
                options = [(m["method"], m["checked"], m.get("detail")) for m in f.get("methodOptions") or []]
                rows.append((f"⑥{word}方法", grid(options)))
            out.append(("rows", rows))
    history = facts.get("history") or []
    if history:
        out.append(("part", "(別添2) 変更箇所"))
        out.append(("log", [[h.get(k) or "" for k in ("date", "item", "before", "after", "timing", "reason")]
                            for h in history]))
    return out


def mark(p, checked):
    on, off = MARKS[p["marks"]]
    return on if checked is True else off


def option_text(p, name, checked, detail):
    text = f"{mark(p, checked)} {name}"
    if detail:
        text += f" ( {detail} )"
    elif name == "その他":
        text += " (  )"
    return text


def choice_text(p, value):
    _, chosen, choices, tail = value
    listing = "<選択肢> " + " ".join(f"{i + 1}) {c}" for i, c in enumerate(choices))
    return (f"{listing} [{chosen}]" if p["choice_after"] else f"[{chosen}] {listing}") + tail


def flat_text(p, value):
    """A value as the one text of a cell (prose, inline options, a select box, a list)."""
    if isinstance(value, str):
        return value
    if value[0] == "choice":
        return choice_text(p, value)
    if value[0] == "list":
        return "\n".join(f"・{n}" for n in value[1])
    return " ".join(option_text(p, *o) for o in value[1])


# ---------------------------------------------------------------------------------------------
# Chromium: HTML and print-to-PDF.

def e(text):
    return html.escape(text or "", quote=True)


def margin_box(p, header_text):
    boxes = []
    if p["header"]:
        boxes.append(f'@top-center {{ content: "{header_text}"; font-size: 7pt; }}')
    if p["page_number"]:
        fmt = PAGE_NUMBERS[p["page_number"]]
        content = " ".join(
            ("counter(page)" if part == "p" else "counter(pages)" if part == "n" else json.dumps(part))
            for part in split_format(fmt))
        where = "bottom-center" if p["page_number_at"] == "bottom" or p["header"] else "top-right"
        boxes.append(f"@{where} {{ content: {content}; font-size: 8pt; }}")
    return " ".join(boxes)


def split_format(fmt):
    parts, text = [], ""
    i = 0
    while i < len(fmt):
        if fmt[i] == "{":
            if text:
                parts.append(text)
                text = ""
            parts.append(fmt[i + 1])
            i += 3
        else:
            text += fmt[i]
            i += 1
    if text:
        parts.append(text)
    return parts


def html_value(p, value):
    if isinstance(value, str):
        return e(value)
    if value[0] == "grid":
        columns = p["grid_columns"]
        cells = [f"<td>{e(option_text(p, *o))}</td>" for o in value[1]]
        rows = ["<tr>" + "".join(cells[i:i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
        return '<table class="grid">' + "".join(rows) + "</table>"
    return e(flat_text(p, value)).replace("\n", "<br>")


def to_html(blocks, p, header_text):
    border = "1px solid #000" if p["borders"] else "none"
    r = random.Random(p["break_seed"])
    out = [f"""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
@page {{ size: {p['paper']}; margin: {p['margin_mm']}mm; {margin_box(p, e(header_text))} }}
body {{ font-family: "IPAGothic", sans-serif; font-size: {p['font_pt']}pt; }}
h1 {{ font-size: {p['font_pt'] + 4}pt; text-align: center; }}
h2 {{ font-size: {p['font_pt'] + 1.5}pt; margin: 8pt 0 4pt; }}
h3 {{ font-size: {p['font_pt'] + 0.5}pt; margin: 6pt 0 2pt; }}
table.form {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.form th {{ width: {p['label_mm']}mm; border: {border}; font-weight: normal; text-align: left;
                vertical-align: {p['valign']}; padding: 2pt; }}
table.form td {{ border: {border}; vertical-align: top; padding: 2pt; }}
table.grid {{ width: 100%; border: none; }}
table.grid td {{ border: none; padding: 0 2pt; vertical-align: top; }}
table.log {{ width: 100%; border-collapse: collapse; font-size: {max(6.5, p['font_pt'] - 1.5)}pt; }}
table.log td, table.log th {{ border: {border}; vertical-align: top; padding: 2pt; }}
.cover td, .cover th {{ border: {border}; padding: 3pt; }}
.page {{ break-before: page; }}
</style></head><body>"""]
    for block in blocks:
        kind = block[0]
        if kind == "title":
            out.append(f"<h1>{e(block[1])}</h1>")
        elif kind == "cover":
            out.append('<table class="cover" style="width:100%;border-collapse:collapse">'
                       f"<tr><th>評価書番号</th><th>評価書名</th></tr><tr><td>{e(block[1])}</td><td>{e(block[2])}</td></tr></table>")
        elif kind == "para":
            out.append(f"<p>{e(block[1])}</p>")
        elif kind == "part":
            out.append(f'<h2 class="page">{e(block[1])}</h2>')
        elif kind == "section":
            out.append(f"<h3>{e(block[1])}</h3>")
        elif kind == "rows":
            rows = []
            for row in block[1]:
                style = ' class="page"' if r.random() < p["break_rate"] else ""
                if row[0] == "band":
                    rows.append(f'<tr{style}><td colspan="2">{e(row[1])}</td></tr>')
                else:
                    rows.append(f"<tr{style}><th>{e(row[0])}</th><td>{html_value(p, row[1])}</td></tr>")
            out.append('<table class="form">' + "".join(rows) + "</table>")
        elif kind == "log":
            head = "".join(f"<th>{h}</th>" for h in ("変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明"))
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>" for cells in block[1])
            cols = (f'<colgroup><col style="width:{p["log_date_mm"]}mm"><col style="width:16%"><col><col>'
                    '<col style="width:9%"><col style="width:14%"></colgroup>')
            out.append(f'<table class="log" style="table-layout:fixed">{cols}<tr>{head}</tr>{body}</table>')
    out.append("</body></html>")
    return "\n".join(out)


def print_chromium(blocks, p, header_text, pdf, work):
    page = os.path.join(work, "form.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(to_html(blocks, p, header_text))
    profile = os.path.join(work, "profile")
    subprocess.run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                    "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + os.path.abspath(page)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ---------------------------------------------------------------------------------------------
# LibreOffice Calc: an .xlsx workbook of the form (merged cells, wrapped text, print area).

def text_width_pt(text, font_pt):
    """The printed width of a text, full-width characters one em, others half."""
    return sum(font_pt if ord(ch) > 0x2000 else font_pt * 0.55 for ch in text)


def lines_needed(text, width_pt, font_pt):
    lines = 0
    for part in (text or " ").split("\n"):
        lines += max(1, math.ceil(text_width_pt(part, font_pt) * 1.08 / max(width_pt, font_pt)))
    return lines


def to_xlsx(blocks, p, header_text, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.worksheet.pagebreak import Break

    paper_w = 210 if p["paper"] == "A4" else 297
    usable_mm = paper_w - 2 * p["margin_mm"] - 4
    label_mm = min(p["label_mm"], usable_mm * 0.5)
    value_mm = usable_mm - label_mm
    columns = p["grid_columns"]
    font = Font(name="IPAGothic", size=p["font_pt"])
    side = Side(style="thin") if p["borders"] else Side()
    box = Border(left=side, right=side, top=side, bottom=side)
    mm_to_chars = lambda mm: mm / 2.0  # Calc's width unit is about 2 mm at its default font
    pt_per_mm = 72 / 25.4
    r = random.Random(p["break_seed"])

    wb = Workbook()
    ws = wb.active
    ws.title = "評価書"
    ws.column_dimensions["A"].width = mm_to_chars(label_mm)
    for k in range(columns):
        ws.column_dimensions["BCD"[k]].width = mm_to_chars(value_mm / columns)
    last = "BCD"[columns - 1]
    row = 1

    def cell(r_, c_, text, valign="top", halign="left"):
        x = ws.cell(row=r_, column=c_, value=text)
        x.font = font
        x.alignment = Alignment(wrap_text=True, vertical="center" if valign == "middle" else "top", horizontal=halign)
        x.border = box
        return x

    def height(lines):
        return lines * p["font_pt"] * 1.35 + 3

    def full_row(text, valign="top", halign="left", size=None):
        nonlocal row
        x = cell(row, 1, text, valign, halign)
        if size:
            x.font = Font(name="IPAGothic", size=size)
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.row_dimensions[row].height = height(lines_needed(text, usable_mm * pt_per_mm, size or p["font_pt"])) * (
            (size or p["font_pt"]) / p["font_pt"])
        row += 1

    def page_break():
        if row > 1:
            ws.row_breaks.append(Break(id=row - 1))

    for block in blocks:
        kind = block[0]
        if kind == "title":
            full_row(block[1], "middle", "center", size=p["font_pt"] + 4)
        elif kind == "cover":
            cell(row, 1, "評価書番号")
            cell(row, 2, "評価書名")
            if columns > 1:
                ws.merge_cells(f"B{row}:{last}{row}")
            cell(row + 1, 1, block[1])
            cell(row + 1, 2, block[2])
            if columns > 1:
                ws.merge_cells(f"B{row + 1}:{last}{row + 1}")
            for k in (row, row + 1):
                ws.row_dimensions[k].height = height(max(lines_needed(block[2], value_mm * pt_per_mm, p["font_pt"]),
                                                         lines_needed("評価書番号", label_mm * pt_per_mm, p["font_pt"])))
            row += 2
        elif kind in ("para", "section"):
            full_row(block[1])
        elif kind == "part":
            page_break()
            full_row(block[1], size=p["font_pt"] + 1.5)
        elif kind == "rows":
            for item in block[1]:
                if r.random() < p["break_rate"]:
                    page_break()
                if item[0] == "band":
                    full_row(item[1])
                    continue
                label, value = item
                label_lines = lines_needed(label, label_mm * pt_per_mm - 4, p["font_pt"])
                if isinstance(value, tuple) and value[0] == "grid":
                    options = value[1]
                    n = math.ceil(len(options) / columns)
                    heights = []
                    for i in range(n):
                        lines = 1
                        for k in range(columns):
                            if i * columns + k < len(options):
                                text = option_text(p, *options[i * columns + k])
                                cell(row + i, 2 + k, text)
                                lines = max(lines, lines_needed(text, value_mm / columns * pt_per_mm - 4, p["font_pt"]))
                        heights.append(lines)
                    spare = max(0, label_lines - sum(heights))
                    heights[-1] += spare
                    for i, lines in enumerate(heights):
                        ws.row_dimensions[row + i].height = height(lines)
                    cell(row, 1, label, p["valign"])
                    if n > 1:
                        ws.merge_cells(f"A{row}:A{row + n - 1}")
                    row += n
                else:
                    text = flat_text(p, value)
                    cell(row, 1, label, p["valign"])
                    cell(row, 2, text)
                    if columns > 1:
                        ws.merge_cells(f"B{row}:{last}{row}")
                    lines = max(label_lines, lines_needed(text, value_mm * pt_per_mm - 4, p["font_pt"]))
                    ws.row_dimensions[row].height = height(lines)
                    row += 1
        elif kind == "log":
            log = wb.create_sheet("変更箇所")
            date = min(0.3, p["log_date_mm"] / usable_mm)
            widths = [date, 0.13, (0.87 - date - 0.2) / 2, (0.87 - date - 0.2) / 2, 0.07, 0.13]
            for k, w in enumerate(widths):
                log.column_dimensions["ABCDEF"[k]].width = mm_to_chars(usable_mm * w)
            heads = ("変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明")
            log_pt = max(6.5, p["font_pt"] - 1.5)
            small = Font(name="IPAGothic", size=log_pt)
            for i, cells in enumerate([list(heads)] + block[1]):
                lines = 1
                for k, text in enumerate(cells):
                    x = log.cell(row=i + 1, column=k + 1, value=text)
                    x.font = small
                    x.alignment = Alignment(wrap_text=True, vertical="top")
                    x.border = box
                    lines = max(lines, lines_needed(text, usable_mm * widths[k] * pt_per_mm - 4, log_pt))
                log.row_dimensions[i + 1].height = lines * log_pt * 1.35 + 3
            setup_sheet(log, p, header_text, f"A1:F{len(block[1]) + 1}")
    setup_sheet(ws, p, header_text, f"A1:{last}{row - 1}")
    wb.save(path)


def setup_sheet(ws, p, header_text, area):
    ws.print_area = area
    ws.page_setup.paperSize = ws.PAPERSIZE_A4 if p["paper"] == "A4" else ws.PAPERSIZE_A3
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    m = p["margin_mm"] / 25.4
    ws.page_margins.left = ws.page_margins.right = m
    ws.page_margins.top = ws.page_margins.bottom = m + 0.2
    if p["header"]:
        ws.oddHeader.center.text = header_text.replace("&", "&&")
        ws.oddHeader.center.size = 7
    if p["page_number"]:
        fmt = PAGE_NUMBERS[p["page_number"]].replace("{p}", "&P").replace("{n}", "&N")
        place = ws.oddFooter if p["page_number_at"] == "bottom" or p["header"] else ws.oddHeader
        place.right.text = fmt
        place.right.size = 8


def print_calc(blocks, p, header_text, pdf, work):
    book = os.path.join(work, "form.xlsx")
    to_xlsx(blocks, p, header_text, book)
    profile = os.path.join(work, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{os.path.abspath(profile)}", "--headless",
                    "--convert-to", "pdf", "--outdir", work, book],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(work, "form.pdf"), pdf)


def header_text_of(facts, p):
    a = facts["assessment"]
    if p["header"] == "title":
        return a.get("title") or "特定個人情報保護評価書"
    if p["header"] == "body":
        return f"{a.get('organization') or ''} 特定個人情報保護評価書"
    return ""


def print_form(facts, p, pdf):
    blocks = form(facts, p)
    work = tempfile.mkdtemp(prefix="formgen.")
    try:
        header = header_text_of(facts, p)
        (print_chromium if p["producer"] == "chromium" else print_calc)(blocks, p, header, pdf, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    facts = json.load(open(sys.argv[1], encoding="utf-8"))
    producer = sys.argv[sys.argv.index("--producer") + 1] if "--producer" in sys.argv else None
    p = draw(int(sys.argv[2]), producer)
    print_form(facts, p, sys.argv[3])
    print(json.dumps(p, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
