#!/usr/bin/env python3
"""Writes a 重点 document declaring the form's maximum of 20 systems, each linked to every other one
(③ その他) and to every category: the densest graph the form allows, for the render bound
(Tests/PiagraphTests/Fixtures/forms/dense-20-systems.txt: `densedoc.py 20 | sed "s/\[\] /[○] /g"`)."""
import sys
n=int(sys.argv[1]) if len(sys.argv)>1 else 20
names=[f"業務システム{k:02d}" for k in range(1,n+1)]
out=["特定個人情報保護評価書(重点項目評価書)","","評価書番号\t評価書名","1\t密結合 重点項目評価書","","評価実施機関名","","テスト市長","","I 基本情報","",
     "1. 特定個人情報ファイルを取り扱う事務\t","①事務の名称\tテスト事務","2. 特定個人情報ファイルを取り扱う事務において使用するシステム\t"]
for k,name in enumerate(names,1):
    others="、".join(x for x in names if x!=name)
    out+=[f"システム{k}\t",f"①システムの名称\t{name}","②システムの機能\t処理する。",
          f"③他のシステムとの接続\t[] 情報提供ネットワークシステム [○] 庁内連携システム [] 住民基本台帳ネットワークシステム [] 既存住民基本台帳システム [] 宛名システム等 [] 税務システム [○] その他 ({others})"]
out+=["3. 特定個人情報ファイル名\t","テストファイル",""]
print("\n".join(out))
