import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { ChunkSink } from './line-writer.ts';

/** Writes the chunks to `file`, created on the first write so that invalid options leave no file. */
export function fileSink(file: string): ChunkSink {
  let out: WriteStream | undefined;
  const open = () => {
    out ??= createWriteStream(file, { encoding: 'utf8' });
    return out;
  };
  return {
    async write(text) {
      const stream = open();
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async end() {
      const stream = open();
      stream.end();
      await once(stream, 'finish');
    },
  };
}
