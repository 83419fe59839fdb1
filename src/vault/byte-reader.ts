/**
 * Reads a byte stream in exact-size pieces, whatever size its chunks come in. A piece inside one
 * chunk is a view of it; a piece spanning chunks is assembled in one reused scratch buffer. So a
 * returned piece is only valid until the next `read`: callers hash it and hand it to a cipher (both
 * copy or consume synchronously — WebCrypto copies its input when called) before reading again.
 * Allocating a fresh 64 KiB per segment instead cost more in garbage collection than the AES did.
 *
 * With `ownBuffer` and a byte stream (the local store's) it reads in BYOB mode into one buffer of its
 * own: no chunk is allocated per read, and a piece is a view of that buffer whose unread tail moves to
 * the front before a refill. That also means `atEnd` may refill it, so a piece is then only valid
 * until the next `read` *or* `atEnd`; only decryption, which is done with a piece before asking for
 * more, uses it.
 */
export class ByteReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private readonly byob: ReadableStreamBYOBReader | null = null;
  private own: Uint8Array<ArrayBuffer> = new Uint8Array(0);
  private chunk: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private done = false;
  private scratch: Uint8Array = new Uint8Array(0);

  constructor(stream: ReadableStream<Uint8Array>, options: { ownBuffer?: number } = {}) {
    if (options.ownBuffer) {
      try {
        this.byob = stream.getReader({ mode: 'byob' });
        this.own = new Uint8Array(options.ownBuffer);
      } catch {
        // Not a byte stream: chunks come as the source makes them.
      }
    }
    if (!this.byob) this.reader = stream.getReader();
  }

  /** BYOB mode: makes at least `n` unread bytes contiguous in `own`, or all that are left. */
  private async ensure(n: number): Promise<void> {
    const available = this.chunk.length - this.offset;
    if (available >= n || this.done) return;
    let buf = this.own.length >= n ? this.own : new Uint8Array(n);
    buf.set(this.chunk.subarray(this.offset), 0);
    let filled = available;
    while (filled < n) {
      const next = await this.byob!.read(new Uint8Array(buf.buffer, filled, buf.length - filled));
      if (!next.value) {
        // Only when cancelled: the buffer went with the request.
        this.done = true;
        buf = new Uint8Array(0);
        filled = 0;
        break;
      }
      // The source took the buffer and hands it back as a new ArrayBuffer over the same memory.
      buf = new Uint8Array(next.value.buffer);
      filled += next.value.length;
      if (next.done) {
        this.done = true;
        break;
      }
    }
    this.own = buf;
    this.chunk = buf.subarray(0, filled);
    this.offset = 0;
  }

  private async fill(): Promise<boolean> {
    while (this.offset >= this.chunk.length) {
      if (this.done) return false;
      const next = await this.reader!.read();
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
    if (this.byob) {
      await this.ensure(n);
      const view = this.chunk.subarray(this.offset, Math.min(this.offset + n, this.chunk.length));
      this.offset += view.length;
      return view;
    }
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
    if (this.byob) {
      await this.ensure(1);
      return this.offset >= this.chunk.length;
    }
    return !(await this.fill());
  }

  async cancel(reason?: unknown): Promise<void> {
    await (this.byob ?? this.reader)!.cancel(reason).catch(() => {});
  }
}
