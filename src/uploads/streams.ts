import type { Readable } from 'node:stream';

/**
 * A Node readable as a web stream that reads only as fast as it is read. Node's `Readable.toWeb`
 * queues by chunk count with the Node stream's byte high-water mark as the count (64 Ki chunks), so
 * a fast source in front of a slower consumer — the socket in front of the vault, a file in front of
 * S3 — is pulled into memory nearly whole. Here each pull takes one chunk from the async iterator,
 * which leaves the Node stream paused (and the socket applying backpressure) in between.
 */
export function readableToWeb(stream: Readable): ReadableStream<Uint8Array> {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) return controller.close();
        const value = next.value;
        controller.enqueue(
          typeof value === 'string'
            ? new TextEncoder().encode(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      },
      async cancel(reason) {
        stream.destroy(reason instanceof Error ? reason : undefined);
        await chunks.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}
