// A tiny static server for www/dist on loopback (the page needs none; this is a convenience).
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, normalize, extname } from "node:path";

const [dir, port = "8080"] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".ts": "text/plain" };
createServer((req, res) => {
  let p = normalize(join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  if (!p.startsWith(dir)) return res.writeHead(403).end();
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, "index.html");
  if (!existsSync(p)) return res.writeHead(404).end("not found");
  res.writeHead(200, { "content-type": types[extname(p)] || "application/octet-stream" });
  res.end(readFileSync(p));
}).listen(Number(port), "127.0.0.1", () => console.error(`http://127.0.0.1:${port}/`));
