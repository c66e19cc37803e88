/**
 * A stand-in for the GitHub REST API on 127.0.0.1 (random port) that records every request. It
 * serves the endpoints the action uses: issue comments (paginated with Link headers, create,
 * update), PR reviews, GET /user, and can inject failures (status + headers) per route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  /** How many times to fail (default: always). */
  times?: number;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly reviews: Array<{ pr: number; body: string; event: string }> = [];
  failures: Failure[] = [];
  /** Login returned by GET /user; null answers 403 like an installation token. */
  userLogin: string | null = null;
  perPageCap = 100;
  private nextId = 1000;
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(pr: number, body: string, login: string): FakeComment {
    const c: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.test/o/r/pull/${pr}#issuecomment-${this.nextId}` };
    const list = this.comments.get(pr) ?? [];
    list.push(c);
    this.comments.set(pr, list);
    return c;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: u.pathname, query: u.searchParams, body: raw ? safeJson(raw) : null, authorization: req.headers.authorization });
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    const failure = this.failures.find((f) => f.method === method && f.path.test(u.pathname) && (f.times === undefined || f.times > 0));
    if (failure) {
      if (failure.times !== undefined) failure.times--;
      return send(failure.status, { message: `injected ${failure.status}` }, failure.headers);
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && u.pathname === '/user') {
      return this.userLogin ? send(200, { login: this.userLogin }) : send(403, { message: 'Resource not accessible by integration' });
    }
    if ((m = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(u.pathname))) {
      const pr = Number(m[1]);
      if (method === 'GET') {
        const perPage = Math.min(Number(u.searchParams.get('per_page') ?? 30), this.perPageCap);
        const page = Number(u.searchParams.get('page') ?? 1);
        const all = this.comments.get(pr) ?? [];
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const next = new URL(u.toString());
          next.searchParams.set('page', String(page + 1));
          next.searchParams.set('per_page', String(perPage));
          headers['link'] = `<${next.toString()}>; rel="next"`;
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (method === 'POST') {
        const body = (safeJson(raw) as { body: string }).body;
        const c = this.addComment(pr, body, 'github-actions[bot]');
        return send(201, c);
      }
    }
    if ((m = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(u.pathname)) && method === 'PATCH') {
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === id);
        if (c) {
          c.body = (safeJson(raw) as { body: string }).body;
          return send(200, c);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/o\/r\/pulls\/(\d+)\/reviews$/.exec(u.pathname)) && method === 'POST') {
      const b = safeJson(raw) as { body: string; event: string };
      this.reviews.push({ pr: Number(m[1]), body: b.body, event: b.event });
      return send(200, { id: this.nextId++, html_url: `https://github.test/o/r/pull/${m[1]}#pullrequestreview-1` });
    }
    send(404, { message: `no route ${method} ${u.pathname}` });
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
