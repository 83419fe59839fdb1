/**
 * Reads a byte stream in exact-size pieces, whatever size its chunks come in. A piece inside one
 * chunk is a view of it; a piece spanning chunks is assembled in one reused scratch buffer. So a
 * returned piece is only valid until the next `read`: callers hash it and hand it to a cipher (both
 * copy or consume synchronously — WebCrypto copies its input when called) before reading again.
 * Allocating a fresh 64 KiB per segment instead cost more in garbage collection than the AES did.
 */
export class ByteReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private chunk: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private done = false;
  private scratch: Uint8Array = new Uint8Array(0);

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.getReader();
  }

  private async fill(): Promise<boolean> {
    while (this.offset >= this.chunk.length) {
      if (this.done) return false;
      const next = await this.reader.read();
      if (next.done) {
        this.done = true;
        return false;
      }
      this.chunk = next.value;
      this.offset = 0;
    }
    return true;
  }

  /** Exactly `n` bytes, or fewer only when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    if (!(await this.fill())) return new Uint8Array(0);
    if (this.chunk.length - this.offset >= n) {
      const view = this.chunk.subarray(this.offset, this.offset + n);
      this.offset += n;
      return view;
    }
    if (this.scratch.length < n) this.scratch = new Uint8Array(n);
    const out = this.scratch.subarray(0, n);
    let filled = 0;
    while (filled < n && (await this.fill())) {
      const take = Math.min(n - filled, this.chunk.length - this.offset);
      out.set(this.chunk.subarray(this.offset, this.offset + take), filled);
      this.offset += take;
      filled += take;
    }
    return filled === n ? out : out.subarray(0, filled);
  }

  /** True when no byte is left (reads ahead one chunk if needed). */
  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }

  async cancel(reason?: unknown): Promise<void> {
    await this.reader.cancel(reason).catch(() => {});
  }
}
