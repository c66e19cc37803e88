/**
 * A stand-in for the GitHub REST API on 127.0.0.1 (random port) that records every request. It
 * serves the endpoints the action uses: issue comments (paginated with Link headers, create,
 * update), PR reviews, GET /user, open PRs filtered by `head=owner:branch`, releases (by tag, their
 * assets, delete) and asset uploads at the release's own `upload_url` (served under /api/uploads,
 * as GitHub Enterprise Server does, so a client that ignores upload_url and uses the fixed
 * uploads.github.com host cannot pass), and can inject failures (status + headers) per route.
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
  contentType: string | undefined;
  /** The body as received (uploads are not JSON-parsed). */
  raw: string;
}

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: { sha: string; ref: string; label: string; user: { login: string }; repo: { full_name: string } };
}

export interface FakeAsset {
  id: number;
  name: string;
  content_type: string;
  data: string;
  browser_download_url: string;
}

export interface FakeRelease {
  id: number;
  tag_name: string;
  upload_url: string;
  assets: FakeAsset[];
}

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  /** How many times to fail (default: always). */
  times?: number;
  /** Do the work (e.g. store the comment) and answer `status` anyway: GitHub's stored-but-502. */
  afterStore?: boolean;
  /** Never answer (the connection stays open until the server stops); `status` is unused. */
  hang?: boolean;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly reviews: Array<{ pr: number; body: string; event: string }> = [];
  readonly pulls: FakePull[] = [];
  readonly releases: FakeRelease[] = [];
  failures: Failure[] = [];
  /** Login returned by GET /user; null answers 403 like an installation token. */
  userLogin: string | null = null;
  /** Comment lists always link a next page (a misbehaving API paginating forever). */
  endlessPages = false;

  /** Forgets every request, comment, pull, release, failure rule and the user login (between tests). */
  reset(): void {
    this.requests.length = 0;
    this.comments.clear();
    this.pulls.length = 0;
    this.releases.length = 0;
    this.failures = [];
    this.userLogin = null;
    this.endlessPages = false;
  }
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
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(pr: number, body: string, login: string): FakeComment {
    const c: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.test/o/r/pull/${pr}#issuecomment-${this.nextId}` };
    const list = this.comments.get(pr) ?? [];
    list.push(c);
    this.comments.set(pr, list);
    return c;
  }

  /** An open (or closed) PR from `owner:branch` (owner != 'o' means a fork). */
  addPull(number: number, owner: string, branch: string, sha: string, state: 'open' | 'closed' = 'open'): FakePull {
    const p: FakePull = { number, state, head: { sha, ref: branch, label: `${owner}:${branch}`, user: { login: owner }, repo: { full_name: `${owner}/r` } } };
    this.pulls.push(p);
    return p;
  }

  addRelease(tag: string): FakeRelease {
    const id = this.nextId++;
    const r: FakeRelease = { id, tag_name: tag, upload_url: `${this.url}/api/uploads/repos/o/r/releases/${id}/assets{?name,label}`, assets: [] };
    this.releases.push(r);
    return r;
  }

  addAsset(release: FakeRelease, name: string, data: string): FakeAsset {
    const a: FakeAsset = { id: this.nextId++, name, content_type: 'application/octet-stream', data, browser_download_url: `https://github.test/o/r/releases/download/${release.tag_name}/${name}` };
    release.assets.push(a);
    return a;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    this.requests.push({ method, path: u.pathname, query: u.searchParams, body: raw ? safeJson(raw) : null, authorization: req.headers.authorization, contentType: req.headers['content-type'], raw });
    const failure = this.failures.find((f) => f.method === method && f.path.test(u.pathname) && (f.times === undefined || f.times > 0));
    if (failure && failure.times !== undefined) failure.times--;
    if (failure?.hang) return;
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      if (failure?.afterStore) {
        res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
        return void res.end(JSON.stringify({ message: `injected ${failure.status} after storing` }));
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(data));
    };
    if (failure && !failure.afterStore) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      return void res.end(JSON.stringify({ message: `injected ${failure.status}` }));
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
        if (page < last || this.endlessPages) {
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
    if (method === 'GET' && u.pathname === '/repos/o/r/pulls') {
      const head = u.searchParams.get('head');
      const state = u.searchParams.get('state') ?? 'open';
      return send(200, this.pulls.filter((p) => (state === 'all' || p.state === state) && (head === null || p.head.label === head)));
    }
    if ((m = /^\/repos\/o\/r\/releases\/tags\/(.+)$/.exec(u.pathname)) && method === 'GET') {
      const r = this.releases.find((x) => x.tag_name === decodeURIComponent(m![1]!));
      return r ? send(200, { ...r, assets: r.assets.map(publicAsset) }) : send(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/o\/r\/releases\/(\d+)\/assets$/.exec(u.pathname)) && method === 'GET') {
      const r = this.releases.find((x) => x.id === Number(m![1]));
      return r ? send(200, r.assets.map(publicAsset)) : send(404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/o\/r\/releases\/assets\/(\d+)$/.exec(u.pathname)) && method === 'DELETE') {
      for (const r of this.releases) {
        const i = r.assets.findIndex((a) => a.id === Number(m![1]));
        if (i >= 0) {
          r.assets.splice(i, 1);
          res.writeHead(204);
          return void res.end();
        }
      }
      return send(404, { message: 'Not Found' });
    }
    if ((m = /^\/api\/uploads\/repos\/o\/r\/releases\/(\d+)\/assets$/.exec(u.pathname)) && method === 'POST') {
      const r = this.releases.find((x) => x.id === Number(m![1]));
      const name = u.searchParams.get('name');
      if (!r) return send(404, { message: 'Not Found' });
      if (!name) return send(422, { message: 'name is required' });
      // Like GitHub: a second asset with the same name is refused.
      if (r.assets.some((a) => a.name === name)) return send(422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      const a = this.addAsset(r, name, raw);
      a.content_type = req.headers['content-type'] ?? '';
      return send(201, publicAsset(a));
    }
    send(404, { message: `no route ${method} ${u.pathname}` });
  }
}

function publicAsset(a: FakeAsset): Omit<FakeAsset, 'data'> {
  const { data: _data, ...rest } = a;
  return rest;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}
