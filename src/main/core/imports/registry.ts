// Which importer reads a file, decided by its content: a CSV's header, an XML or JSON root, a zip's
// members. The file name is used only in messages. Unknown content gets a message listing what we read.
import { detectOwnExport } from '../exports/read';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { invalid } from '../../errors';
import { cronometerImporter } from './formats/cronometer';
import { genericCsvImporter } from './formats/genericCsv';
import { readFirstBytes } from './formats/head';
import { hevyImporter } from './formats/hevy';
import { myFitnessPalImporter } from './formats/myFitnessPal';
import { streamImporters } from './formats/streams';
import { strongImporter } from './formats/strong';
import type { Importer, Sniff } from './records';
import { isZip, openZip } from './zip';

/** Every importer, most specific first: the generic CSV only takes what no other one recognises. */
export const importers: Importer[] = [strongImporter, hevyImporter, myFitnessPalImporter, cronometerImporter, ...streamImporters, genericCsvImporter];

/** The formats we read, for messages and the import screen. */
export const supportedFormats = (): string[] => importers.map((i) => i.label);

/** What detection looks at: the first 64 KiB, and for a zip the member names. */
export async function sniffFile(path: string, name = basename(path)): Promise<Sniff> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw invalid('path', `There is no file at ${path}.`);
  }
  if (size === 0) throw invalid('file', `${name} is empty (0 bytes): there is nothing to import.`);
  const head = await readFirstBytes(path);
  if (!isZip(head)) return { name, head, zipMembers: null };
  const zip = await openZip(path, name);
  zip.close();
  return { name, head, zipMembers: zip.members.map((m) => m.name) };
}

/** Whether the head is text in an encoding we cannot read (UTF-16, or not UTF-8 at all). */
function encodingProblem(head: Buffer): string | null {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'UTF-16 text';
  // A cut at 64 KiB may split a character: ignore up to 3 trailing bytes.
  for (let cut = 0; cut <= 3; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, head.length - cut));
      return null;
    } catch {
      /* try a shorter prefix */
    }
  }
  return 'not UTF-8 text';
}

/** The importer for a sniffed file, or a clear refusal that lists the supported formats. */
export function detect(sniff: Sniff): Importer {
  const found = importers.find((i) => i.detect(sniff));
  if (found) return found;
  if (detectOwnExport(sniff)) {
    throw invalid('file', `${sniff.name} is a Hybrid Planner export. It is restored whole into a new, empty database rather than merged: hybrid-planner import "${sniff.name}" --db NEW.db`);
  }
  const list = supportedFormats().map((f) => `  - ${f}`).join('\n');
  const encoding = sniff.zipMembers ? null : encodingProblem(sniff.head);
  if (encoding) throw invalid('file', `${sniff.name} is ${encoding}, which we cannot read: save it again as UTF-8 (CSV UTF-8). Formats we import:\n${list}`);
  const what = sniff.zipMembers ? `a zip holding ${sniff.zipMembers.slice(0, 5).join(', ')}${sniff.zipMembers.length > 5 ? ', …' : ''}` : 'not a format we recognise';
  throw invalid('file', `${sniff.name} is ${what}. Formats we import:\n${list}`);
}
