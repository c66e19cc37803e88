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

/**
 * The PR a workflow_run belongs to, found from the API, never from artifact content: the run's
 * own pull_requests list, else an open PR whose head sha is the run's head sha (fork PRs).
 */
export async function prForWorkflowRun(client: GitHubClient, repo: Repo, payload: Record<string, unknown>): Promise<number | null> {
  const run = payload['workflow_run'] as { head_sha?: string; pull_requests?: Array<{ number: number }> } | undefined;
  if (!run) return null;
  const listed = run.pull_requests?.[0]?.number;
  if (typeof listed === 'number') return listed;
  if (!run.head_sha) return null;
  for await (const page of client.paginate.iterator(client.rest.pulls.list, { ...repo, state: 'open', sort: 'updated', direction: 'desc', per_page: 100 })) {
    const pr = page.data.find((p) => p.head.sha === run.head_sha);
    if (pr) return pr.number;
  }
  return null;
}

/** Uploads a file as a release asset of the release for `tag` (replacing an asset of the same name). */
export async function attachToRelease(args: { client: GitHubClient; repo: Repo; tag: string; name: string; data: string }): Promise<string> {
  const { client, repo } = args;
  const { data: release } = await client.rest.repos.getReleaseByTag({ ...repo, tag: args.tag });
  const existing = release.assets.find((a) => a.name === args.name);
  if (existing) await client.rest.repos.deleteReleaseAsset({ ...repo, asset_id: existing.id });
  const { data: asset } = await client.rest.repos.uploadReleaseAsset({
    ...repo,
    release_id: release.id,
    name: args.name,
    data: args.data,
    headers: { 'content-type': 'application/json' },
    // uploads.github.com on github.com; GHES and the test server use the API host.
    baseUrl: release.upload_url.replace(/\/repos\/.*$/, ''),
  } as Parameters<typeof client.rest.repos.uploadReleaseAsset>[0]);
  return asset.browser_download_url;
}
