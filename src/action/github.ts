/**
 * GitHub REST calls the action makes: find-and-update one PR comment by a hidden marker, post a PR
 * review, resolve the PR of a workflow_run, attach a report to a release. The client is the
 * toolkit's Octokit (getOctokit) pointed at GITHUB_API_URL, with a bounded fetch (per-request
 * timeout, one budget for all requests, the run's deadline) and a request hook that retries what
 * is safe to retry (see createClient). Lists stop after a page cap. Callers decide what a failure means.
 */
import { getOctokit } from '@actions/github';
import { commentMarker } from '../report/markdown.js';
import type { CommentMode } from '../config/plan.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RetryOptions {
  readonly retries: number;
  /** First backoff delay; doubles each try. */
  readonly baseDelayMs: number;
  /** Upper bound on any single wait (also caps a huge Retry-After). */
  readonly maxDelayMs: number;
  /** One request (headers and body) longer than this is aborted (a hung API). */
  readonly requestTimeoutMs?: number;
  /** All requests and waits of the client together; the run's deadline bounds it further. */
  readonly budgetMs?: number;
  /** Pages read when looking through a list (comments, PRs); a server that always says "next" stops here. */
  readonly maxPages?: number;
}

export const DEFAULT_RETRY: RetryOptions = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000, requestTimeoutMs: 30_000, budgetMs: 300_000, maxPages: 50 };

interface HttpError {
  status?: number;
  name?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** Something that can end the client's work early: the run's Deadline (src/io/deadline.ts). */
export interface ClientDeadline {
  readonly signal: AbortSignal;
  remaining(): number;
}

/** The API budget ran out (or the run's deadline came) before a request could be made or retried. */
export class ApiBudgetError extends Error {
  readonly status = 0;
  constructor(message: string) {
    super(message);
    this.name = 'ApiBudgetError';
  }
}

/** Methods GitHub applies at most once per request; a POST answered 5xx may still have been stored. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'PATCH', 'PUT', 'DELETE']);

/**
 * The client: every request is aborted after `requestTimeoutMs` or when the budget (the smaller
 * of `budgetMs` and what the deadline has left) runs out; idempotent requests are retried on 429,
 * 5xx, 403 with Retry-After and network errors, with backoff, honouring Retry-After only while it
 * fits in the budget. A POST is retried only where GitHub says it did not process it (429, 403
 * with Retry-After): after a 5xx or a broken connection it may have been stored, so the caller
 * looks before posting again (upsertComment).
 */
export function createClient(token: string, apiUrl: string, retry: RetryOptions = DEFAULT_RETRY, deadline?: ClientDeadline): GitHubClient {
  const endsAt = Date.now() + (retry.budgetMs ?? Infinity);
  const left = (): number => Math.min(endsAt - Date.now(), deadline?.remaining() ?? Infinity);
  const perRequest = retry.requestTimeoutMs ?? Infinity;
  const boundedFetch: typeof globalThis.fetch = (input, init) => {
    const ms = Math.max(1, Math.min(perRequest, left()));
    const signals = [...(Number.isFinite(ms) ? [AbortSignal.timeout(ms)] : []), ...(deadline ? [deadline.signal] : []), ...(init?.signal ? [init.signal] : [])];
    return globalThis.fetch(input, { ...init, ...(signals.length ? { signal: AbortSignal.any(signals) } : {}) });
  };
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, ''), request: { fetch: boundedFetch } });
  octokit.hook.wrap('request', async (request, options) => {
    const method = String(options.method ?? 'GET').toUpperCase();
    for (let attempt = 0; ; attempt++) {
      if (left() <= 0) throw new ApiBudgetError(`GitHub API: no time left for ${method} ${String(options.url)} (request budget or timeout-minutes used up)`);
      try {
        return await request(options);
      } catch (err) {
        const e = err as HttpError;
        const status = e.status ?? 0;
        const throttled = status === 429 || (status === 403 && e.response?.headers?.['retry-after'] !== undefined);
        const transient = status >= 500 || e.name === 'AbortError' || e.name === 'TimeoutError';
        const retryable = throttled || (transient && IDEMPOTENT.has(method));
        if (!retryable || attempt >= retry.retries || deadline?.signal.aborted) throw err;
        const wait = retryDelay(e, attempt, retry);
        // A Retry-After over maxDelayMs (e.g. 100000 s) is not waited for; nor is a wait that does
        // not fit in what is left: it would only end in a request that cannot be made.
        if (wait === null || wait >= left()) throw err;
        await sleep(wait);
      }
    }
  });
  return octokit;
}

