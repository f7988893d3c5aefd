import { safeReadJson, type SelIssue } from '@sel/core';
import { MAX_JSON_LENGTH } from '../shared/data-source.js';

/** Where the team read from `team-src` stands. */
export type TeamSourceStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a {@link TeamSource} needs from the element. */
export interface TeamSourceHost {
  /** The element's `fetcher`. */
  fetcher(): typeof fetch;
  /** Told of each fetch under way, so the element's update completes after it. */
  wait(loading: Promise<void>): void;
  /** Called when a fetch ends, well or not. */
  changed(): void;
}

/**
 * The member assessments at a `team-src` URL, fetched through the element's `fetcher` as the
 * element's own data is: one fetch per URL (a newer URL aborts the older fetch), its JSON read,
 * and an HTTP, network or JSON error kept as an issue at `team` naming the URL. The list itself is
 * checked by team mode, member by member, like the `team` property.
 */
export class TeamSource {
  status: TeamSourceStatus = 'idle';
  /** The JSON read from the URL, once `status` is `'ready'`. */
  raw: unknown = undefined;
  issues: readonly SelIssue[] = [];
  #url: string | undefined;
  #abort: AbortController | undefined;
  readonly #host: TeamSourceHost;

  constructor(host: TeamSourceHost) {
    this.#host = host;
  }

  /** Fetches `url` unless it is the one fetched last; no URL clears what was read. */
  read(url: string | undefined): void {
    const wanted = url?.trim() || undefined;
    if (wanted === this.#url) return;
    this.#url = wanted;
    this.#abort?.abort();
    this.#abort = undefined;
    this.raw = undefined;
    this.issues = [];
    this.status = wanted === undefined ? 'idle' : 'loading';
    if (wanted !== undefined) this.#host.wait(this.#load(wanted));
  }

  /** Fetches the URL again (the team view's "Try again"). */
  retry(): void {
    const url = this.#url;
    this.#url = undefined;
    this.read(url);
  }

  async #load(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    let found: { raw: unknown } | SelIssue;
    try {
      const response = await this.#host.fetcher()(url, {
        signal: abort.signal,
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        const status = `${response.status} ${response.statusText}`.trim();
        found = problem('http-error', `Could not load ${url}: the server answered ${status}`);
      } else {
        const text = await response.text();
        const read = text.length > MAX_JSON_LENGTH ? undefined : safeReadJson(text);
        found = !read
          ? problem('too-large', `The team at ${url} is larger than the most this element reads`)
          : read.ok
            ? { raw: read.value }
            : {
                ...read.issue,
                path: ['team', ...read.issue.path],
                message: `Expected JSON in ${url}: ${read.issue.message}`,
              };
      }
    } catch (error) {
      found = problem(
        'fetch-failed',
        `Could not load ${url}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    if ('raw' in found) {
      this.raw = found.raw;
      this.status = 'ready';
    } else {
      this.issues = [found];
      this.status = 'error';
    }
    this.#host.changed();
  }
}

function problem(code: string, message: string): SelIssue {
  return { path: ['team'], code, message };
}
