#!/usr/bin/env python3
"""Prints an example's facts as the 重点項目評価書 form prints them (HTML, for Chromium's
print-to-PDF): tables of narrow label cells and value cells, marks as [○] / [ ], chosen
values in brackets followed by <選択肢>, long cells wrapping.

Input: `piagraph extract --format json` of one example (the facts read from its text, which
the answer-key tests hold equal to the hand-made keys). A mark whose state the example lost
(checked null) is printed [ ], as the form has no third state; the accuracy test leaves
those facts out. Rows the facts do not hold (②事務の内容, ②システムの機能, …) are printed with a
fixed placeholder sentence so that prose cells and page breaks exist, as in the real form.

Usage: formprint.py EXTRACT.json [LABEL_WIDTH_MM [FONT_PT [MARKS]]] > FORM.html
(MARKS `boxes` prints the marks as ■ (selected) and □ (not) instead of [○] and [ ])
(the label column is 22 mm wide and the font 9.5 pt by default; a narrower column wraps labels
over three lines, a larger font wraps option names inside the grid)
"""
import html
import json
import sys

CONNECTIONS = ["情報提供ネットワークシステム", "庁内連携システム", "住民基本台帳ネットワークシステム",
               "既存住民基本台帳システム", "宛名システム等", "税務システム", "その他"]
PARTIES = ["本人又は本人の代理人", "評価実施機関内の他部署", "行政機関・独立行政法人等",
           "地方公共団体・地方独立行政法人", "民間事業者", "その他"]
ACQ_METHODS = ["紙", "電子記録媒体(フラッシュメモリを除く。)", "フラッシュメモリ", "電子メール", "専用線",
               "庁内連携システム", "情報提供ネットワークシステム", "その他"]
PROVISION_METHODS = ["情報提供ネットワークシステム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)",
                     "フラッシュメモリ", "紙", "その他"]
TRANSFER_METHODS = ["庁内連携システム", "専用線", "電子メール", "電子記録媒体(フラッシュメモリを除く。)",
                    "フラッシュメモリ", "紙", "その他"]
PROSE = ("本欄は評価書の記載を省略したものである。特定個人情報ファイルを取り扱う事務の内容及びシステムの機能は、"
         "原本の記載による。")


def e(text):
    return html.escape(text or "", quote=True)


MARKS = sys.argv[4] if len(sys.argv) > 4 else "brackets"


def mark(checked):
    if MARKS == "boxes":
        return "■" if checked is True else "□"
    return "[○]" if checked is True else "[ ]"


def grid(options, columns=2):
    """Options two to a row, as the form's ③ and ⑥ grids print them."""
    cells = []
    for name, checked, detail in options:
        text = f"{mark(checked)} {e(name)}"
        if detail:
            text += f" ( {e(detail)} )"
        elif name == "その他":
            text += " (  )"
        cells.append(f"<td>{text}</td>")
    rows = ["<tr>" + "".join(cells[i:i + columns]) + "</tr>" for i in range(0, len(cells), columns)]
    return '<table class="grid">' + "".join(rows) + "</table>"


def row(label, value, raw=False):
    return f'<tr><th>{e(label)}</th><td>{value if raw else e(value)}</td></tr>'


def table(rows):
    return '<table class="form">' + "".join(rows) + "</table>"


