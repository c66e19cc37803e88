/**
 * Reads the entries of an (uncompressed) tar archive as npm packs it: ustar headers, with pax
 * extended headers (or GNU long-name entries) for long names. Only what an npm tarball contains is
 * supported (regular files and directories); links and devices are refused, since a package we
 * extract must not be able to point outside its folder. Names are checked here too: absolute
 * paths and `..` never come out.
 *
 * The parser is push-based (`TarParser.push(chunk)` returns the events that chunk completes), so
 * a tarball streams from disk through gunzip into files without ever being held whole in memory;
 * `readTar` runs the same parser over bytes already in memory (tests, small archives).
 */
import { WwError } from '../errors.js';

export interface TarHeader {
  /** POSIX path as stored, e.g. `package/dist/index.js`. */
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly mode: number;
  readonly size: number;
}

export interface TarEntry extends TarHeader {
  readonly data: Uint8Array;
}

/** What a chunk of archive completes: an entry starts, some of its bytes, or it ends. */
export type TarEvent =
  | { readonly kind: 'entry'; readonly header: TarHeader }
  | { readonly kind: 'data'; readonly bytes: Uint8Array }
  | { readonly kind: 'end' };

const BLOCK = 512;
/** Largest pax / GNU long-name record we keep in memory: real ones are a few hundred bytes. */
const MAX_META_BYTES = 1 << 20;

function readString(buf: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && buf[end] !== 0) end++;
  return Buffer.from(buf.subarray(start, end)).toString('utf8');
}

