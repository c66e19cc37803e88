/**
 * GitHub REST calls the action makes: find-and-update one PR comment by a hidden marker, post a PR
 * review, resolve the PR of a workflow_run, attach a report to a release. The client is the
 * toolkit's Octokit (getOctokit) pointed at GITHUB_API_URL, with a request hook that retries 429
 * and 5xx answers with backoff, honouring Retry-After. Callers decide what a failure means.
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
}

export const DEFAULT_RETRY: RetryOptions = { retries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 };

interface HttpError {
  status?: number;
  response?: { headers?: Record<string, string | number | undefined> };
}

export function createClient(token: string, apiUrl: string, retry: RetryOptions = DEFAULT_RETRY): GitHubClient {
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/+$/, ''), request: { fetch: globalThis.fetch } });
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const e = err as HttpError;
        const status = e.status ?? 0;
        const retryable = status === 429 || status >= 500 || (status === 403 && e.response?.headers?.['retry-after'] !== undefined);
        if (!retryable || attempt >= retry.retries) throw err;
        await sleep(retryDelay(e, attempt, retry));
      }
    }
  });
  return octokit;
}

function retryDelay(e: HttpError, attempt: number, retry: RetryOptions): number {
  const header = e.response?.headers?.['retry-after'];
  if (header !== undefined) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(String(header)) - Date.now();
    if (Number.isFinite(ms) && ms >= 0) return Math.min(ms, retry.maxDelayMs);
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
 * Posts the report as a PR comment. Mode 'update' looks through every page of the PR's comments
 * for one by the same author carrying this key's marker and edits it; otherwise (or for 'new')
 * it creates one. Comments of other keys or other authors are never touched.
 */
export async function upsertComment(args: {
  client: GitHubClient;
  repo: Repo;
  prNumber: number;
  commentKey: string;
  body: string;
  mode: Extract<CommentMode, 'update' | 'new'>;
}): Promise<PostedComment> {
  const { client, repo, prNumber, body } = args;
  const marker = commentMarker(args.commentKey);
  if (args.mode === 'update') {
    const login = await tokenLogin(client);
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, { ...repo, issue_number: prNumber, per_page: 100 })) {
      const mine = page.data.find((c) => sameLogin(c.user?.login, login) && (c.body ?? '').includes(marker));
      if (mine) {
        const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
        return { id: data.id, url: data.html_url, action: 'updated' };
      }
    }
  }
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: prNumber, body });
  return { id: data.id, url: data.html_url, action: 'created' };
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
  for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 })) {
    const pr = page.data.find((p) => p.head.sha === run.head_sha);
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
  const existing = await client.paginate(client.rest.repos.listReleaseAssets, { ...repo, release_id: release.id, per_page: 100 });
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
