import type { ImageUploadRepository, UploadRefusal } from './image-upload-repository.ts';

/** How often the row is brought up to date while bytes arrive. */
const FLUSH_EVERY_MS = 1000;

/**
 * Counts the bytes of an upload as they stream in and writes the count to its row at
 * most about once a second, so the uploader can follow a long upload [issue: progress]
 * without a database write per chunk.
 */
export class UploadProgress {
  private received = 0;
  private lastFlush = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly uploads: ImageUploadRepository,
    readonly uploadId: string,
    private readonly now: () => Date,
  ) {}

  get bytesReceived(): number {
    return this.received;
  }

  async *count(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      this.received += chunk.length;
      const at = this.now();
      if (at.getTime() - this.lastFlush >= FLUSH_EVERY_MS) {
        this.lastFlush = at.getTime();
        // One write in flight at a time; a slow database never holds the stream back.
        const bytesReceived = this.received;
        this.flushing = this.flushing
          .then(() => this.uploads.progress(this.uploadId, { state: 'RECEIVING', bytesReceived, at }))
          .catch(() => undefined);
      }
      yield chunk;
    }
  }

  /** Ends the upload; a failed one says why. */
  async finish(state: 'DONE' | 'FAILED', refusal?: UploadRefusal): Promise<void> {
    await this.flushing;
    await this.uploads.finish(this.uploadId, { state, bytesReceived: this.received, at: this.now(), ...(refusal ? { refusal } : {}) });
  }
}
