// Other origins for the embedding tests: a host page's server (tests/browser/host/, under the
// host's own strict CSP) and a third origin's. Pages are templates: {{CALC}}, {{HOST}}, {{THIRD}}
// are the origins; {{QUERY}} is the request's query after "&"; {{SHEET}} and {{THEME}} come from it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('host/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
const SAFE = /^[\w%=&,.:-]*$/;

/**
 * Serves host/ on a free port. `csp(page, origins)` gives each HTML page's policy; `origins()`
 * the origins the templates need (known once every server listens).
 */
export async function serveHost(csp, origins) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const name = url.pathname.slice(1) || 'index.html';
    if (name === 'favicon.ico') return res.writeHead(204).end();  // a browser asks every host for one
    if (!/^[\w-]+\.(html|js|css)$/.test(name)) return res.writeHead(404).end();
    let body;
    try {
      body = await readFile(`${dir}${name}`, 'utf8');
    } catch {
      return res.writeHead(404).end();
    }
    const headers = { 'Content-Type': TYPES[extname(name)], 'Cache-Control': 'no-cache' };
    if (name.endsWith('.html')) {
      const q = url.search.slice(1);
      if (!SAFE.test(q)) return res.writeHead(400).end();
      const o = origins();
      const param = (k, d) => url.searchParams.get(k) ?? d;
      body = body.replaceAll('{{CALC}}', o.calc).replaceAll('{{HOST}}', o.host).replaceAll('{{THIRD}}', o.third)
        .replaceAll('{{QUERY}}', q ? `&${q}` : '').replaceAll('{{SHEET}}', param('sheet', 'host')).replaceAll('{{THEME}}', param('theme', 'auto'));
      headers['Content-Security-Policy'] = csp(name, o);
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
