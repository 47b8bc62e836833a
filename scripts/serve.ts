// npm run serve: serves the exported site in out/ on http://localhost:3000 (PORT to change).
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const root = resolve(process.argv[2] ?? "out");
const port = Number(process.env.PORT ?? 3000);
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/atom+xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

function resolvePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, "");
  const base = join(root, safe);
  if (!base.startsWith(root)) return undefined;
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

if (!existsSync(root)) {
  console.error(`${root} does not exist: run npm run build first`);
  process.exit(1);
}

// Long query strings are part of what the URL tests send.
createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const file = resolvePath(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, "404.html");
  const type = TYPES[extname(path)] ?? "application/octet-stream";
  // Compress text the way any static host would.
  const gzip =
    /gzip/.test(String(req.headers["accept-encoding"] ?? "")) &&
    /text|json|javascript|svg/.test(type);
  res.writeHead(status, {
    "content-type": type,
    "x-content-type-options": "nosniff",
    "cache-control": path.includes("/_next/static/")
      ? "public, max-age=31536000, immutable"
      : "no-cache",
    ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
  });
  if (req.method === "HEAD") return void res.end();
  const stream = createReadStream(path);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}).listen(port, () => console.log(`Stack Atlas: http://localhost:${port}/ (serving ${root})`));
