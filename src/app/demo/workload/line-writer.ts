import type { Envelope } from './workload-types.ts';

/** Where the generator's text goes, in chunks of whole lines. */
export type ChunkSink = { write(text: string): Promise<void>; end(): Promise<void> };

/** Buffers lines and hands them on in large chunks, waiting for the sink: memory stays flat. */
export class LineWriter {
  readonly types: Record<string, number> = {};
  records = 0;
  bytes = 0;
  private chunk: string[] = [];
  private chunkBytes = 0;
  private readonly sink: ChunkSink;
  private readonly onProgress: ((records: number) => void) | undefined;

  constructor(sink: ChunkSink, onProgress?: (records: number) => void) {
    this.sink = sink;
    this.onProgress = onProgress;
  }

  async put(record: Envelope): Promise<void> {
    await this.line(record.type, JSON.stringify(record));
  }

  async line(type: string, line: string): Promise<void> {
    this.types[type] = (this.types[type] ?? 0) + 1;
    this.records++;
    this.chunk.push(line);
    this.chunkBytes += line.length + 1;
    if (this.records % 100_000 === 0) this.onProgress?.(this.records);
    if (this.chunk.length >= 5000 || this.chunkBytes >= 4 * 1024 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.chunk.length) return;
    const text = `${this.chunk.join('\n')}\n`;
    this.bytes += Buffer.byteLength(text);
    this.chunk = [];
    this.chunkBytes = 0;
    await this.sink.write(text);
  }

  async end(): Promise<void> {
    await this.flush();
    await this.sink.end();
  }
}
