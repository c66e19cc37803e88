/**
 * Read handles kept open per file for the life of a model reader, shared by concurrent reads.
 * The entry is the pending open, not the handle: two reads that start before the first open
 * settles get the same handle (caching the handle itself opened the file twice and leaked one
 * descriptor to the garbage collector, which Node 24 reports as DEP0137 on stderr).
 */
import { open, type FileHandle } from 'node:fs/promises';

export class FileHandles {
  private readonly opening = new Map<string, Promise<FileHandle>>();

  /** `onError` turns a failed open into the caller's error; the failure is not cached. */
  get(file: string, onError: (err: Error) => Error = (e) => e): Promise<FileHandle> {
    let h = this.opening.get(file);
    if (!h) {
      h = open(file, 'r').catch((e: unknown) => {
        this.opening.delete(file);
        throw onError(e as Error);
      });
      this.opening.set(file, h);
    }
    return h;
  }

  /** Closes every handle opened so far (waiting for opens still in flight). */
  async closeAll(): Promise<void> {
    const pending = [...this.opening.values()];
    this.opening.clear();
    const settled = await Promise.allSettled(pending);
    await Promise.all(settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value.close()] : [])));
  }
}
