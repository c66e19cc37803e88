/**
 * Reads the entries of an (uncompressed) tar archive as npm packs it: ustar headers, with pax
 * extended headers (or GNU long-name entries) for long names. Only what an npm tarball contains is supported (regular files
 * and directories); links and devices are refused, since a package we extract must not be able to
 * point outside its folder. Names are checked here too: absolute paths and `..` never come out.
 */
import { WwError } from '../errors.js';

export interface TarEntry {
  /** POSIX path as stored, e.g. `package/dist/index.js`. */
  readonly path: string;
  readonly type: 'file' | 'directory';
  readonly mode: number;
  readonly data: Uint8Array;
}

const BLOCK = 512;

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
    throw new WwError('PATH_ESCAPE', `tar archive: entry ${JSON.stringify(path)} would be written outside the extraction folder`);
  }
}

/** All file and directory entries, in archive order. */
export function readTar(archive: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  let paxPath: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break; // end-of-archive marker
    const size = readOctal(header, 124, 12, 'size');
    const typeflag = String.fromCharCode(header[156] ?? 0);
    const dataStart = offset + BLOCK;
    const dataEnd = dataStart + size;
    if (dataEnd > archive.length) throw new WwError('DOWNLOAD', `tar archive truncated: entry at byte ${offset} declares ${size} bytes`);
    const data = archive.subarray(dataStart, dataEnd);
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;

    if (typeflag === 'x') {
      paxPath = parsePax(data).get('path');
      continue;
    }
    if (typeflag === 'L') {
      // GNU long name: the next entry's path is this entry's data.
      paxPath = readString(data, 0, data.length);
      continue;
    }
    if (typeflag === 'g') continue; // global pax header: nothing we use
    const name = readString(header, 0, 100);
    const prefix = readString(header, 345, 155);
    const path = paxPath ?? (prefix ? `${prefix}/${name}` : name);
    paxPath = undefined;
    assertSafeEntryPath(path);
    const mode = readOctal(header, 100, 8, 'mode');
    if (typeflag === '0' || typeflag === '\0' || typeflag === '7') entries.push({ path, type: 'file', mode, data });
    else if (typeflag === '5') entries.push({ path, type: 'directory', mode, data: new Uint8Array(0) });
    else throw new WwError('DOWNLOAD', `tar archive: entry ${JSON.stringify(path)} has type ${JSON.stringify(typeflag)}; only files and folders are accepted`);
  }
  return entries;
}
