// npm run serve: serves the exported site in out/ on http://localhost:3000 (PORT to change).
import { createReadStream, existsSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import compression from "compression";
import sirv from "sirv";

const root = resolve(process.argv[2] ?? "out");
const port = Number(process.env.PORT ?? 3000);

if (!existsSync(root)) {
  console.error(`${root} does not exist: run npm run build first`);
  process.exit(1);
}

// sirv serves only the files it listed under root at start-up: its own guard against `..`.
const files = sirv(root, {
  extensions: ["html"],
  setHeaders(res: ServerResponse, pathname: string) {
    res.setHeader("x-content-type-options", "nosniff");
    // The catalog's only XML is its Atom feed: say so, so feed readers take it.
    if (pathname.endsWith(".xml"))
      res.setHeader("content-type", "application/atom+xml; charset=utf-8");
    const immutable = pathname.startsWith("/_next/static/");
    res.setHeader("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
  },
});
// Compress text the way any static host would.
const gzip = compression();

function notFound(res: ServerResponse, head: boolean): void {
  res.writeHead(404, {
    "content-type": "text/html; charset=utf-8",
    "x-content-type-options": "nosniff",
    "cache-control": "no-cache",
  });
  if (head) return void res.end();
  createReadStream(join(root, "404.html")).pipe(res);
}

// Long query strings are part of what the URL tests send.
createServer({ maxHeaderSize: 1024 * 1024 }, (req, res) => {
  // compression's types are Express's; it only needs Node's request and response.
  gzip(req as never, res as never, () =>
    files(req, res, () => notFound(res, req.method === "HEAD")),
  );
}).listen(port, () => console.log(`Stack Atlas: http://localhost:${port}/ (serving ${root})`));
