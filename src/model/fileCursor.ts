/**
 * Buffered forward reader over a file for streaming protobuf scans. It decodes tags and varints
 * from a window of the file and can skip large fields (raw_data of a multi-GB tensor) without
 * reading them, so scanning a model costs memory proportional to its structure, not its weights.
 */
import type { FileHandle } from 'node:fs/promises';
import { ProtobufError, ProtoReader, type WireType } from './protobuf.js';

const DEFAULT_WINDOW = 1 << 20;

export class FileCursor {
  /** Absolute file position of the next byte to decode. */
  pos = 0;
  private buf: Uint8Array;
  private bufStart = 0;
  private bufLen = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
    window = DEFAULT_WINDOW,
  ) {
    this.buf = new Uint8Array(window);
  }

  /** Makes bytes [pos, pos+n) available in the window (fewer at end of file). Returns how many are. */
  private async fill(n: number): Promise<number> {
    const want = Math.min(n, this.size - this.pos);
    if (this.pos >= this.bufStart && this.pos + want <= this.bufStart + this.bufLen) return want;
    if (this.buf.length < want) this.buf = new Uint8Array(want);
    const len = Math.min(this.buf.length, this.size - this.pos);
    let got = 0;
    while (got < len) {
      const { bytesRead } = await this.fh.read(this.buf, got, len - got, this.pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    this.bufStart = this.pos;
    this.bufLen = got;
    return Math.min(want, got);
  }

  /** Decodes a varint at pos (must end before `limit`). */
  async varint(limit: number): Promise<number> {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const v = this.decode(() => r.varint(), limit);
    this.pos = this.bufStart + r.pos;
    return v;
  }

  async tag(limit: number): Promise<{ field: number; wire: WireType }> {
    const avail = await this.fill(10);
    const r = new ProtoReader(this.buf, this.pos - this.bufStart, this.pos - this.bufStart + Math.min(avail, limit - this.pos));
    const t = this.decode(() => r.tag(), limit);
    this.pos = this.bufStart + r.pos;
    return t;
  }

  /** Length prefix of a length-delimited field, checked against `limit`. */
  async length(limit: number): Promise<number> {
    const n = await this.varint(limit);
    if (this.pos + n > limit) {
      throw new ProtobufError(`field of ${n} bytes at byte ${this.pos} runs past its end (${limit})`, limit >= this.size);
    }
    return n;
  }

  /** Returns a copy of the next n bytes and advances. */
  async bytes(n: number): Promise<Uint8Array> {
    const got = await this.fill(n);
    if (got < n) throw new ProtobufError(`file ends inside a field at byte ${this.pos}`, true);
    const start = this.pos - this.bufStart;
    const out = this.buf.slice(start, start + n);
    this.pos += n;
    return out;
  }

  /** Skips a field payload of the given wire type (tag already read). */
  async skip(wire: WireType, limit: number): Promise<void> {
    switch (wire) {
      case 0:
        await this.varint(limit);
        return;
      case 1:
        this.advance(8, limit);
        return;
      case 2: {
        const n = await this.length(limit);
        this.pos += n;
        return;
      }
      case 5:
        this.advance(4, limit);
        return;
    }
  }

  /** Runs a decode step; running out of bytes counts as truncation only when the limit is the end of the file. */
  private decode<T>(step: () => T, limit: number): T {
    try {
      return step();
    } catch (e) {
      if (e instanceof ProtobufError) throw new ProtobufError(`${e.message} (at byte ${this.pos})`, e.truncated && limit >= this.size);
      throw e;
    }
  }

  advance(n: number, limit: number): void {
    if (this.pos + n > limit) throw new ProtobufError(`field runs past its end at byte ${this.pos}`, limit >= this.size);
    this.pos += n;
  }
}
