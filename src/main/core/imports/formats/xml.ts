// Streaming XML for the activity and Apple Health importers: bytes are decoded as strict UTF-8 (a file in
// another encoding is refused rather than imported with garbled names) and fed to saxes chunk by chunk.
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { AppError, invalid } from '../../../errors';
import type { ParseOptions } from '../records';

/** Refuses a UTF-16 or UTF-32 file up front: the exports we read are all UTF-8. */
export function checkUtf8Start(head: Buffer, what: string): void {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head.length > 1 && (head[0] === 0 || head[1] === 0));
  if (utf16) throw invalid('file', `${what} is encoded as UTF-16; it must be UTF-8 as the app wrote it. Export it again (or save it as UTF-8).`);
}

export function notUtf8(what: string): Error {
  return invalid('file', `${what} is not valid UTF-8 text (another encoding, or not a text file). Export it again (or save it as UTF-8).`);
}

export function notXml(what: string, err: unknown): Error {
  const detail = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
  return invalid('file', `${what} is not complete, well-formed XML (${detail}). If it was cut off while copying, export it again.`);
}

/** A saxes parser without position tracking (faster) that throws on the first well-formedness error. */
export function newParser(): SaxesParser {
  return new SaxesParser({ position: false });
}

/**
 * Feeds a stream through a parser whose handlers the caller has set. Strips a UTF-8 BOM and leading
 * blank lines (Strava's TCX files start with spaces before the XML declaration), reports progress and
 * stops on abort. Yields after each chunk so the caller can hand out what the chunk produced.
 */
export async function* feedXml(stream: Readable, parser: SaxesParser, what: string, totalBytes: number | null, options: ParseOptions, count: () => number): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let bytes = 0;
  let first = true;
  try {
    for await (const chunk of stream) {
      options.signal?.throwIfAborted();
      const buf = chunk as Buffer;
      if (first) checkUtf8Start(buf, what);
      bytes += buf.length;
      let text: string;
      try {
        text = decoder.decode(buf, { stream: true });
      } catch {
        throw notUtf8(what);
      }
      if (first) {
        text = text.trimStart();
        if (text) first = false;
      }
      write(parser, text, what);
      options.onProgress?.({ bytes, totalBytes, records: count() });
      yield;
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw notUtf8(what);
    }
    write(parser, rest, what);
    if (first) throw invalid('file', `${what} is empty: there is nothing to import.`);
    try {
      parser.close();
    } catch (err) {
      throw err instanceof AppError ? err : notXml(what, err);
    }
  } finally {
    stream.destroy();
  }
}

function write(parser: SaxesParser, text: string, what: string): void {
  try {
    parser.write(text);
  } catch (err) {
    throw err instanceof AppError ? err : notXml(what, err);
  }
}
