import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OneStoryError } from '../errors.js';

/** Writing to the data file failed; nothing of the failed records remains in it. */
export class StorageWriteError extends OneStoryError {
  override name = 'StorageWriteError';
}

/** What opening a log found on disk. */
export interface LogRecovery {
  /** Bytes of a torn last line (a crash mid-write) cut off the end of the file. */
  readonly truncatedBytes: number;
  /** Complete lines that did not parse (never written by this code); skipped, left in place. */
  readonly skippedLines: number;
}

interface PendingWrite {
  readonly bytes: Buffer;
  readonly resolve: () => void;
  readonly reject: (error: StorageWriteError) => void;
}

/**
 * An append-only JSON-lines file, written durably: `append` resolves only after the
 * record's bytes are on disk (`write` then `fdatasync`). Records that arrive while a
 * sync is running are written and synced together (group commit), so durability costs
 * one sync per batch, not per record. A failed write is cut back off the file, so the
 * file only ever holds whole records.
 */
export class AppendOnlyLog {
  readonly #file: FileHandle;
  #size: number;
  #queue: PendingWrite[] = [];
  #flushing: Promise<void> | undefined;
  #closed = false;

  private constructor(file: FileHandle, size: number) {
    this.#file = file;
    this.#size = size;
  }

  /**
   * Opens (creating if needed) the log at `path` and reads every record in it. A last
   * line without its newline is a write a crash cut short: it is truncated away, since
   * the request it belonged to was never answered.
   */
  static async open(path: string): Promise<{ log: AppendOnlyLog; records: unknown[]; recovery: LogRecovery }> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    let contents = Buffer.alloc(0);
    try {
      contents = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // Work in bytes: a write cut short can end inside a multi-byte character.
    const whole = contents.lastIndexOf(0x0a) + 1;
    const truncatedBytes = contents.length - whole;
    const text = contents.subarray(0, whole).toString('utf8');
    const records: unknown[] = [];
    let skippedLines = 0;
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        skippedLines += 1;
      }
    }
    // Owner-only: the file holds people's stories.
    const file = await open(path, 'a+', 0o600);
    if (truncatedBytes > 0) {
      await file.truncate(whole);
      await file.datasync();
    }
    await syncDirectory(dirname(path));
    return { log: new AppendOnlyLog(file, whole), records, recovery: { truncatedBytes, skippedLines } };
  }

  /** Appends one record as a line; resolves once it is durable. */
  append(record: unknown): Promise<void> {
    if (this.#closed) return Promise.reject(new StorageWriteError('The log is closed.'));
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    return new Promise((resolve, reject) => {
      this.#queue.push({ bytes, resolve, reject });
      this.#flushing ??= this.#flush().finally(() => {
        this.#flushing = undefined;
      });
    });
  }

  /** Waits for pending writes, then closes the file. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#flushing) await this.#flushing;
    await this.#file.close();
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      const bytes = Buffer.concat(batch.map((item) => item.bytes));
      const before = this.#size;
      try {
        let written = 0;
        while (written < bytes.length) {
          const result = await this.#file.write(bytes, written, bytes.length - written);
          written += result.bytesWritten;
        }
        await this.#file.datasync();
        this.#size = before + bytes.length;
        for (const item of batch) item.resolve();
      } catch (cause) {
        // Cut off whatever part of the batch reached the file, so no torn line stays behind.
        await this.#file.truncate(before).catch(() => undefined);
        const error = new StorageWriteError('Could not write to the data file.', { cause });
        for (const item of batch) item.reject(error);
      }
    }
  }
}

/** Makes a newly created file's directory entry durable too (POSIX: fsync the directory). */
async function syncDirectory(path: string): Promise<void> {
  let directory: FileHandle | undefined;
  try {
    directory = await open(path, 'r');
    await directory.sync();
  } catch {
    // Some platforms (Windows) cannot open or sync a directory; the file itself is synced.
  } finally {
    await directory?.close();
  }
}