def main():
    facts = json.load(open(sys.argv[1], encoding="utf-8"))
    a = facts["assessment"]
    org = a.get("organization") or ""
    body = org[:-1] if org.endswith("長") else org
    out = []
    out.append("""<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 15mm; }
body { font-family: "IPAGothic", sans-serif; font-size: FONT_SIZEpt; }
h1 { font-size: 14pt; text-align: center; }
h2 { font-size: 11pt; margin: 8pt 0 4pt; }
h3 { font-size: 10pt; margin: 6pt 0 2pt; }
table.form { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
table.form th { width: LABEL_WIDTHmm; border: 1px solid #000; font-weight: normal; text-align: left;
                vertical-align: top; padding: 2pt; }
table.form td { border: 1px solid #000; vertical-align: top; padding: 2pt; }
table.grid { width: 100%; border: none; }
table.grid td { border: none; width: 50%; padding: 0 2pt; }
table.log { width: 100%; border-collapse: collapse; font-size: 8pt; }
table.log td, table.log th { border: 1px solid #000; vertical-align: top; padding: 2pt; }
.cover td, .cover th { border: 1px solid #000; padding: 3pt; }
.page { page-break-before: always; }
</style></head><body>""")
    # Cover.
    out.append(f"<h1>特定個人情報保護評価書({e(a.get('kind') or '重点項目評価書')})</h1>")
    out.append('<table class="cover" style="width:100%;border-collapse:collapse">'
               f"<tr><th>評価書番号</th><th>評価書名</th></tr>"
               f"<tr><td>{e(a.get('number'))}</td><td>{e(a.get('title'))}</td></tr></table>")
    out.append("<h3>個人のプライバシー等の権利利益の保護の宣言</h3>")
    out.append(f"<p>{e(body)}は、{e(a.get('affair') or '当該事務')}における特定個人情報ファイルの取扱いに当たり、"
               "特定個人情報ファイルの取扱いが個人のプライバシー等の権利利益に影響を及ぼしかねないことを認識し、"
               "特定個人情報の漏えいその他の事態を発生させるリスクを軽減させるために適切な措置を講じ、"
               "もって個人のプライバシー等の権利利益の保護に取り組んでいることを宣言する。</p>")
    out.append(table([row("特記事項", ""), row("評価実施機関名", org), row("公表日", a.get("published") or "")]))
    out.append("<p>[令和6年10月 様式3]</p>")
    out.append('<div class="page"><h2>項目一覧</h2><p>Ⅰ 基本情報<br>Ⅱ 特定個人情報ファイルの概要<br>'
               "(別添1) 特定個人情報ファイル記録項目<br>Ⅲ リスク対策<br>Ⅳ 開示請求、問合せ<br>Ⅴ 評価実施手続<br>"
               "(別添2) 変更箇所</p></div>")
    # I.
    out.append('<div class="page"><h2>Ⅰ 基本情報</h2><h3>1.特定個人情報ファイルを取り扱う事務</h3>')
    out.append(table([row("①事務の名称", a.get("affair") or ""), row("②事務の内容 ※", PROSE)]))
    out.append("<h3>2.特定個人情報ファイルを取り扱う事務において使用するシステム</h3>")
    rows = []
    for s in facts["systems"]:
        no = s.get("no")
        # The system heading is a full-width row of the same table, as the form prints it.
        rows.append(f'<tr><td colspan="2">システム{no if no is not None else ""}</td></tr>')
        conns = [(c["category"], c["checked"], c.get("detail")) for c in s["connections"]]
        rows += [row("①システムの名称", s.get("name") or ""), row("②システムの機能", PROSE),
                 row("③他のシステムとの接続", grid(conns), raw=True)]
    out.append(table(rows))
    files = a.get("files") or []
    out.append("<h3>3.特定個人情報ファイル名</h3>")
    out.append(table([f'<tr><td>{e(files[0] if files else "")}</td></tr>']))
    decl = facts.get("declarations") or {}
    net = (decl.get("networkExchange") or {}).get("value")
    if net:
        out.append("<h3>5.情報提供ネットワークシステムによる情報連携 ※</h3>")
        out.append(table([row("①実施の有無", f"[{e(net)}] &lt;選択肢&gt; 1) 実施する 2) 実施しない 3) 未定", raw=True)]))
    out.append("</div>")
    # II.
    out.append('<div class="page"><h2>Ⅱ 特定個人情報ファイルの概要</h2><h3>1.特定個人情報ファイル名</h3>')
    out.append(table([f'<tr><td>{e(files[-1] if files else "")}</td></tr>']))
    items = facts.get("recordedItems") or []
    if items:
        text = " ".join(f"{mark(i['checked'])} {e(i['name'])}" + (f" ({e(i['detail'])})" if i.get("detail") else "")
                        for i in items)
        out.append("<h3>2.基本情報</h3>")
        out.append(table([row("主な記録項目 ※", text, raw=True)]))
    flows = facts.get("flows") or []
    acq = [f for f in flows if f["kind"] == "acquisition"]
    meth = [f for f in flows if f["kind"] == "acquisitionMethod"]
    if acq or meth:
        out.append("<h3>3.特定個人情報の入手・使用</h3>")
        rows = []
        if acq:
            rows.append(row("①入手元 ※", grid([(f["party"], f["checked"], f.get("detail")) for f in acq], columns=1),
                            raw=True))
        if meth:
            rows.append(row("②入手方法", grid([(f["method"], f["checked"], f.get("detail")) for f in meth]), raw=True))
        out.append(table(rows))
    ent = [f for f in flows if f["kind"] == "entrustment"]
    if ent:
        out.append("<h3>4.特定個人情報ファイルの取扱いの委託</h3>")
        rows = [row("委託の有無 ※", f"[委託する] &lt;選択肢&gt; 1) 委託する 2) 委託しない ( {len(ent)} ) 件", raw=True)]
        for f in ent:
            rows.append(row(f"委託事項{f['no']}", f.get("item") or ""))
            rows.append(row("①委託内容", f.get("content") or PROSE))
            rows.append(row("③委託先名", f.get("contractor") or ""))
            sub = f.get("subcontract")
            if sub is not None:
                chosen = "再委託する" if sub else "再委託しない"
                rows.append(row("④再委託の有無 ※", f"[{chosen}] &lt;選択肢&gt; 1) 再委託する 2) 再委託しない", raw=True))
        out.append(table(rows))
    outs = [f for f in flows if f["kind"] in ("provision", "transfer")]
    if outs:
        out.append("<h3>5.特定個人情報の提供・移転(委託に伴うものを除く。)</h3>")
        rows = []
        for f in outs:
            p = f["kind"] == "provision"
            word = "提供" if p else "移転"
            rows.append(row(f"{word}先{f['no']}", f.get("recipient") or ""))
            rows.append(row("①法令上の根拠", f.get("basis") or ""))
            if f.get("purpose"):
                rows.append(row(f"②{word}先における用途", f["purpose"]))
            if f.get("information"):
                rows.append(row(f"③{word}する情報", f["information"]))
            options = [(m["method"], m["checked"], m.get("detail")) for m in f.get("methodOptions") or []]
            rows.append(row(f"⑥{word}方法", grid(options), raw=True))
        out.append(table(rows))
    out.append("</div>")
    history = facts.get("history") or []
    if history:
        out.append('<div class="page"><h2>(別添2) 変更箇所</h2><table class="log">'
                   "<tr><th style=\"width:15%\">変更日</th><th style=\"width:13%\">項目</th><th>変更前の記載</th>"
                   "<th>変更後の記載</th><th style=\"width:6%\">提出時期</th><th style=\"width:14%\">提出時期に係る説明</th></tr>")
        for h in history:
            out.append("<tr>" + "".join(f"<td>{e(h.get(k) or '')}</td>"
                                         for k in ("date", "item", "before", "after", "timing", "reason")) + "</tr>")
        out.append("</table></div>")
    out.append("</body></html>")
    width = sys.argv[2] if len(sys.argv) > 2 else "22"
    font = sys.argv[3] if len(sys.argv) > 3 else "9.5"
    sys.stdout.write("\n".join(out).replace("LABEL_WIDTH", width).replace("FONT_SIZE", font) + "\n")


if __name__ == "__main__":
    main()
