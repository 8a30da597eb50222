// Render many mermaid diagrams with one browser (mermaid-cli's renderMermaid API).
// Input on stdin: {"node_modules": dir, "chromium": path, "config": {...}, "jobs":
//   [{"code": "...", "output": "/abs/file.pdf", "format": "pdf" or "svg", "svg_id": "..."}]}
// Output on stdout: one JSON line per job: {"output": ..., "ok": true} or {"ok": false, "error": ...}
import { createRequire } from "node:module";
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));

const require = createRequire(path.join(request.node_modules, "noop.js"));
const load = async (name) => import(pathToFileURL(require.resolve(name)).href);
const { renderMermaid } = await load("@mermaid-js/mermaid-cli");
const puppeteer = (await load("puppeteer")).default;

const browser = await puppeteer.launch({
  executablePath: request.chromium,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage"],
});
let failed = 0;
try {
  for (const job of request.jobs) {
    try {
      const { data } = await renderMermaid(browser, job.code, job.format || "pdf", {
        mermaidConfig: request.config,
        backgroundColor: job.format === "svg" ? "transparent" : "white",
        svgId: job.svg_id,
      });
      await writeFile(job.output, data);
      process.stdout.write(JSON.stringify({ output: job.output, ok: true }) + "\n");
    } catch (error) {
      failed += 1;
      process.stdout.write(JSON.stringify({
        output: job.output, ok: false, error: String(error && error.message || error),
      }) + "\n");
    }
  }
} finally {
  await browser.close();
}
process.exitCode = failed ? 1 : 0;