/** Pages of a paginated list, at most `maxPages` (a misbehaving server may link "next" forever). */
export async function* boundedPages<T>(pages: AsyncIterable<{ data: T[] }>, maxPages: number): AsyncGenerator<T[]> {
  let n = 0;
  for await (const page of pages) {
    yield page.data;
    if (++n >= maxPages) return;
  }
}

/** Backoff before the next try, or null when the server asks for a longer wait than `maxDelayMs`. */
function retryDelay(e: HttpError, attempt: number, retry: RetryOptions): number | null {
  const header = e.response?.headers?.['retry-after'];
  if (header !== undefined) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(header)) - Date.now();
    if (Number.isFinite(ms) && ms >= 0) return ms > retry.maxDelayMs ? null : ms;
  }
  return Math.min(retry.baseDelayMs * 2 ** attempt, retry.maxDelayMs);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface Repo {
  readonly owner: string;
  readonly repo: string;
}

/**
 * The login the token acts as. A personal token can ask GET /user; the workflow token (an app
 * installation token) cannot, and its comments are authored by github-actions[bot].
 */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return 'github-actions[bot]';
  }
}

export interface PostedComment {
  readonly id: number;
  readonly url: string;
  readonly action: 'created' | 'updated';
}

/**
 * Posts the report as a PR comment. Mode 'update' looks through the PR's comments (at most
 * `maxPages` pages) for one by the same author carrying this key's marker and edits it; otherwise
 * (or for 'new') it creates one. Comments of other keys or other authors are never touched.
 * A create answered with a 5xx or a broken connection may have been stored all the same: before
 * posting again, the comments are searched for one by us with this very body (then that is the
 * comment) or, in 'update' mode, with the marker (then it is edited), so a retry never leaves two.
 */
export async function upsertComment(args: {
  client: GitHubClient;
  repo: Repo;
  prNumber: number;
  commentKey: string;
  body: string;
  mode: Extract<CommentMode, 'update' | 'new'>;
  /** Pages of comments read when looking for ours (default DEFAULT_RETRY.maxPages). */
  maxPages?: number;
  /** Creates tried in all (default 3). */
  createAttempts?: number;
}): Promise<PostedComment> {
  const { client, repo, prNumber, body } = args;
  const marker = commentMarker(args.commentKey);
  const maxPages = args.maxPages ?? DEFAULT_RETRY.maxPages ?? 50;
  let login: string | null = null;
  const find = async (match: (c: { body?: string | null }) => boolean): Promise<{ id: number; html_url: string; body?: string | null } | null> => {
    login ??= await tokenLogin(client);
    const pages = client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 });
    for await (const comments of boundedPages(pages, maxPages)) {
      const mine = comments.find((c) => sameLogin(c.user?.login, login!) && match(c));
      if (mine) return mine;
    }
    return null;
  };
  const update = async (id: number): Promise<PostedComment> => {
    const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
    return { id: data.id, url: data.html_url, action: 'updated' };
  };
  if (args.mode === 'update') {
    const mine = await find((c) => (c.body ?? '').includes(marker));
    if (mine) return update(mine.id);
  }
  const attempts = args.createAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await client.rest.issues.createComment({ ...repo, issue_number: prNumber, body });
      return { id: data.id, url: data.html_url, action: 'created' };
    } catch (err) {
      const status = (err as HttpError).status ?? 0;
      const name = (err as HttpError).name;
      const maybeStored = status >= 500 || name === 'AbortError' || name === 'TimeoutError';
      if (!maybeStored || attempt >= attempts) throw err;
      const stored = await find((c) => c.body === body);
      if (stored) return { id: stored.id, url: stored.html_url, action: 'created' };
      if (args.mode === 'update') {
        const other = await find((c) => (c.body ?? '').includes(marker));
        if (other) return update(other.id);
      }
    }
  }
}