function readOctal(buf: Uint8Array, start: number, length: number, what: string): number {
  const text = readString(buf, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new WwError('DOWNLOAD', `tar archive: ${what} field is not octal (${JSON.stringify(text)})`);
  return parseInt(text, 8);
}

function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const text = Buffer.from(data).toString('utf8');
  let pos = 0;
  while (pos < text.length) {
    const space = text.indexOf(' ', pos);
    if (space < 0) break;
    const len = parseInt(text.slice(pos, space), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = text.slice(space + 1, pos + len - 1); // drop trailing \n
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return out;
}

/** Refuses names that could land outside the extraction folder. */
export function assertSafeEntryPath(path: string): void {
  const parts = path.split('/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\') || parts.includes('..')) {
    throw new WwError('PATH_ESCAPE', `tar archive: entry ${JSON.stringify(path.slice(0, 200))} would be written outside the extraction folder`, { entry: path.slice(0, 200) });
  }
}

const TYPE_NAMES: Record<string, string> = { '1': 'a hard link', '2': 'a symbolic link', '3': 'a character device', '4': 'a block device', '6': 'a FIFO' };

/** Incremental tar reader: feed chunks in order with push(), then call finish(). */
export class TarParser {
  private pending: Uint8Array = new Uint8Array(0);
  /** Bytes of the current entry's data still to come, then its padding to the block boundary. */
  private dataLeft = 0;
  private padLeft = 0;
  /** The current entry: a file/folder (events go out) or a pax/long-name record (kept here). */
  private current: 'entry' | 'meta' | null = null;
  private meta: { typeflag: string; parts: Uint8Array[]; size: number } | null = null;
  private longPath: string | undefined;
  private offset = 0;
  private ended = false;

  push(chunk: Uint8Array): TarEvent[] {
    const events: TarEvent[] = [];
    let pos = 0;
    while (pos < chunk.length && !this.ended) {
      if (this.dataLeft > 0) {
        const n = Math.min(this.dataLeft, chunk.length - pos);
        const bytes = chunk.subarray(pos, pos + n);
        if (this.current === 'entry') events.push({ kind: 'data', bytes });
        else this.meta!.parts.push(bytes.slice());
        this.dataLeft -= n;
        pos += n;
        this.offset += n;
        if (this.dataLeft === 0) this.closeEntry(events);
        continue;
      }
      if (this.padLeft > 0) {
        const n = Math.min(this.padLeft, chunk.length - pos);
        this.padLeft -= n;
        pos += n;
        this.offset += n;
        continue;
      }
      // A header: gather 512 bytes (it may straddle chunks).
      const need = BLOCK - this.pending.length;
      const take = chunk.subarray(pos, pos + need);
      pos += take.length;
      if (take.length < need || this.pending.length > 0) {
        const joined = new Uint8Array(this.pending.length + take.length);
        joined.set(this.pending, 0);
        joined.set(take, this.pending.length);
        this.pending = joined;
        if (joined.length < BLOCK) continue;
        this.header(joined, events);
        this.pending = new Uint8Array(0);
      } else {
        this.header(take, events);
      }
      this.offset += BLOCK;
    }
    return events;
  }

  /** Throws when the archive stopped inside an entry (a truncated tarball). */
  finish(): void {
    if (this.dataLeft > 0 || this.pending.length > 0) {
      throw new WwError('DOWNLOAD', `tar archive truncated at byte ${this.offset}: an entry declares ${this.dataLeft + this.pending.length} more bytes than the archive holds`, { offset: this.offset });
    }
  }

  private header(block: Uint8Array, events: TarEvent[]): void {
    if (block.every((b) => b === 0)) {
      this.ended = true; // end-of-archive marker
      return;
    }
    const size = readOctal(block, 124, 12, 'size');
    const typeflag = String.fromCharCode(block[156] ?? 0);
    this.dataLeft = size;
    this.padLeft = Math.ceil(size / BLOCK) * BLOCK - size;
    if (typeflag === 'x' || typeflag === 'L' || typeflag === 'g') {
      if (size > MAX_META_BYTES) throw new WwError('DOWNLOAD', `tar archive: a ${typeflag === 'L' ? 'long-name' : 'pax'} header of ${size} bytes at byte ${this.offset} (at most ${MAX_META_BYTES})`);
      this.current = 'meta';
      this.meta = { typeflag, parts: [], size };
      if (size === 0) this.closeEntry(events);
      return;
    }
    const name = readString(block, 0, 100);
    const prefix = readString(block, 345, 155);
    const path = this.longPath ?? (prefix ? `${prefix}/${name}` : name);
    this.longPath = undefined;
    assertSafeEntryPath(path);
    const mode = readOctal(block, 100, 8, 'mode');
    let type: TarHeader['type'];
    if (typeflag === '0' || typeflag === '\0' || typeflag === '7') type = 'file';
    else if (typeflag === '5') type = 'directory';
    else {
      const what = TYPE_NAMES[typeflag] ?? `type ${JSON.stringify(typeflag)}`;
      // A link could point anywhere, and a later entry written through it would land there.
      throw new WwError(typeflag === '1' || typeflag === '2' ? 'PATH_ESCAPE' : 'DOWNLOAD', `tar archive: entry ${JSON.stringify(path.slice(0, 200))} is ${what}; only files and folders are extracted`, { entry: path.slice(0, 200) });
    }
    this.current = 'entry';
    events.push({ kind: 'entry', header: { path, type, mode, size: type === 'file' ? size : 0 } });
    if (size === 0 || type === 'directory') {
      // A folder's data (there is none in practice) is skipped like padding.
      this.padLeft += type === 'directory' ? size : 0;
      this.dataLeft = 0;
      this.closeEntry(events);
    }
  }

  private closeEntry(events: TarEvent[]): void {
    if (this.current === 'entry') events.push({ kind: 'end' });
    else if (this.meta) {
      const data = Buffer.concat(this.meta.parts);
      if (this.meta.typeflag === 'x') this.longPath = parsePax(data).get('path');
      else if (this.meta.typeflag === 'L') this.longPath = readString(data, 0, data.length); // GNU long name: the next entry's path
      this.meta = null;
    }
    this.current = null;
  }
}

/** All file and directory entries of an archive held in memory, in archive order. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const parser = new TarParser();
  const entries: TarEntry[] = [];
  let header: TarHeader | null = null;
  let parts: Uint8Array[] = [];
  for (const event of parser.push(archive)) {
    if (event.kind === 'entry') {
      header = event.header;
      parts = [];
    } else if (event.kind === 'data') parts.push(event.bytes);
    else if (header) entries.push({ ...header, data: parts.length === 1 ? parts[0]! : new Uint8Array(Buffer.concat(parts)) });
  }
  parser.finish();
  return entries;
}
