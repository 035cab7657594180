import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A run's environment is fixed when the run is created (UpdateJobRun changes only its name and
 * tags), but a PAR scoped to `.../$JOB_RUN_OCID/` can only be made once the run's OCID is known.
 * So the run gets, at creation, a read-only PAR for one object and a key; once the run exists,
 * the engine makes the scoped write PAR and leaves its URL in that object, sealed with the key
 * (bucket readers see only ciphertext). The driver reads and unseals it before the notebook runs
 * (driver_handover.py does the same steps in Python).
 */
const VERSION = 'v1';

/** A fresh 256-bit key, hex: the run's environment holds it, a secret like the PAR it unseals. */
export function handoverKey(): string {
  return randomBytes(32).toString('hex');
}

/** What the names of handover objects start with, after the outputs' common prefix. */
export const HANDOVER_OBJECT_MARK = '.oci-run-notebook-handover-';

/** The object a submission's PAR is handed over in: beside the outputs' common prefix, named for the submission. */
export function handoverObjectName(parScope: string, submissionId: string): string {
  return `${parScope}${HANDOVER_OBJECT_MARK}${submissionId}`;
}

/**
 * `v1.<base64url ciphertext>.<hex tag>`: the text XORed with an HMAC-SHA256 keystream, then
 * authenticated with HMAC-SHA256 (encrypt-then-MAC, keys derived from the one key).
 */
export function sealHandover(text: string, keyHex: string): string {
  const { encryption, authentication } = derivedKeys(keyHex);
  const plain = Buffer.from(text, 'utf8');
  const cipher = xor(plain, keystream(encryption, plain.length));
  const tag = createHmac('sha256', authentication).update(cipher).digest('hex');
  return `${VERSION}.${cipher.toString('base64url')}.${tag}`;
}

/** The inverse, for tests and for symmetry with the driver; throws on a wrong key or a changed text. */
export function unsealHandover(sealed: string, keyHex: string): string {
  const [version, body, tag] = sealed.trim().split('.');
  if (version !== VERSION || body === undefined || tag === undefined) throw new Error('not a sealed handover');
  const { encryption, authentication } = derivedKeys(keyHex);
  const cipher = Buffer.from(body, 'base64url');
  const expected = createHmac('sha256', authentication).update(cipher).digest();
  const given = Buffer.from(tag, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('the handover does not match its key');
  return xor(cipher, keystream(encryption, cipher.length)).toString('utf8');
}

function derivedKeys(keyHex: string): { encryption: Buffer; authentication: Buffer } {
  const key = Buffer.from(keyHex, 'hex');
  return {
    encryption: createHmac('sha256', key).update('oci-run-notebook handover encryption').digest(),
    authentication: createHmac('sha256', key).update('oci-run-notebook handover authentication').digest(),
  };
}

/** Blocks of HMAC-SHA256(key, counter as 4 big-endian bytes), counter from 0. */
function keystream(key: Buffer, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 0; blocks.length * 32 < length; counter++) {
    const index = Buffer.alloc(4);
    index.writeUInt32BE(counter);
    blocks.push(createHmac('sha256', key).update(index).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function xor(data: Buffer, stream: Buffer): Buffer {
  return Buffer.from(data.map((byte, i) => byte ^ stream[i]!));
}
