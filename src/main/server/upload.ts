// Browser mode's one non-JSON request: POST /upload?name=FILE with the file's bytes
// (application/octet-stream, the token as for every call). The bytes go to a temporary file for
// imports.preview({uploadId}); the size is bounded by MAX_UPLOAD_BYTES, not by the 1 MiB call limit.
import type { IncomingMessage } from 'node:http';
import { saveUpload, MAX_UPLOAD_BYTES } from '../core/imports/uploads';
import { AppError } from '../errors';

type Reply = (status: number, body: unknown) => void;

export function receiveUpload(req: IncomingMessage, url: URL, reply: Reply): void {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/octet-stream') {
    reply(415, { ok: false, error: { code: 'unsupported_media_type', message: 'An upload is the file itself: Content-Type: application/octet-stream.' } });
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_UPLOAD_BYTES) {
    reply(413, { ok: false, error: { code: 'too_large', message: `The file is over ${MAX_UPLOAD_BYTES / 1024 ** 3} GB.` } });
    return;
  }
  saveUpload(req, url.searchParams.get('name') ?? 'upload', declared).then(
    (value) => reply(200, { ok: true, value }),
    (err: unknown) => {
      if (err instanceof AppError) reply(400, { ok: false, error: err.toShape() });
      else reply(400, { ok: false, error: { code: 'invalid_input', message: `The upload did not arrive whole: ${(err as Error).message}` } });
    },
  );
}
