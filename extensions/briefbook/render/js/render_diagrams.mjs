// Draw many mermaid diagrams in one Chromium session: mermaid is loaded once in one page
// and renders every diagram there; a second page prints each SVG to a PDF sized to fit.
// Input on stdin: {"node_modules": dir, "chromium": path, "config": {...}, "jobs":
//   [{"code": "...", "output": "/abs/file.pdf", "format": "pdf" or "svg", "svg_id": "..."}]}
// Output on stdout: one JSON line per job: {"output": ..., "ok": true} or {"ok": false, "error": ...}
import { createRequire } from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const require = createRequire(path.join(request.node_modules, "noop.js"));
const puppeteer = (await import(pathToFileURL(require.resolve("puppeteer")).href)).default;
const mermaidDist = path.join(request.node_modules, "mermaid", "dist");

// Pages come from this made-up origin, answered from memory and node_modules only:
// nothing is fetched from the network.
const ORIGIN = "https://briefbook-render.invalid";
const HOST_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body>
<div id="work"></div><script type="module">
import mermaid from "${ORIGIN}/mermaid/mermaid.esm.min.mjs";
window.mermaid = mermaid; window.mermaidReady = true;
</script></body></html>`;

async function serve(page) {
  await page.setRequestInterception(true);
  page.on("request", async (req) => {
    const url = req.url();
    if (url === `${ORIGIN}/index.html`) {
      return req.respond({ status: 200, contentType: "text/html", body: HOST_PAGE });
    }
    if (url.startsWith(`${ORIGIN}/mermaid/`)) {
      const relative = decodeURIComponent(url.slice(`${ORIGIN}/mermaid/`.length));
      const file = path.resolve(mermaidDist, relative);
      if (file.startsWith(mermaidDist + path.sep)) {
        try {
          return req.respond({ status: 200, contentType: "text/javascript",
                               body: await readFile(file) });
        } catch { /* fall through */ }
      }
    }
    return req.abort();
  });
}

const browser = await puppeteer.launch({
  executablePath: request.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage"],
});
let failed = 0;
try {
  const host = await browser.newPage();
  await serve(host);
  await host.goto(`${ORIGIN}/index.html`);
  await host.waitForFunction("window.mermaidReady === true", { timeout: 60000 });
  const printer = await browser.newPage();
  for (const job of request.jobs) {
    try {
      const svg = await host.evaluate(async (code, id, config) => {
        window.mermaid.initialize({ startOnLoad: false, ...config });
        const work = document.getElementById("work");
        const { svg } = await window.mermaid.render(id, code, work);
        work.innerHTML = "";
        return svg;
      }, job.code, job.svg_id || "diagram", request.config);
      if ((job.format || "pdf") === "svg") {
        await writeFile(job.output, svg);
      } else {
        await printer.setContent(
          `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;`
          + `padding:0;background:white}</style></head><body>${svg}</body></html>`);
        const box = await printer.$eval("svg", (el) => {
          const rect = el.getBoundingClientRect();
          return { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
        });
        await writeFile(job.output, await printer.pdf({
          width: `${box.width + 2}px`, height: `${box.height + 2}px`,
          printBackground: true, pageRanges: "1-1",
        }));
      }
      process.stdout.write(JSON.stringify({ output: job.output, ok: true }) + "\n");
    } catch (error) {
      failed += 1;
      process.stdout.write(JSON.stringify({
        output: job.output, ok: false, error: String((error && error.message) || error),
      }) + "\n");
    }
  }
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