function sameLogin(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const norm = (s: string): string => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

/** Posts the report as a PR review (event COMMENT, or REQUEST_CHANGES is not used: the check fails instead). */
export async function postReview(args: { client: GitHubClient; repo: Repo; prNumber: number; body: string }): Promise<PostedComment> {
  const { data } = await args.client.rest.pulls.createReview({ ...args.repo, pull_number: args.prNumber, body: args.body, event: 'COMMENT' });
  return { id: data.id, url: data.html_url, action: 'created' };
}

/** The parts of a workflow_run payload that identify its pull request. */
interface WorkflowRunPayload {
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { owner?: { login?: string } | null; full_name?: string } | null;
  pull_requests?: Array<{ number: number }>;
}

/**
 * The PR a workflow_run belongs to, found from the event and the API, never from artifact content:
 * 1. the run's own `pull_requests` list (filled for PRs from branches of this repository);
 * 2. for fork PRs that list is empty, so the open PRs whose head is `<fork owner>:<head branch>`
 *    (GET /pulls?head=owner:branch), preferring the one whose head sha is the run's head sha;
 * 3. without head repository details, an open PR whose head sha is the run's head sha.
 * null when none is found (e.g. the PR was closed meanwhile).
 */
export async function prForWorkflowRun(client: GitHubClient, repo: Repo, payload: Record<string, unknown>): Promise<number | null> {
  const run = payload['workflow_run'] as WorkflowRunPayload | undefined;
  if (!run) return null;
  const listed = run.pull_requests?.[0]?.number;
  if (typeof listed === 'number') return listed;
  const headOwner = run.head_repository?.owner?.login ?? run.head_repository?.full_name?.split('/')[0];
  if (headOwner && run.head_branch) {
    const { data } = await client.rest.pulls.list({ ...repo, state: 'open', head: `${headOwner}:${run.head_branch}`, per_page: 100 });
    const exact = data.find((p) => p.head.sha === run.head_sha);
    // A newer push to the PR changes its head sha; the branch still names the PR.
    const pr = exact ?? (data.length === 1 ? data[0] : undefined);
    return pr ? pr.number : null;
  }
  if (!run.head_sha) return null;
  const pages = client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 });
  for await (const pulls of boundedPages(pages, DEFAULT_RETRY.maxPages ?? 50)) {
    const pr = pulls.find((p) => p.head.sha === run.head_sha);
    if (pr) return pr.number;
  }
  return null;
}

/** A release as the event payload or GET /releases/tags/{tag} gives it. */
export interface ReleaseRef {
  readonly id: number;
  /** Hypermedia upload URL, e.g. https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}. */
  readonly upload_url: string;
  readonly tag_name?: string;
}

/** One file to attach to a release. */
export interface ReleaseAssetFile {
  readonly name: string;
  readonly data: string;
  readonly contentType: string;
}

/**
 * The release a run gates: the `release` event's own payload, else the release of the pushed tag
 * (GET /releases/tags/{tag}; null when the tag has no release yet).
 */
export async function findRelease(client: GitHubClient, repo: Repo, payload: Record<string, unknown>, tag: string): Promise<ReleaseRef | null> {
  const fromEvent = payload['release'] as Partial<ReleaseRef> | undefined;
  if (fromEvent && typeof fromEvent.id === 'number' && typeof fromEvent.upload_url === 'string') {
    return { id: fromEvent.id, upload_url: fromEvent.upload_url, ...(fromEvent.tag_name ? { tag_name: fromEvent.tag_name } : {}) };
  }
  try {
    const { data } = await client.rest.repos.getReleaseByTag({ ...repo, tag });
    return { id: data.id, upload_url: data.upload_url, tag_name: data.tag_name };
  } catch (err) {
    if ((err as HttpError).status === 404) return null;
    throw err;
  }
}

/**
 * Uploads files as assets of a release, replacing assets of the same name (GitHub refuses a
 * duplicate name with 422, so the old one is deleted first). The upload goes to the release's own
 * `upload_url` (uploads.github.com on github.com, /api/uploads on GHES): passing it as `url`
 * overrides the endpoint's fixed https://uploads.github.com base, and its `{?name,label}` template
 * is expanded by Octokit. Returns each asset's download URL.
 */
export async function attachToRelease(args: { client: GitHubClient; repo: Repo; release: ReleaseRef; files: readonly ReleaseAssetFile[] }): Promise<string[]> {
  const { client, repo, release } = args;
  const existing: Array<{ id: number; name: string }> = [];
  const pages = client.paginate.iterator(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
  for await (const assets of boundedPages(pages, DEFAULT_RETRY.maxPages ?? 50)) existing.push(...assets);
  const urls: string[] = [];
  for (const file of args.files) {
    const old = existing.find((a) => a.name === file.name);
    if (old) await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: old.id });
    const { data: asset } = await client.rest.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: file.name,
      data: file.data,
      url: release.upload_url,
      headers: { 'content-type': file.contentType, 'content-length': Buffer.byteLength(file.data) },
    });
    urls.push(asset.browser_download_url);
  }
  return urls;
}
