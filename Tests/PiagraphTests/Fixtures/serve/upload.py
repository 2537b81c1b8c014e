"""Drives headless Chromium through the review desk's real upload page (Chrome DevTools
Protocol): opens it, puts a file into its file input as a user would, submits the form through
the page's own script, waits for the review, and prints what the page holds as JSON.

    python3 upload.py CHROMIUM URL FILE PROFILE
"""
import json
import subprocess
import sys
import time
import urllib.request

import websocket  # websocket-client (scripts/setup installs it)

chromium, url, path, profile = sys.argv[1:5]
browser = subprocess.Popen(
    [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--remote-debugging-port=0",
     "--user-data-dir=" + profile, "about:blank"],
    stderr=subprocess.PIPE, text=True)
try:
    endpoint = None
    deadline = time.time() + 30
    while endpoint is None and time.time() < deadline:
        line = browser.stderr.readline()
        if "DevTools listening on" in line:
            endpoint = line.split("DevTools listening on ")[1].strip()
    port = endpoint.split(":")[2].split("/")[0]
    targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json"))
    page = next(t for t in targets if t["type"] == "page")
    ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=60)
    counter = [0]

    def call(method, **params):
        counter[0] += 1
        ws.send(json.dumps({"id": counter[0], "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv())
            if message.get("id") == counter[0]:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(expression):
        return call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def wait(expression, seconds=60):
        end = time.time() + seconds
        while time.time() < end:
            if evaluate(expression):
                return True
            time.sleep(0.2)
        return False

    call("Page.enable")
    call("Page.navigate", url=url)
    if not wait("document.readyState === 'complete' && !!document.getElementById('files')"):
        raise RuntimeError("the upload page did not load")
    document = call("DOM.getDocument")
    node = call("DOM.querySelector", nodeId=document["root"]["nodeId"], selector="#files")["nodeId"]
    call("DOM.setFileInputFiles", nodeId=node, files=[path])
    upload_page = {"lang": evaluate("document.documentElement.lang"),
                   "progressHidden": evaluate("document.getElementById('progress').hidden")}
    # Through the page's own script (XHR with progress), as a user's click does.
    evaluate("document.querySelector('#upload button[type=submit]').click()")
    if not wait("document.querySelectorAll('table.findings tbody tr').length > 0", 120):
        raise RuntimeError("no findings table after the upload: " + str(evaluate("document.body.innerText.slice(0, 500)")))
    result = {
        "upload": upload_page,
        "findingRows": evaluate("document.querySelectorAll('table.findings tbody tr').length"),
        "diagram": evaluate("!!document.querySelector('.diagram svg')"),
        "downloads": evaluate("[...document.querySelectorAll('ul.downloads a')].map(a => a.getAttribute('download'))"),
        "headings": evaluate("[...document.querySelectorAll('h1, h2, h3')].map(h => h.innerText)"),
        "lang": evaluate("document.documentElement.lang"),
    }
    print(json.dumps(result, ensure_ascii=False))
finally:
    browser.kill()
