/**
 * A tiny static server for the bench page on 127.0.0.1 and a random port. Every response is
 * sent with COOP same-origin and COEP require-corp, so the page is cross-origin isolated and
 * `performance.now()` has Chromium's fine (5 µs) resolution instead of 100 µs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/** routes: path → [content type, body] */
export async function serveBench(routes: Record<string, () => { type: string; body: string }>): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const route = routes[path];
    const headers = {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    };
    if (!route) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const { type, body } = route();
    res.writeHead(200, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
